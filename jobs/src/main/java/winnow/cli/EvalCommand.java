package winnow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Evaluation commands over labelled benchmark data (paths are arguments: nothing is bundled). */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measure winnow on labelled data.",
    subcommands = {EvalFillerCommand.class, EvalStoriesCommand.class, EvalPairsCommand.class})
final class EvalCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
