package winnow.spark;

import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;

/**
 * Turns adaptive query execution off for the queries planned inside a block, and puts the session's setting back
 * when the block ends. For a handful of small aggregations collected to the driver: adaptive execution runs each of
 * their shuffle stages as a job of its own and re-plans between them, which on a small batch costs more than the
 * counting (the filler's corpus signals: 0.9 s against 1.3 s per batch of WCXB's 1,497 pages).
 *
 * <pre>{@code try (WithoutAdaptive off = WithoutAdaptive.open(spark)) { ... collectAsList() ... }}</pre>
 */
public final class WithoutAdaptive implements AutoCloseable {
  static final String KEY = "spark.sql.adaptive.enabled";

  private final RuntimeConfig conf;
  private final String outer;

  private WithoutAdaptive(RuntimeConfig conf) {
    this.conf = conf;
    this.outer = conf.get(KEY, "true");
    conf.set(KEY, "false");
  }

  public static WithoutAdaptive open(SparkSession spark) {
    return new WithoutAdaptive(spark.conf());
  }

  @Override
  public void close() {
    conf.set(KEY, outer);
  }
}
