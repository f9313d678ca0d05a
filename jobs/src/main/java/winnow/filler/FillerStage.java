package winnow.filler;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.pipeline.StageReport;
import winnow.tables.TableSchema;
import winnow.tables.Warehouse;

/**
 * Stage 2: {@code pages} → {@code page_blocks} and {@code articles}. Segments each page into blocks, computes the
 * corpus signals over the whole crawl, labels blocks in page context (with their token features), and sums filler
 * per page.
 */
public final class FillerStage {
  public static final String PAGE_BLOCKS = "page_blocks";
  public static final String ARTICLES = "articles";

  private FillerStage() {}

  public static StageReport run(Warehouse warehouse, WinnowConfig config) {
    long start = System.nanoTime();
    SparkSession spark = warehouse.spark();
    Dataset<Row> pages = warehouse.read("pages")
        .select("page_id", "url", "domain", "title", "language", "content_type", "body", "fetched_at", "crawl_date");
    JavaRDD<Row> segments = segment(pages, config);
    Dataset<Row> pageKeys = CorpusSignals.pageKeys(spark, segments).persist(StorageLevel.MEMORY_AND_DISK());
    CorpusSignals signals = CorpusSignals.of(pageKeys);
    Dataset<Row> labelled = classify(spark, segments, signals, config).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      warehouse.merge(TableSchema.load(PAGE_BLOCKS), labelled, true);
      Dataset<Row> published = pageKeys.filter(col("published_meta").isNotNull())
          .select("page_id", "published_meta");
      warehouse.merge(TableSchema.load(ARTICLES), articles(pages, labelled, published), true);
      long pageCount = pages.count();
      long blocks = labelled.count();
      return StageReport.of("filler", pageCount, (System.nanoTime() - start) / 1e9,
          "blocks", blocks, "articles", pageCount, "recurring_texts", signals.size());
    } finally {
      labelled.unpersist();
      pageKeys.unpersist();
    }
  }

  /**
   * One row per page with its blocks ({@link SegmentPage#SCHEMA}). Not cached: the stage segments each page twice
   * (once for the corpus signals, once to label it). On WCXB, caching the blocks of 1,497 pages cost more than
   * segmenting them again, and a crawl's blocks need not fit in memory.
   */
  public static JavaRDD<Row> segment(Dataset<Row> pages, WinnowConfig config) {
    return pages.select("page_id", "domain", "title", "content_type", "body").javaRDD()
        .map(new SegmentPage(config.filler().maxDepth()));
  }

  /** Labels every block in its page's context, with the crawl's signals broadcast to the tasks. */
  public static Dataset<Row> classify(SparkSession spark, JavaRDD<Row> segments, CorpusSignals signals,
                                      WinnowConfig config) {
    Broadcast<CorpusSignals> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(signals);
    JavaRDD<Row> rows = segments.flatMap(new ClassifyPage(BlockClassifier.of(config.filler()), shared));
    return spark.createDataFrame(rows, TableSchema.load(PAGE_BLOCKS).structType());
  }

  static Dataset<Row> articles(Dataset<Row> pages, Dataset<Row> blocks, Dataset<Row> published) {
    Dataset<Row> sums = blocks.groupBy("page_id").agg(
        sum("chars").as("chars_total"),
        sum(when(col("label").equalTo("content"), col("chars")).otherwise(0)).as("chars_content"),
        sum(when(col("label").equalTo("filler"), col("chars")).otherwise(0)).as("chars_filler"),
        sum("tokens").as("tokens_total"),
        sum(when(col("label").equalTo("filler"), col("tokens")).otherwise(0)).as("tokens_filler"),
        expr("array_join(transform(array_sort(filter(collect_list(struct(block_no, text, label)), "
            + "b -> b.label = 'content')), b -> b.text), '\\n\\n')").as("main_text"));
    Dataset<Row> byCategory = blocks.filter(col("label").equalTo("filler"))
        .groupBy("page_id", "category").agg(sum("chars").as("c"))
        .groupBy("page_id")
        .agg(expr("map_from_entries(array_sort(collect_list(struct(category, c))))").as("filler_chars_by_category"));
    return pages
        .join(sums, pages.col("page_id").equalTo(sums.col("page_id")), "left").drop(sums.col("page_id"))
        .join(byCategory, "page_id", "left")
        .join(published, "page_id", "left")
        .select(col("page_id"), col("url"), col("domain"), col("title"), col("language"),
            coalesce(col("published_meta"), col("fetched_at")).as("published_at"), col("crawl_date"),
            coalesce(col("main_text"), lit("")).as("main_text"),
            coalesce(col("chars_total"), lit(0L)).as("chars_total"),
            coalesce(col("chars_content"), lit(0L)).as("chars_content"),
            coalesce(col("chars_filler"), lit(0L)).as("chars_filler"),
            expr("coalesce(chars_filler / nullif(chars_total, 0), 0D)").as("filler_ratio"),
            coalesce(col("tokens_total"), lit(0L)).as("tokens_total"),
            coalesce(col("tokens_filler"), lit(0L)).as("tokens_filler"),
            expr("coalesce(tokens_filler / nullif(tokens_total, 0), 0D)").as("token_filler_ratio"),
            coalesce(col("filler_chars_by_category"), expr("map()").cast("map<string,bigint>"))
                .as("filler_chars_by_category"));
  }
}
