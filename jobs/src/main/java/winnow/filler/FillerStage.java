package winnow.filler;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.ingest.PageId;
import winnow.pipeline.StageReport;
import winnow.tables.TableSchema;
import winnow.tables.Warehouse;

/**
 * Stage 2: {@code pages} → {@code page_blocks} and {@code articles}. Segments each page into blocks, computes the
 * corpus signals over the whole crawl, labels blocks in page context (with their token features), and sums filler
 * per page.
 *
 * <p>Incremental and exact: the signals are recomputed from {@code page_keys} (the text keys of every page seen so
 * far), and a stored page is labelled again only when its inputs changed: its domain got new pages (template
 * shares move), or one of its texts appears on a new page and on two domains or more (cross-domain counts move).
 * Every other page would get the labels it has, so the tables equal those of one run over all the crawl. A change
 * of the filler settings, of the block model's file or of {@link #LABELLING_LOGIC} relabels everything.
 */
public final class FillerStage {
  public static final String PAGE_BLOCKS = "page_blocks";
  public static final String ARTICLES = "articles";
  public static final String PAGE_KEYS = "page_keys";
  /** Change when segmentation or labelling changes, so stored pages are labelled again by the next run. */
  static final String LABELLING_LOGIC = "2026-11-28.2";

  private FillerStage() {}

  public static StageReport run(Warehouse warehouse, WinnowConfig config) {
    long start = System.nanoTime();
    SparkSession spark = warehouse.spark();
    String version = PageId.hash(LABELLING_LOGIC, config.filler().toString(),
        BlockModel.digestOf(config.filler().model()));
    Dataset<Row> pages = withDeclaredTime(warehouse.read("pages"))
        .select("page_id", "url", "domain", "title", "language", "content_type", "body", "fetched_at", "crawl_date",
            "published_at");
    boolean full = !warehouse.exists(PAGE_KEYS) || !warehouse.exists(PAGE_BLOCKS) || !warehouse.exists(ARTICLES)
        || !warehouse.read(PAGE_KEYS).filter(col("labelling_version").notEqual(version)).isEmpty();
    Dataset<Row> stored = full ? null : warehouse.read(PAGE_KEYS).drop("labelling_version")
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> fresh = full ? pages : pages.join(stored.select("page_id"), "page_id", "left_anti");
    // Kept between the passes (text keys, then labels) so that each new page is parsed once.
    JavaRDD<SegmentedPage> freshSegments = segment(fresh, config).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> freshKeys = CorpusSignals.pageKeys(spark, freshSegments).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> labelled = null;
    try {
      long freshPages = freshKeys.count();
      if (freshPages == 0) {
        return StageReport.of("filler", 0, (System.nanoTime() - start) / 1e9, "blocks", 0, "articles", 0,
            "relabelled", 0);
      }
      Dataset<Row> allKeys = full ? freshKeys : stored.unionByName(freshKeys);
      CorpusSignals signals = CorpusSignals.of(allKeys);
      Dataset<Row> toLabelIds = full ? freshKeys.select("page_id") : changed(stored, freshKeys, allKeys);
      Dataset<Row> toLabel = full ? pages : pages.join(toLabelIds, "page_id", "left_semi");
      // Stored pages whose signals moved are segmented again: their blocks are not kept between runs.
      JavaRDD<SegmentedPage> segments = full ? freshSegments : freshSegments.union(segment(
          pages.join(toLabelIds.join(freshKeys.select("page_id"), "page_id", "left_anti"), "page_id", "left_semi"),
          config));
      labelled = classify(spark, segments, signals, config).persist(StorageLevel.MEMORY_AND_DISK());
      Row counts = labelled.agg(expr("count(*)"), expr("coalesce(sum(size(blocks)), 0L)")).first();
      long pageCount = counts.getLong(0);
      long blocks = counts.getLong(1);
      freshSegments.unpersist(false);
      // Written in this order, page_keys last: a run killed before the end finds its pages still new and redoes them.
      warehouse.merge(TableSchema.load(PAGE_BLOCKS), blocks(labelled), full);
      warehouse.merge(TableSchema.load(ARTICLES), articles(toLabel, labelled), full);
      warehouse.merge(TableSchema.load(PAGE_KEYS), freshKeys.withColumn("labelling_version", lit(version)), full);
      return StageReport.of("filler", pageCount, (System.nanoTime() - start) / 1e9,
          "blocks", blocks, "articles", pageCount, "relabelled", pageCount - freshPages,
          "recurring_texts", signals.size());
    } finally {
      if (labelled != null) {
        labelled.unpersist();
      }
      freshSegments.unpersist(false);
      freshKeys.unpersist();
      if (stored != null) {
        stored.unpersist();
      }
    }
  }

