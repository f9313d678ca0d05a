package winnow.tables;

import io.delta.tables.DeltaMergeBuilder;
import io.delta.tables.DeltaTable;
import io.delta.tables.DeltaTableBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import scala.collection.JavaConverters;
import winnow.config.WinnowConfig;

/**
 * The Delta tables under the warehouse: creates them from their {@link TableSchema}, registers them in the
 * catalog, and writes them idempotently with MERGE on each table's deterministic key.
 */
public final class Warehouse {
  private final SparkSession spark;
  private final WinnowConfig config;
  private final String runId;
  /** Tables read or written since {@link #startTracking()}: what a pipeline stage depends on and produces. */
  private final Set<String> touched = ConcurrentHashMap.newKeySet();

  public Warehouse(SparkSession spark, WinnowConfig config, String runId) {
    this.spark = spark;
    this.config = config;
    this.runId = runId;
  }

  public SparkSession spark() {
    return spark;
  }

  /** The run this warehouse handle writes for (runs.run_id, and userMetadata of every Delta commit). */
  public String runId() {
    return runId;
  }

  public String qualified(String table) {
    return config.database() + "." + table;
  }

  public boolean exists(String table) {
    return DeltaTable.isDeltaTable(spark, config.tablePath(table));
  }

  /** The table's current Delta version, or -1 when it does not exist yet. */
  public long version(String table) {
    if (!exists(table)) {
      return -1;
    }
    return DeltaTable.forPath(spark, config.tablePath(table)).history(1).first().<Long>getAs("version");
  }

  /** Forgets the tables touched so far; {@link #touched()} then names those read or written from here on. */
  public void startTracking() {
    touched.clear();
  }

  public Set<String> touched() {
    return new TreeSet<>(touched);
  }

  public Dataset<Row> read(String table) {
    touched.add(table);
    if (!exists(table)) {
      throw new IllegalStateException("table " + table + " does not exist under " + config.warehouse()
          + ": run the stage that writes it first (bin/winnow run)");
    }
    // Pinned to the version current now: a stage that reads a table and later writes it (ingest reads pages to
    // find copies, filler reads page_keys) must not see its own write when Spark evaluates the read again.
    long version = version(table);
    return spark.read().format("delta").option("versionAsOf", version).load(config.tablePath(table));
  }

  /**
   * Registers every existing table of the warehouse as {@code <database>.<table>} in the catalog (the metastore
   * chosen by winnow.catalog.metastore). Tables are external: dropping a name never deletes data.
   */
  public List<String> registerAll() {
    CatalogUnavailable.checkEmbedded(config);
    try {
      spark.sql("CREATE DATABASE IF NOT EXISTS " + config.database()
          + " COMMENT 'winnow: filler measurement and story clusters of crawled war coverage'");
      List<String> registered = new ArrayList<>();
      for (String table : TableSchema.names()) {
        if (exists(table)) {
          register(table);
          registered.add(table);
        }
      }
      return registered;
    } catch (Exception e) { // Spark's AnalysisException is checked in Java's eyes but thrown unchecked
      throw new CatalogUnavailable(config, e);
    }
  }

  /** Points the catalog entry at this warehouse's table; an entry for another location is replaced. */
  private void register(String table) {
    String name = qualified(table);
    String path = config.tablePath(table);
    if (spark.catalog().tableExists(name)) {
      String location = spark.sql("DESCRIBE DETAIL " + name).first().getAs("location");
      if (samePath(location, path)) {
        return;
      }
      // The entry is external (created with LOCATION below): dropping it leaves the other warehouse's data alone.
      spark.sql("DROP TABLE " + name);
    }
    spark.sql("CREATE TABLE " + name + " USING delta LOCATION '" + path.replace("'", "\\'") + "'");
  }

  private static boolean samePath(String a, String b) {
    return new org.apache.hadoop.fs.Path(a).toUri().getPath().equals(new org.apache.hadoop.fs.Path(b).toUri().getPath());
  }

  /**
   * Creates the table by path (columns with comments, description, partitioning, Change Data Feed on) unless it
   * exists. Stages only touch paths, so a busy or absent metastore never stops a write; see {@link #registerAll}.
   */
  public DeltaTable ensure(TableSchema schema) {
    touched.add(schema.name());
    if (exists(schema.name())) {
      addMissingColumns(schema);
      return DeltaTable.forPath(spark, config.tablePath(schema.name()));
    }
    DeltaTableBuilder builder = DeltaTable.createIfNotExists(spark)
        .location(config.tablePath(schema.name()))
        .comment(schema.description())
        .property("delta.enableChangeDataFeed", "true");
    if (!schema.partitionedBy().isEmpty()) {
      // One file per partition per write instead of one per task and partition: MERGEs otherwise leave many small files.
      builder = builder.partitionedBy(schema.partitionedBy().toArray(new String[0]))
          .property("delta.autoOptimize.optimizeWrite", "true");
    }
    for (TableSchema.Column c : schema.columns()) {
      builder = builder.addColumn(DeltaTable.columnBuilder(spark, c.name()).dataType(c.dataType())
          .nullable(c.nullable()).comment(c.description()).build());
    }
    DeltaTableBuilder create = builder;
    withCommitMetadata(create::execute);
    return DeltaTable.forPath(spark, config.tablePath(schema.name()));
  }

