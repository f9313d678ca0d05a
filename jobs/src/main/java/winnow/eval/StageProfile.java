package winnow.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.filler.FillerStage;

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
    Dataset<Row> blocks = FillerStage.segment(spark, input, config).persist(StorageLevel.MEMORY_AND_DISK());
    timed(steps, "segment (HTML/text → blocks)", blocks);
    Dataset<Row> annotated = FillerStage.annotate(blocks).persist(StorageLevel.MEMORY_AND_DISK());
    timed(steps, "Spark NLP annotate", annotated);
    Dataset<Row> signals = FillerStage.signals(annotated, blocks).persist(StorageLevel.MEMORY_AND_DISK());
    timed(steps, "corpus signals (aggregations, joins)", signals);
    Dataset<Row> labelled = FillerStage.classify(spark, signals, input, config).persist(StorageLevel.MEMORY_AND_DISK());
    timed(steps, "classify (group by page, rules)", labelled);
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
    for (Dataset<Row> d : java.util.List.of(labelled, signals, annotated, blocks, input)) {
      d.unpersist();
    }
    return sb.toString();
  }

  private static long timed(Map<String, double[]> steps, String name, Dataset<Row> d) {
    long t = System.nanoTime();
    long rows = d.count();
    steps.put(name, new double[] {rows, (System.nanoTime() - t) / 1e9});
    return rows;
  }
}