  /**
   * Ids of the pages to label: the new ones, stored pages of a domain with new pages, and stored pages sharing a
   * text with a new page when that text is on two domains or more (the only texts whose cross-domain counts can
   * cross a threshold in either direction).
   */
  static Dataset<Row> changed(Dataset<Row> stored, Dataset<Row> freshKeys, Dataset<Row> allKeys) {
    Dataset<Row> freshTexts = freshKeys.select(explode(col("text_keys")).as("text_key")).distinct();
    Dataset<Row> shared = allKeys.select(col("domain_key"), explode(col("text_keys")).as("text_key"))
        .join(freshTexts, "text_key", "left_semi").distinct()
        .groupBy("text_key").agg(count(lit(1)).as("domains")).filter(col("domains").geq(2)).select("text_key");
    Dataset<Row> viaText = stored.select(col("page_id"), explode(col("text_keys")).as("text_key"))
        .join(shared, "text_key", "left_semi").select("page_id");
    Dataset<Row> viaDomain = stored.join(freshKeys.select("domain_key").distinct(), "domain_key", "left_semi")
        .select("page_id");
    return freshKeys.select("page_id").union(viaDomain).union(viaText).distinct();
  }

  /** Each page cut into blocks; persist the result when more than one pass reads it. */
  public static JavaRDD<SegmentedPage> segment(Dataset<Row> pages, WinnowConfig config) {
    return pages.select("page_id", "domain", "title", "content_type", "body").javaRDD()
        .map(new SegmentPage(config.filler().maxDepth()));
  }

  /**
   * Labels a batch of pages on its own, the corpus signals counted over the batch only (evaluations and benchmarks).
   * The signals are gathered now and the labels computed when the batch's rows are read; close the batch afterwards
   * to release its segmented pages.
   */
  public static LabelledBatch labelBatch(SparkSession spark, Dataset<Row> pages, WinnowConfig config) {
    JavaRDD<SegmentedPage> segments = segment(pages, config).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> pageKeys = CorpusSignals.pageKeys(spark, segments).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return new LabelledBatch(classify(spark, segments, CorpusSignals.of(pageKeys), config), segments);
    } finally {
      pageKeys.unpersist();
    }
  }

  /** A batch's labelled pages ({@link ClassifyPage#schema}), computed from segmented pages held until closed. */
  public record LabelledBatch(Dataset<Row> pages, JavaRDD<SegmentedPage> segments) implements AutoCloseable {
    /** The batch's page_blocks rows. */
    public Dataset<Row> blocks() {
      return FillerStage.blocks(pages);
    }

    @Override
    public void close() {
      segments.unpersist(false);
    }
  }

  /** A pages table written before pages.published_at existed (ingest adds it on its next write) reads as null. */
  private static Dataset<Row> withDeclaredTime(Dataset<Row> pages) {
    return List.of(pages.columns()).contains("published_at") ? pages
        : pages.withColumn("published_at", lit(null).cast("timestamp"));
  }

  /** Labels every block in its page's context, with the crawl's signals broadcast: {@link ClassifyPage#schema} rows. */
  public static Dataset<Row> classify(SparkSession spark, JavaRDD<SegmentedPage> segments, CorpusSignals signals,
                                      WinnowConfig config) {
    Broadcast<CorpusSignals> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(signals);
    JavaRDD<Row> rows = segments.map(new ClassifyPage(BlockClassifier.of(config.filler()), shared));
    return spark.createDataFrame(rows, ClassifyPage.schema());
  }

  /** page_blocks rows of labelled pages. */
  public static Dataset<Row> blocks(Dataset<Row> labelled) {
    return labelled.selectExpr("page_id", "inline(blocks)");
  }

  /** articles rows: each labelled page's sums and main text with its pages columns. */
  static Dataset<Row> articles(Dataset<Row> pages, Dataset<Row> labelled) {
    return pages.select("page_id", "url", "domain", "title", "language", "fetched_at", "crawl_date", "published_at")
        .join(labelled.drop("blocks"), "page_id")
        .select(col("page_id"), col("url"), col("domain"), col("title"), col("language"),
            // What the record declared, then what the markup declares, then the fetch.
            coalesce(col("published_at"), col("published_meta"), col("fetched_at")).as("published_at"),
            col("crawl_date"),
            col("main_text"), col("chars_total"), col("chars_content"), col("chars_filler"),
            expr("coalesce(chars_filler / nullif(chars_total, 0), 0D)").as("filler_ratio"),
            col("tokens_total"), col("tokens_filler"),
            expr("coalesce(tokens_filler / nullif(tokens_total, 0), 0D)").as("token_filler_ratio"),
            col("filler_chars_by_category"));
  }
}
