package winnow.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.bench.JobSteps;

/** Wall time per step of a run, read from its Spark event log; no Spark needed. */
@Command(name = "steps", mixinStandardHelpOptions = true,
    description = "Print where a run's time went, by step: the wall time of each Spark job description in an event "
        + "log (run with -Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file:///DIR in WINNOW_JAVA_OPTS).")
final class BenchStepsCommand implements Callable<Integer> {
  @Option(names = "--event-log", required = true, paramLabel = "PATH",
      description = "An event log file, or its folder (the newest log in it is read).")
  Path eventLog;

  @Option(names = "--top", defaultValue = "40", description = "Steps to list, longest first (default: ${DEFAULT-VALUE}).")
  int top;

  @Override
  public Integer call() {
    System.out.print(JobSteps.table(JobSteps.read(eventLog), top));
    return 0;
  }
}
