package winnow.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import scala.collection.JavaConverters;
import winnow.config.WinnowConfig;
import winnow.pipeline.StageReport;
import winnow.tables.TableSchema;
import winnow.tables.Warehouse;

/**
 * Stage 1: new crawl files → {@code pages} and {@code rejects}; every input record lands in exactly one of them.
 * Files already listed in {@code input_files} (same size and modification time) are skipped, so a nightly run
 * reads only the new segments. The tables are written with MERGE on deterministic keys and {@code input_files}
 * last: a run killed half-way reads its files again and changes nothing it had already written.
 */
public final class IngestStage {
  public static final String PAGES = "pages";
  public static final String REJECTS = "rejects";
  public static final String INPUT_FILES = "input_files";

  private static final scala.collection.Seq<String> SAME_RECORD = JavaConverters.asScalaBuffer(
      List.of("page_id", "source_file", "source_offset")).toSeq();

  private IngestStage() {}

  public static StageReport run(Warehouse warehouse, WinnowConfig config) {
    long start = System.nanoTime();
    SparkSession spark = warehouse.spark();
    Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
    List<InputFile> listed = InputFiles.list(config.input(), hadoopConf);
    if (listed.isEmpty()) {
      throw new IllegalArgumentException("no input files under " + config.input());
    }
    List<InputFile> files = unread(warehouse, listed);
    if (files.isEmpty()) {
      return StageReport.of("ingest", 0, (System.nanoTime() - start) / 1e9, "files", 0,
          "skipped_files", listed.size(), "pages", 0, "rejects", 0);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(new SerializableConfiguration(hadoopConf));
    StructType outcome = PageBuilder.outcomeSchema();
    List<List<InputFile>> groups = InputFiles.balanced(files, jsc.defaultParallelism() * 4);
    LongAccumulator read = spark.sparkContext().longAccumulator(ReadCrawlFile.RECORDS_READ);
    JavaRDD<Row> rows = jsc.parallelize(groups, groups.size())
        .flatMap((FlatMapFunction<List<InputFile>, InputFile>) List::iterator)
        .flatMap(new ReadCrawlFile(hadoop, IngestLimits.of(config.ingest()), outcome, read));
    Dataset<Row> outcomes = spark.createDataFrame(rows, outcome).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long records = outcomes.count();
      Dataset<Row> ranked = rankCopies(warehouse, outcomes).persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> pages = ranked.filter(col("copy_no").equalTo(1).and(col("is_new")));
      // A second copy of the same fetch (same URL, same bytes) is a record too: it is kept as a reject, not dropped.
      Dataset<Row> duplicates = ranked.filter(col("copy_no").gt(1))
          .withColumn("reason", lit("duplicate-record"))
          .withColumn("detail", concat_ws(" ", lit("same URL and bytes as page"), col("page_id")))
          .withColumn("sample", lit(null).cast("string"));
      Dataset<Row> rejects = outcomes.filter(col("kind").equalTo(PageBuilder.KIND_REJECT))
          .unionByName(duplicates.drop("copy_no", "is_new"))
          .withColumn("reject_id", substring(sha2(concat_ws("\u0000", col("source_file"),
              col("source_offset").cast("string"), col("reason")), 256), 1, 16));
      warehouse.merge(TableSchema.load(PAGES), pages, false);
      warehouse.merge(TableSchema.load(REJECTS), rejects, false);
      long pageCount = pages.count();
      long rejectCount = rejects.count();
      warehouse.merge(TableSchema.load(INPUT_FILES), fileRows(spark, files, outcomes, ranked, warehouse.runId()), false);
      ranked.unpersist();
      return StageReport.of("ingest", records, (System.nanoTime() - start) / 1e9,
          "files", files.size(), "skipped_files", listed.size() - files.size(), "pages", pageCount,
          "rejects", rejectCount);
    } finally {
      outcomes.unpersist();
    }
  }

  /** Listed files not yet ingested, or changed (size or modification time) since they were. */
  static List<InputFile> unread(Warehouse warehouse, List<InputFile> listed) {
    if (!warehouse.exists(INPUT_FILES)) {
      return listed;
    }
    Map<String, Row> seen = new HashMap<>();
    // One small row per file ever read: bounded by the crawl's file count, not its records.
    for (Row r : warehouse.read(INPUT_FILES).select("file_path", "file_bytes", "modified_at").collectAsList()) {
      seen.put(r.getString(0), r);
    }
    return listed.stream().filter(f -> {
      Row r = seen.get(f.path());
      return r == null || r.getLong(1) != f.size() || r.getTimestamp(2).getTime() != f.modifiedAt();
    }).toList();
  }

  /**
   * The page records of this run beside the stored pages with the same ids, numbered per page id by source file and
   * offset: copy 1 is the page, whichever run read it, so one run or several over the same files agree. A stored
   * page beaten by an earlier copy read now becomes a duplicate itself; a stored page read again (a rerun after a
   * crash) is the same record and is not counted twice.
   */
  private static Dataset<Row> rankCopies(Warehouse warehouse, Dataset<Row> outcomes) {
    Dataset<Row> fresh = outcomes.filter(col("kind").equalTo(PageBuilder.KIND_PAGE)).withColumn("is_new", lit(true));
    Dataset<Row> candidates = fresh;
    if (warehouse.exists(PAGES)) {
      Dataset<Row> stored = warehouse.read(PAGES)
          .join(fresh.select("page_id").distinct(), "page_id", "left_semi")
          .join(fresh.select("page_id", "source_file", "source_offset"), SAME_RECORD, "left_anti")
          .withColumn("kind", lit(PageBuilder.KIND_PAGE))
          .withColumn("reason", lit(null).cast("string"))
          .withColumn("detail", lit(null).cast("string"))
          .withColumn("sample", lit(null).cast("string"))
          .withColumn("is_new", lit(false));
      candidates = fresh.unionByName(stored);
    }
    return candidates.withColumn("copy_no",
        row_number().over(Window.partitionBy("page_id").orderBy("source_file", "source_offset")));
  }

  /** input_files rows for the files read now: records, pages and rejects per file. */
  private static Dataset<Row> fileRows(SparkSession spark, List<InputFile> files, Dataset<Row> outcomes,
                                       Dataset<Row> ranked, String runId) {
    StructType schema = new StructType()
        .add("file_path", DataTypes.StringType, false)
        .add("file_bytes", DataTypes.LongType, false)
        .add("modified_at", DataTypes.TimestampType, false)
        .add("source_format", DataTypes.StringType, false);
    List<Row> listing = files.stream().map(f -> RowFactory.create(f.path(), f.size(),
        new Timestamp(f.modifiedAt()), f.format().id())).toList();
    Dataset<Row> records = outcomes.groupBy("source_file").agg(count(lit(1)).as("records"))
        .withColumnRenamed("source_file", "r_file");
    Dataset<Row> pages = ranked.filter(col("is_new")).groupBy("source_file")
        .agg(sum(when(col("copy_no").equalTo(1), 1L).otherwise(0L)).as("pages"));
    return spark.createDataFrame(listing, schema)
        .join(records, col("file_path").equalTo(col("r_file")), "left")
        .join(pages, col("file_path").equalTo(col("source_file")), "left")
        .selectExpr("file_path", "file_bytes", "modified_at", "source_format",
            "coalesce(records, 0L) AS records", "coalesce(pages, 0L) AS pages",
            "coalesce(records, 0L) - coalesce(pages, 0L) AS rejects", "'" + runId + "' AS run_id");
  }
}
