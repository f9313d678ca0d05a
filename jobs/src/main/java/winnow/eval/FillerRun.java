package winnow.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.filler.FillerStage;

/** The job's filler code run over a benchmark's pages, for the eval and train commands. */
public final class FillerRun {
  private static final StructType PAGES = new StructType()
      .add("page_id", DataTypes.StringType).add("url", DataTypes.StringType).add("domain", DataTypes.StringType)
      .add("title", DataTypes.StringType).add("content_type", DataTypes.StringType)
      .add("body", DataTypes.StringType);

  private FillerRun() {}

  /** Pages-table rows of the benchmark: HTML as fetched, or (text mode) its visible text, one block per line. */
  public static List<Row> pageRows(List<FillerBench.Page> pages, boolean textMode) {
    List<Row> rows = new ArrayList<>();
    for (FillerBench.Page p : pages) {
      rows.add(FillerBench.toPageRow(p, PAGES, textMode));
    }
    return rows;
  }

  /** The rows as a cached frame of 4 partitions per core. */
  public static Dataset<Row> pageFrame(SparkSession spark, List<Row> rows) {
    int cores = spark.sparkContext().defaultParallelism();
    Dataset<Row> frame = spark.createDataFrame(rows, PAGES).repartition(4 * cores)
        .persist(StorageLevel.MEMORY_ONLY());
    frame.count();
    return frame;
  }

  /**
   * Every page's labelled blocks in reading order, as (page_id, block_no, text, label, category, reason) rows. The
   * labelled rows come out grouped by page: no shuffle needed.
   */
  public static Map<String, List<Row>> labelledBlocks(SparkSession spark, Dataset<Row> pageFrame,
                                                      WinnowConfig config) {
    Map<String, List<Row>> byPage = new HashMap<>();
    try (FillerStage.LabelledBatch batch = FillerStage.labelBatch(spark, pageFrame, config)) {
      for (Row r : batch.blocks().select("page_id", "block_no", "text", "label", "category", "reason")
          .collectAsList()) {
        byPage.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(r);
      }
    }
    for (List<Row> blocks : byPage.values()) {
      blocks.sort(Comparator.comparingInt(r -> r.getInt(1)));
    }
    return byPage;
  }

  /** The content blocks' text, one per line. */
  public static String mainText(List<Row> blocks) {
    StringBuilder main = new StringBuilder();
    for (Row b : blocks) {
      if ("content".equals(b.getString(3))) {
        main.append(main.length() == 0 ? "" : "\n").append(b.getString(2));
      }
    }
    return main.toString();
  }

  /** Scores of the pages that pass the filter. */
  public static ScoreBoard score(List<FillerBench.Page> pages, Map<String, List<Row>> byPage,
                                 Predicate<FillerBench.Page> which) {
    ScoreBoard board = new ScoreBoard();
    for (FillerBench.Page p : pages) {
      if (which.test(p)) {
        board.add(p.pageType(), mainText(byPage.getOrDefault(p.id(), List.of())), p.mainText(), p.with(),
            p.without());
      }
    }
    return board;
  }
}
