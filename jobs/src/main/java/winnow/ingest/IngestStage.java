package winnow.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import winnow.config.WinnowConfig;
import winnow.pipeline.StageReport;
import winnow.tables.TableSchema;
import winnow.tables.Warehouse;

/** Stage 1: crawl files → {@code pages} and {@code rejects}. Every input record lands in exactly one of them. */
public final class IngestStage {
  public static final String PAGES = "pages";
  public static final String REJECTS = "rejects";

  private IngestStage() {}

  public static StageReport run(Warehouse warehouse, WinnowConfig config) {
    long start = System.nanoTime();
    SparkSession spark = warehouse.spark();
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> files = InputFiles.list(config.input(), hadoopConf);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no input files under " + config.input());
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(new SerializableConfiguration(hadoopConf));
    StructType outcome = PageBuilder.outcomeSchema();
    int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
    JavaRDD<Row> rows = jsc.parallelize(files, slices)
        .flatMap(new ReadCrawlFile(hadoop, IngestLimits.of(config.ingest()), outcome));
    Dataset<Row> outcomes = spark.createDataFrame(rows, outcome)
        .withColumn("copy_no", when(col("kind").equalTo(PageBuilder.KIND_PAGE),
            row_number().over(Window.partitionBy("page_id").orderBy("source_file", "source_offset"))))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long records = outcomes.count();
      Dataset<Row> pages = outcomes.filter(col("kind").equalTo(PageBuilder.KIND_PAGE).and(col("copy_no").equalTo(1)));
      // A second copy of the same fetch (same URL, same bytes) is a record too: it is kept as a reject, not dropped.
      Dataset<Row> duplicates = outcomes
          .filter(col("kind").equalTo(PageBuilder.KIND_PAGE).and(col("copy_no").gt(1)))
          .withColumn("reason", lit("duplicate-record"))
          .withColumn("detail", concat_ws(" ", lit("same URL and bytes as page"), col("page_id")))
          .withColumn("sample", lit(null).cast("string"));
      Dataset<Row> rejects = outcomes.filter(col("kind").equalTo(PageBuilder.KIND_REJECT)).unionByName(duplicates)
          .withColumn("reject_id", substring(sha2(concat_ws("\u0000", col("source_file"),
              col("source_offset").cast("string"), col("reason")), 256), 1, 16));
      warehouse.merge(TableSchema.load(PAGES), pages, false);
      warehouse.merge(TableSchema.load(REJECTS), rejects, false);
      long pageCount = pages.count();
      long rejectCount = rejects.count();
      return StageReport.of("ingest", records, (System.nanoTime() - start) / 1e9,
          "files", files.size(), "pages", pageCount, "rejects", rejectCount);
    } finally {
      outcomes.unpersist();
    }
  }
}
