package winnow.eval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.stories.DuplicateGroups;
import winnow.stories.NearDuplicates;
import winnow.stories.StoriesStage;
import winnow.stories.StoryClusters;
import winnow.tables.Warehouse;

/**
 * Runs the story stage's own steps over benchmark documents, each step materialised before the next so its wall
 * time is its own. The results are small (one row a document) and collected for scoring.
 */
public final class StoryRun {
  /**
   * story and duplicate group of each page id; seconds per step in order; the merge rounds scored against the labels
   * (empty unless asked for).
   */
  public record Result(Map<String, String> story, Map<String, String> dupGroup, Map<String, Double> seconds,
                       String mergeTrace) {
    public String timings(int documents) {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-36s %10s %10s%n", "story step", "seconds",
          "ms/doc"));
      double total = 0;
      for (Map.Entry<String, Double> e : seconds.entrySet()) {
        total += e.getValue();
        sb.append(String.format(Locale.ROOT, "%-36s %10.1f %10.2f%n", e.getKey(), e.getValue(),
            1000 * e.getValue() / Math.max(1, documents)));
      }
      return sb.append(String.format(Locale.ROOT, "%-36s %10.1f %10.2f%n", "total", total,
          1000 * total / Math.max(1, documents))).toString();
    }
  }

  private StoryRun() {}

  /** What a benchmark's documents stand for, which decides the ones the job would cluster. */
  public enum Documents {
    /**
     * Pages of a crawl, their main text extracted: one with under {@link StoriesStage#MIN_ARTICLE_CHARS} characters
     * of text (a photo gallery's caption, a contest notice) is no article. A document with no text at all is a
     * headline-only set's, clustered on its headline.
     */
    PAGES,
    /** A feed's items: each is news whatever its length ({@code StoriesStage.FEED_ITEM}). */
    FEED;

    boolean clustered(StoryBench.Doc doc) {
      boolean titled = doc.title() != null && !doc.title().isBlank();
      boolean text = doc.text() != null && !doc.text().isBlank();
      return this == FEED ? titled || text : !text || doc.text().length() >= StoriesStage.MIN_ARTICLE_CHARS;
    }
  }

  /**
   * Clusters the documents the job would cluster ({@link Documents}); the others get no story. With
   * {@code traceMerges}, each merge round is also scored against the documents' labels.
   */
  public static Result run(Warehouse warehouse, WinnowConfig config, List<StoryBench.Doc> docs, Documents kind,
                           boolean traceMerges) {
    SparkSession spark = warehouse.spark();
    WinnowConfig.Stories c = config.stories();
    Map<String, Double> seconds = new LinkedHashMap<>();
    String checkpoints = StoriesStage.useCheckpoints(warehouse, config);
    try {
      Dataset<Row> articles = spark.createDataFrame(docs.stream().filter(kind::clustered)
          .map(StoryBench.Doc::toRow).toList(), StoryBench.ARTICLES);
      long t = System.nanoTime();
      Dataset<Row> annotated = StoriesStage.documents(articles).persist(StorageLevel.MEMORY_AND_DISK());
      annotated.count();
      seconds.put("Spark NLP tokens and terms", since(t));
      t = System.nanoTime();
      Dataset<Row> pairs = NearDuplicates.pairs(spark, annotated.select("page_id", "terms"), c)
          .persist(StorageLevel.MEMORY_AND_DISK());
      pairs.count();
      seconds.put("near-duplicate pairs (MinHash)", since(t));
      t = System.nanoTime();
      Map<String, String> groups = new HashMap<>();
      Dataset<Row> grouped = DuplicateGroups.of(spark, annotated, pairs).persist(StorageLevel.MEMORY_AND_DISK());
      for (Row r : grouped.select("page_id", "group_id").collectAsList()) {
        groups.put(r.getString(0), r.getString(1));
      }
      seconds.put("duplicate groups (GraphX)", since(t));
      t = System.nanoTime();
      Map<String, String> stories = new HashMap<>();
      WrongMerges trace = traceMerges ? new WrongMerges(spark, docs) : null;
      StoryClusters.Result clusters = StoryClusters.cluster(spark, annotated, grouped, c, trace);
      for (Row r : clusters.members().select("page_id", "story_id").collectAsList()) {
        stories.put(r.getString(0), r.getString(1));
      }
      seconds.put("stories (TF-IDF, merges)", since(t));
      grouped.unpersist();
      pairs.unpersist();
      annotated.unpersist();
      return new Result(stories, groups, seconds, trace == null ? "" : trace.table());
    } finally {
      StoriesStage.deleteQuietly(spark, checkpoints);
    }
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
