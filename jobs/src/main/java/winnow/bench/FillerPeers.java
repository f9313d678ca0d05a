package winnow.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.eval.Passes;
import winnow.eval.PeerRun;
import winnow.eval.Peers;
import winnow.filler.FillerStage;
import winnow.tables.Warehouse;

/**
 * Filler extraction against Readability4J and a jsoup parse-only pass on the same HTML pages of a crawl, same cores,
 * one run. The pages (a bounded sample, in memory before any clock starts) go through winnow's labelling as a Spark
 * batch (segmentation, the batch's own corpus signals, classification; no table writes) and through each peer on as
 * many threads as Spark has cores. Each side gets an untimed warm-up pass over the same pages first, then
 * {@link #PASSES} timed ones, taken in turns ({@link Passes#inTurns}), and is measured at its median pass.
 */
public final class FillerPeers {
  /** Pages per second of each extractor over the same pages. */
  public record Result(int pages, int cores, double winnow, double readability, double jsoupParse) {
    public String line() {
      return String.format(Locale.ROOT, "filler vs peers on %,d HTML pages of the crawl (%d cores): winnow %.1f pages/s, "
              + "Readability4J %.1f, jsoup parse-only %.1f; winnow / Readability4J %.2fx (target >= 3x), "
              + "winnow time / jsoup parse time %.2fx (target <= 2x)%n", pages, cores, winnow, readability,
          jsoupParse, winnow / readability, jsoupParse / winnow);
    }
  }

  /** Timed passes per extractor. */
  public static final int PASSES = 3;

  private FillerPeers() {}

  /** @param maxPages how many of the crawl's HTML pages to take (by a hash of page_id): the sample is collected */
  public static Result run(Warehouse warehouse, WinnowConfig config, int maxPages) throws Exception {
    SparkSession spark = warehouse.spark();
    int cores = spark.sparkContext().defaultParallelism();
    Dataset<Row> chosen = warehouse.read("pages").filter(expr("lower(content_type) LIKE 'text/html%'"))
        .orderBy(expr("xxhash64(page_id)"), col("page_id")).limit(maxPages)
        .select("page_id", "url", "domain", "title", "content_type", "body");
    List<Row> sample = chosen.collectAsList();
    if (sample.isEmpty()) {
      throw new IllegalArgumentException("no HTML pages in the crawl to compare the extractors on");
    }
    Dataset<Row> pages = spark.createDataFrame(sample, chosen.schema())
        .repartition(4 * cores).persist(StorageLevel.MEMORY_ONLY());
    pages.count();
    List<String> html = new ArrayList<>(sample.size());
    List<String> urls = new ArrayList<>(sample.size());
    for (Row r : sample) {
      html.add(r.getAs("body"));
      urls.add(r.getAs("url"));
    }
    batchSeconds(spark, pages, config);
    List<Passes> timed = Passes.inTurns(sample.size(), PASSES, List.of(() -> batchSeconds(spark, pages, config),
        PeerRun.warmPass(Peers.READABILITY4J, html, urls, cores), PeerRun.warmPass(Peers.JSOUP_PARSE, html, urls,
            cores)));
    pages.unpersist();
    return new Result(sample.size(), cores, timed.get(0).pagesPerSecond(), timed.get(1).pagesPerSecond(),
        timed.get(2).pagesPerSecond());
  }

  /** Wall seconds of the filler stage's labelling of a batch, run to the end into Spark's no-op sink. */
  public static double batchSeconds(SparkSession spark, Dataset<Row> pages, WinnowConfig config) {
    long start = System.nanoTime();
    try (FillerStage.LabelledBatch batch = FillerStage.labelBatch(spark, pages, config)) {
      batch.pages().write().format("noop").mode("overwrite").save();
    }
    return (System.nanoTime() - start) / 1e9;
  }
}
