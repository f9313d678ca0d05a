package winnow.pipeline;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import scala.collection.JavaConverters;
import winnow.config.WinnowConfig;
import winnow.tables.RowBuilder;
import winnow.tables.TableSchema;
import winnow.tables.Warehouse;

/**
 * The {@code runs} table: a row is written when a run starts (status running) and rewritten when it ends, so a
 * run killed on the way stays visible as running, and a failure keeps its error.
 */
public final class RunLog {
  public static final String RUNS = "runs";
  private static final DateTimeFormatter ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Warehouse warehouse;
  private final WinnowConfig config;
  private final List<String> stages;
  private final Timestamp started = Timestamp.from(Instant.now());

  public RunLog(Warehouse warehouse, WinnowConfig config, List<String> stages) {
    this.warehouse = warehouse;
    this.config = config;
    this.stages = stages;
  }

  /** A run id that sorts by start time: 20221115T020000Z-5f1c2a9e. */
  public static String newRunId() {
    byte[] suffix = new byte[4];
    RANDOM.nextBytes(suffix);
    return ID_TIME.format(Instant.now()) + "-" + HexFormat.of().formatHex(suffix);
  }

  public void started() {
    write("running", null, List.of());
  }

  public void succeeded(List<StageReport> reports) {
    write("succeeded", null, reports);
  }

  public void failed(Throwable error, List<StageReport> reports) {
    write("failed", String.valueOf(error), reports);
  }

  private void write(String status, String error, List<StageReport> reports) {
    Map<String, scala.collection.Map<String, Long>> counts = new LinkedHashMap<>();
    Map<String, Double> seconds = new LinkedHashMap<>();
    Map<String, String> digests = new LinkedHashMap<>();
    Map<String, scala.collection.Map<String, Long>> versions = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    Long newFiles = null;
    for (StageReport r : reports) {
      if (r.stamp() != null) {
        digests.put(r.stage(), r.stamp().digest());
        versions.put(r.stage(), scalaMap(r.stamp().versions()));
      }
      if (r.skipped()) {
        skipped.add(r.stage());
      }
      Map<String, Long> c = new LinkedHashMap<>();
      c.put("records", r.inputRecords());
      c.putAll(r.outputs());
      counts.put(r.stage(), scalaMap(c));
      seconds.put(r.stage(), r.seconds());
      if (r.stage().equals("ingest")) {
        newFiles = r.output("files");
      }
    }
    TableSchema schema = TableSchema.load(RUNS);
    Row row = new RowBuilder(schema.structType())
        .set("run_id", warehouse.runId())
        .set("stages", JavaConverters.asScalaBuffer(stages).toSeq())
        .set("status", status)
        .set("error", error)
        .set("config_digest", config.digest())
        .set("inputs", JavaConverters.asScalaBuffer(config.input()).toSeq())
        .set("new_files", newFiles)
        .set("stage_counts", scalaMap(counts))
        .set("stage_seconds", scalaMap(seconds))
        .set("skipped_stages", JavaConverters.asScalaBuffer(skipped).toSeq())
        .set("stage_digests", scalaMap(digests))
        .set("stage_versions", scalaMap(versions))
        .set("started_at", started)
        .set("finished_at", status.equals("running") ? null : Timestamp.from(Instant.now()))
        .build();
    warehouse.merge(schema, warehouse.spark().createDataFrame(List.of(row), schema.structType()), false);
  }

  /** The latest run that finished {@code stage}, whether it ran it or found it up to date. */
  record LastRun(String runId, StageStamp stamp, Map<String, Long> counts) {}

  static Optional<LastRun> last(Warehouse warehouse, String stage) {
    if (!warehouse.exists(RUNS)) {
      return Optional.empty();
    }
    List<Row> rows = warehouse.read(RUNS)
        .where(functions.col("stage_digests").getItem(stage).isNotNull())
        .orderBy(functions.col("started_at").desc(), functions.col("run_id").desc())
        .select(functions.col("run_id"), functions.col("stage_digests").getItem(stage),
            functions.col("stage_versions").getItem(stage), functions.col("stage_counts").getItem(stage))
        .limit(1).collectAsList();
    if (rows.isEmpty() || rows.get(0).isNullAt(2)) {
      return Optional.empty();
    }
    Row r = rows.get(0);
    Map<String, Long> counts = r.isNullAt(3) ? Map.of() : Map.copyOf(r.<String, Long>getJavaMap(3));
    return Optional.of(new LastRun(r.getString(0), new StageStamp(r.getString(1),
        Map.copyOf(r.<String, Long>getJavaMap(2))), counts));
  }

  private static <K, V> scala.collection.Map<K, V> scalaMap(Map<K, V> map) {
    return JavaConverters.mapAsScalaMap(map);
  }
}
