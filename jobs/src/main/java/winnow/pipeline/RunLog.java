package winnow.pipeline;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
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
    Long newFiles = null;
    for (StageReport r : reports) {
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
        .set("started_at", started)
        .set("finished_at", status.equals("running") ? null : Timestamp.from(Instant.now()))
        .build();
    warehouse.merge(schema, warehouse.spark().createDataFrame(List.of(row), schema.structType()), false);
  }

  private static <K, V> scala.collection.Map<K, V> scalaMap(Map<K, V> map) {
    return JavaConverters.mapAsScalaMap(map);
  }
}
