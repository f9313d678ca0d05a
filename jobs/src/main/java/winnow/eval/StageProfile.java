package winnow.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.filler.CorpusSignals;
import winnow.filler.FillerStage;
import winnow.filler.SegmentedPage;
import winnow.nlp.TextNlp;

/**
 * Where the filler batch spends its time: each step is materialised (persisted and counted) before the next
 * starts, so each one's wall time is its own. Persisting adds a little; the plain run pipelines the steps.
 */
public final class StageProfile {
  private StageProfile() {}

  public static String filler(SparkSession spark, Dataset<Row> pages, WinnowConfig config) {
    Map<String, double[]> steps = new LinkedHashMap<>();
    Dataset<Row> input = pages.persist(StorageLevel.MEMORY_ONLY());
    long pageCount = timed(steps, "pages in memory", input);
    JavaRDD<SegmentedPage> segments = FillerStage.segment(input, config).persist(StorageLevel.MEMORY_AND_DISK());
    long t = System.nanoTime();
    segments.count();
    steps.put("segment (HTML/text → blocks)", new double[] {pageCount, (System.nanoTime() - t) / 1e9});
    Dataset<Row> pageKeys = CorpusSignals.pageKeys(spark, segments).persist(StorageLevel.MEMORY_AND_DISK());
    timed(steps, "text keys", pageKeys);
    t = System.nanoTime();
    CorpusSignals signals = CorpusSignals.of(pageKeys);
    steps.put("corpus signals (aggregations, collect)", new double[] {signals.size(), (System.nanoTime() - t) / 1e9});
    Dataset<Row> labelled = FillerStage.classify(spark, segments, signals, config)
        .persist(StorageLevel.MEMORY_AND_DISK());
    timed(steps, "tokenise, classify", labelled);
    segments.unpersist(false);
    Dataset<Row> blockRows = FillerStage.blocks(labelled);
    long blocks = blockRows.count();
    // Not a filler step: what the Spark NLP pipeline costs over the same blocks (why blocks are tokenised locally).
    Dataset<Row> annotated = TextNlp.annotate(blockRows.select("page_id", "block_no", "text"), "text");
    double nlpSeconds = timedSeconds(annotated);
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-40s %10s %10s %10s%n", "filler step",
        "rows", "seconds", "ms/page"));
    double total = 0;
    for (Map.Entry<String, double[]> e : steps.entrySet()) {
      double sec = e.getValue()[1];
      total += sec;
      sb.append(String.format(Locale.ROOT, "%-40s %,10d %10.1f %10.2f%n", e.getKey(), (long) e.getValue()[0], sec,
          1000 * sec / Math.max(1, pageCount)));
    }
    sb.append(String.format(Locale.ROOT, "%-40s %10s %10.1f %10.2f%n", "total", "", total,
        1000 * total / Math.max(1, pageCount)));
    sb.append(String.format(Locale.ROOT, "reference, not part of the job: Spark NLP annotate over the same %,d "
        + "blocks %.1f s (%.2f ms/page)%n", blocks, nlpSeconds, 1000 * nlpSeconds / Math.max(1, pageCount)));
    for (Dataset<Row> d : java.util.List.of(labelled, input)) {
      d.unpersist();
    }
    pageKeys.unpersist();
    return sb.toString();
  }

  private static double timedSeconds(Dataset<Row> d) {
    long t = System.nanoTime();
    d.foreach((org.apache.spark.api.java.function.ForeachFunction<Row>) r -> { });
    return (System.nanoTime() - t) / 1e9;
  }

  private static long timed(Map<String, double[]> steps, String name, Dataset<Row> d) {
    long t = System.nanoTime();
    long rows = d.count();
    steps.put(name, new double[] {rows, (System.nanoTime() - t) / 1e9});
    return rows;
  }
}
