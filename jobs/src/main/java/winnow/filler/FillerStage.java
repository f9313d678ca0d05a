package winnow.filler;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.nlp.TextNlp;
import winnow.pipeline.StageReport;
import winnow.tables.TableSchema;
import winnow.tables.Warehouse;

/**
 * Stage 2: {@code pages} → {@code page_blocks} and {@code articles}. Segments each page, adds Spark NLP features
 * and corpus signals computed over the whole crawl, labels blocks in page context, and sums filler per page.
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
    Dataset<Row> segments = segment(spark, pages, config).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> labelled = label(spark, segments, pages, config).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      warehouse.merge(TableSchema.load(PAGE_BLOCKS), labelled, true);
      Dataset<Row> published = segments.filter(col("published_meta").isNotNull())
          .groupBy("page_id").agg(first("published_meta").as("published_meta"));
      warehouse.merge(TableSchema.load(ARTICLES), articles(pages, labelled, published), true);
      long pageCount = pages.count();
      long blocks = labelled.count();
      return StageReport.of("filler", pageCount, (System.nanoTime() - start) / 1e9,
          "blocks", blocks, "articles", pageCount);
    } finally {
      labelled.unpersist();
      segments.unpersist();
    }
  }

  /** Blocks with features and labels, in the page_blocks schema. */
  public static Dataset<Row> label(SparkSession spark, Dataset<Row> blocks, Dataset<Row> pages,
                                   WinnowConfig config) {
    return classify(spark, signals(annotate(blocks), blocks), pages, config);
  }

  /** Spark NLP tokens, stop words and sentences per block, plus the block's normalised text key. */
  public static Dataset<Row> annotate(Dataset<Row> blocks) {
    return TextNlp.annotate(blocks, "text")
        .withColumn("norm_key", regexp_replace(lower(col("text")), "[0-9]", "0"));
  }

  /** Corpus signals: how many pages of the block's site, and how many sites, carry the same text. */
  public static Dataset<Row> signals(Dataset<Row> annotated, Dataset<Row> blocks) {
    Dataset<Row> domainPages = blocks.groupBy("domain_key").agg(countDistinct("page_id").as("domain_pages"));
    Dataset<Row> perDomainText = annotated.groupBy("domain_key", "norm_key")
        .agg(countDistinct("page_id").as("domain_pages_with_text"));
    Dataset<Row> perText = annotated.groupBy("norm_key")
        .agg(countDistinct("domain_key").as("cross_domain_count"), countDistinct("page_id").as("pages_with_text"));
    return annotated
        .join(domainPages, "domain_key")
        .join(perDomainText, new String[] {"domain_key", "norm_key"})
        .join(perText, "norm_key");
  }

  /** Labels every block in its page's context. */
  public static Dataset<Row> classify(SparkSession spark, Dataset<Row> withSignals, Dataset<Row> pages,
                                      WinnowConfig config) {
    Dataset<Row> perPage = withSignals
        .groupBy("page_id")
        .agg(collect_list(struct("block_no", "text", "tag", "tag_path", "hints", "link_chars", "tokens",
            "stop_tokens", "sentences", "terms", "domain_pages", "domain_pages_with_text", "cross_domain_count",
            "pages_with_text")).as("blocks"))
        .join(pages.select("page_id", "title"), "page_id");
    WinnowConfig.Filler f = config.filler();
    BlockClassifier classifier = new BlockClassifier(
        new BlockClassifier.FillerRules(f.templateMinPages(), f.templatePageShare(), f.crossDomainMin()));
    JavaRDD<Row> rows = perPage.javaRDD().flatMap(new ClassifyPage(classifier));
    return spark.createDataFrame(rows, TableSchema.load(PAGE_BLOCKS).structType());
  }

  public static Dataset<Row> segment(SparkSession spark, Dataset<Row> pages, WinnowConfig config) {
    JavaRDD<Row> rows = pages.javaRDD().flatMap(new SegmentPage(config.filler().maxDepth()));
    return spark.createDataFrame(rows, SegmentPage.SCHEMA);
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