  /**
   * A table written by an earlier winnow gains the columns added to its schema since (nullable, so its old rows
   * read as null): writes then succeed with schema auto-merge kept off, which guards against typos in columns.
   */
  private void addMissingColumns(TableSchema schema) {
    String path = config.tablePath(schema.name());
    List<String> have = List.of(spark.read().format("delta").load(path).columns());
    String missing = schema.columns().stream().filter(c -> !have.contains(c.name()))
        .map(c -> {
          if (!c.nullable()) {
            throw new IllegalStateException("table " + schema.name() + " at " + path + " has no column " + c.name()
                + ", which cannot be added to existing rows because it is not nullable");
          }
          return "`" + c.name() + "` " + c.dataType().sql() + " COMMENT '" + c.description().replace("'", "\\'")
              + "'";
        })
        .collect(Collectors.joining(", "));
    if (!missing.isEmpty()) {
      withCommitMetadata(() -> spark.sql("ALTER TABLE delta.`" + path.replace("`", "``") + "` ADD COLUMNS ("
          + missing + ")"));
    }
  }

  /**
   * MERGE {@code rows} into the table on its key: changed rows are updated, new rows inserted, identical rows
   * left alone, so a rerun on the same input changes no contents. With {@code deleteMissing} the table becomes
   * exactly {@code rows} (for tables recomputed from the whole corpus), and a write that changes nothing commits
   * nothing: the table keeps its version, so later stages see it unchanged.
   */
  public void merge(TableSchema schema, Dataset<Row> rows, boolean deleteMissing) {
    DeltaTable table = ensure(schema);
    Dataset<Row> source = conform(schema, rows);
    String on = schema.key().stream().map(k -> "t.`" + k + "` = s.`" + k + "`")
        .collect(Collectors.joining(" AND "));
    String changed = schema.columns().stream().filter(c -> !schema.key().contains(c.name()))
        .map(Warehouse::differs).collect(Collectors.joining(" OR "));
    // An empty table (a first run) has nothing to compare with or delete: the source is inserted as it comes.
    if (!deleteMissing || table.toDF().isEmpty()) {
      upsert(table, source, on, changed);
      return;
    }
    // Delta rewrites every file a MERGE matches, changed or not, and a not-matched-by-source clause matches them
    // all; so only new and changed rows go into the upsert, and missing keys are deleted apart. The source is read
    // up to three times, so it is kept.
    source = source.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      String firstKey = "t.`" + schema.key().get(0) + "`";
      Dataset<Row> fresh = source.as("s").join(table.toDF().as("t"), functions.expr(on), "left")
          .where(firstKey + " IS NULL" + (changed.isEmpty() ? "" : " OR " + changed)).select("s.*");
      if (!fresh.isEmpty()) {
        upsert(table, fresh, on, changed);
      }
      Column[] key = schema.key().stream().map(functions::col).toArray(Column[]::new);
      Dataset<Row> gone = table.toDF().select(key)
          .join(source.select(key), JavaConverters.asScalaBuffer(schema.key()).toSeq(), "left_anti");
      if (!gone.isEmpty()) {
        withCommitMetadata(() -> table.as("t").merge(gone.as("s"), on).whenMatched().delete().execute());
      }
    } finally {
      source.unpersist();
    }
  }

  private void upsert(DeltaTable table, Dataset<Row> source, String on, String changed) {
    withCommitMetadata(() -> {
      DeltaMergeBuilder m = table.as("t").merge(source.as("s"), on);
      if (!changed.isEmpty()) {
        m = m.whenMatched(changed).updateAll();
      }
      m.whenNotMatched().insertAll().execute();
    });
  }

  /**
   * Null-safe "the column changed"; maps are not comparable in Spark SQL, their sorted entries are, and a map
   * nested in a map is compared as JSON (an unchanged row with reordered entries is rewritten, never lost).
   */
  private static String differs(TableSchema.Column c) {
    String t = "t.`" + c.name() + "`";
    String s = "s.`" + c.name() + "`";
    if (c.dataType() instanceof org.apache.spark.sql.types.MapType m
        && m.valueType() instanceof org.apache.spark.sql.types.MapType) {
      t = "to_json(" + t + ")";
      s = "to_json(" + s + ")";
    } else if (c.dataType() instanceof org.apache.spark.sql.types.MapType) {
      t = "array_sort(map_entries(" + t + "))";
      s = "array_sort(map_entries(" + s + "))";
    }
    return "NOT (" + t + " <=> " + s + ")";
  }

  private void withCommitMetadata(Runnable write) {
    String key = "spark.databricks.delta.commitInfo.userMetadata";
    spark.conf().set(key, "{\"run_id\":\"" + runId + "\",\"config_digest\":\"" + config.digest() + "\"}");
    try {
      write.run();
    } finally {
      spark.conf().unset(key);
    }
  }

  /** Selects the schema's columns in order and casts them, failing loudly on a missing column. */
  public static Dataset<Row> conform(TableSchema schema, Dataset<Row> rows) {
    List<String> have = List.of(rows.columns());
    List<Column> cols = new ArrayList<>();
    for (TableSchema.Column c : schema.columns()) {
      if (!have.contains(c.name())) {
        throw new IllegalStateException("table " + schema.name() + ": the stage produced no column " + c.name()
            + " (has " + have + ")");
      }
      cols.add(functions.col(c.name()).cast(c.dataType()).as(c.name()));
    }
    return rows.select(cols.toArray(new Column[0]));
  }
}
