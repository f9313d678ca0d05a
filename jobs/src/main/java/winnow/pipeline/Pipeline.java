package winnow.pipeline;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Row;
import winnow.config.WinnowConfig;
import winnow.filler.BlockModel;
import winnow.filler.FillerStage;
import winnow.ingest.IngestStage;
import winnow.publish.PublishStage;
import winnow.stories.StoriesStage;
import winnow.tables.TableSchema;
import winnow.tables.Warehouse;

/** The stages in order, each reading and writing named tables; prints a line per stage and a closing summary. */
public final class Pipeline {
  /** A stage: reads its input tables, writes its output tables. */
  @FunctionalInterface
  public interface Stage {
    StageReport run(Warehouse warehouse, WinnowConfig config);
  }

  /** Told when each stage starts and ends (benchmarks measure stages through it). */
  public interface Observer {
    Observer NONE = new Observer() {};

    default void started(String stage) {}

    default void finished(StageReport report) {}
  }

  public static final List<String> STAGES = List.of("ingest", "filler", "stories", "publish");
  /** A progress line every this many seconds while a stage runs. */
  static final long PROGRESS_SECONDS = 30;

  private Pipeline() {}

  public static Stage stage(String name) {
    return switch (name) {
      case "ingest" -> IngestStage::run;
      case "filler" -> FillerStage::run;
      case "stories" -> StoriesStage::run;
      case "publish" -> PublishStage::run;
      default -> throw new IllegalArgumentException("no stage " + name + "; stages: " + STAGES);
    };
  }

  /**
   * Runs the stages in order and records the run in the {@code runs} table: running when it starts, succeeded
   * with each stage's counts and time, or failed with the error (which is rethrown: the command exits 1).
   */
  public static List<StageReport> run(Warehouse warehouse, WinnowConfig config, List<String> stages,
                                      PrintStream progress) {
    return run(warehouse, config, stages, progress, Observer.NONE, false);
  }

  /**
   * As above; a stage found up to date (see {@link StageStamp}) is not run unless {@code recompute}. Ingest always
   * runs: it reads only the crawl files not ingested yet.
   */
  public static List<StageReport> run(Warehouse warehouse, WinnowConfig config, List<String> stages,
                                      PrintStream progress, Observer observer, boolean recompute) {
    RunLog log = new RunLog(warehouse, config, stages);
    log.started();
    progress.println("run " + warehouse.runId());
    warehouse.spark().sparkContext().uiWebUrl().foreach(url -> {
      progress.println("Spark UI: " + url);
      return null;
    });
    List<StageReport> reports = new ArrayList<>();
    try {
      for (String name : stages) {
        long checked = System.nanoTime();
        String digest = StageStamp.digest(name, settings(name, config));
        Optional<RunLog.LastRun> last = recompute || name.equals("ingest") ? Optional.empty()
            : RunLog.last(warehouse, name)
                .filter(l -> l.stamp().digest().equals(digest) && l.stamp().current(warehouse));
        StageReport report;
        observer.started(name);
        if (last.isPresent()) {
          report = StageReport.upToDate(name, last.get(), (System.nanoTime() - checked) / 1e9);
        } else {
          progress.println("[" + name + "] running …");
          warehouse.startTracking();
          // Every Spark job of the stage carries its name (the UI, event logs, `bench steps`).
          warehouse.spark().sparkContext().setJobDescription(name);
          try (StageProgress p = StageProgress.start(name, warehouse.spark().sparkContext(), progress,
              PROGRESS_SECONDS)) {
            report = stage(name).run(warehouse, config);
          } finally {
            warehouse.spark().sparkContext().setJobDescription(null);
          }
          report = report.withStamp(StageStamp.of(warehouse, digest, warehouse.touched()));
        }
        observer.finished(report);
        progress.println(report.line());
        reports.add(report);
      }
    } catch (RuntimeException | Error e) {
      try {
        log.failed(e, reports);
      } catch (RuntimeException logFailure) {
        e.addSuppressed(logFailure);
      }
      throw e;
    }
    log.succeeded(reports);
    return reports;
  }

  /** The settings a stage's output depends on, beside its input tables and winnow's code. */
  private static Object settings(String stage, WinnowConfig config) {
    return switch (stage) {
      case "ingest" -> config.ingest();
      // A model file retrained in place keeps its path: its content counts.
      case "filler" -> config.filler() + " " + BlockModel.digestOf(config.filler().model());
      case "stories" -> config.stories();
      case "publish" -> "";
      default -> throw new IllegalArgumentException("no stage " + stage + "; stages: " + STAGES);
    };
  }

  /** The closing summary, read from the tables (so it is also right for per-stage runs). */
  public static String summary(Warehouse warehouse, List<StageReport> reports) {
    StringBuilder sb = new StringBuilder("\nwinnow summary\n");
    for (StageReport r : reports) {
      if (r.stage().equals("ingest")) {
        sb.append(line("input records", r.inputRecords()));
        sb.append(line("pages read", r.output("pages")));
        sb.append(line("rejected", r.output("rejects")));
      }
    }
    if (warehouse.exists("articles")) {
      Row a = warehouse.read("articles").selectExpr("avg(filler_ratio)").first();
      sb.append(line("articles", StoriesStage.articles(warehouse).count()));
      sb.append(String.format(Locale.ROOT, "  %-22s %.3f%n", "mean filler ratio", a.isNullAt(0) ? 0 : a.getDouble(0)));
    }
    if (warehouse.exists("dup_groups")) {
      sb.append(line("duplicate groups", warehouse.read("dup_groups").filter("group_size > 1")
          .select("group_id").distinct().count()));
    }
    if (warehouse.exists("stories")) {
      sb.append(line("stories", warehouse.read("stories").count()));
    }
    sb.append(String.format(Locale.ROOT, "  %-22s %s%n", "tables written", String.join(", ",
        TableSchema.names().stream().filter(warehouse::exists).toList())));
    return sb.toString();
  }

  private static String line(String name, long value) {
    return String.format(Locale.ROOT, "  %-22s %,d%n", name, value);
  }
}
