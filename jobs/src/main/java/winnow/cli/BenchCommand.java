package winnow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Performance benchmarks: each runs the job's code and its peer side by side in one run and prints ratios. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure winnow's speed against peers, and how its cost grows with the corpus.",
    subcommands = {BenchDupsCommand.class, BenchFillerCommand.class, BenchGrowthCommand.class,
        BenchPipelineCommand.class, BenchStepsCommand.class})
final class BenchCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
