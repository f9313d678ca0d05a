package winnow.pipeline;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import scala.collection.JavaConverters;
import winnow.ingest.ReadCrawlFile;

/**
 * Progress of a long stage, printed every interval while it runs: Spark tasks done of those started so far, records
 * read, rate, elapsed time and an estimate of what is left (from the task rate, so it firms up as the stage goes).
 * Counts come from a SparkListener on the driver: nothing is collected from the data.
 */
final class StageProgress extends SparkListener implements AutoCloseable {
  private final String stage;
  private final SparkContext spark;
  private final PrintStream out;
  private final long started = System.nanoTime();
  private final AtomicLong tasksTotal = new AtomicLong();
  private final AtomicLong tasksDone = new AtomicLong();
  private final AtomicLong records = new AtomicLong();
  private final ScheduledExecutorService timer;

  private StageProgress(String stage, SparkContext spark, PrintStream out, long intervalSeconds) {
    this.stage = stage;
    this.spark = spark;
    this.out = out;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "winnow-progress");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::print, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  /** Starts reporting on a stage; close it when the stage ends. */
  static StageProgress start(String stage, SparkContext spark, PrintStream out, long intervalSeconds) {
    StageProgress p = new StageProgress(stage, spark, out, intervalSeconds);
    spark.addSparkListener(p);
    return p;
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
    tasksTotal.addAndGet(submitted.stageInfo().numTasks());
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    tasksDone.incrementAndGet();
    TaskMetrics m = end.taskMetrics();
    if (m != null) {
      records.addAndGet(m.inputMetrics().recordsRead());
    }
    // Crawl files are read by a function, not a Spark source: ingest counts its records in an accumulator.
    for (AccumulableInfo a : JavaConverters.seqAsJavaList(end.taskInfo().accumulables())) {
      if (a.name().contains(ReadCrawlFile.RECORDS_READ) && a.update().isDefined()
          && a.update().get() instanceof Long n) {
        records.addAndGet(n);
      }
    }
  }

  String line() {
    double elapsed = (System.nanoTime() - started) / 1e9;
    long done = tasksDone.get();
    long total = Math.max(done, tasksTotal.get());
    String left = done == 0 ? "?" : clock(elapsed * (total - done) / done);
    return String.format(Locale.ROOT, "  … %s: %,d/%,d tasks of the jobs started so far, %,d records read "
        + "(%.0f/s), %s elapsed, ~%s left for them", stage, done, total, records.get(),
        elapsed > 0 ? records.get() / elapsed : 0, clock(elapsed), left);
  }

  private void print() {
    out.println(line());
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    spark.removeSparkListener(this);
  }
}
