package winnow.spark;

import org.apache.spark.SparkContext;

/**
 * Names the Spark jobs of a block of work by step (the UI, event logs, {@code bin/winnow bench steps}), and puts the
 * caller's name back when the block ends, so an eval or {@code explain} that calls a stage's code is not left
 * mislabelled.
 *
 * <pre>{@code try (JobNames names = JobNames.open(spark.sparkContext())) { names.step("stories: seeds"); ... }}</pre>
 */
public final class JobNames implements AutoCloseable {
  private static final String DESCRIPTION = "spark.job.description";

  private final SparkContext sc;
  private final String outer;

  private JobNames(SparkContext sc) {
    this.sc = sc;
    this.outer = sc.getLocalProperty(DESCRIPTION);
  }

  /** Remembers the current thread's job name, to restore on {@link #close()}. */
  public static JobNames open(SparkContext sc) {
    return new JobNames(sc);
  }

  /** Names the jobs the current thread starts from now on. */
  public void step(String name) {
    sc.setJobDescription(name);
  }

  @Override
  public void close() {
    sc.setJobDescription(outer);
  }
}
