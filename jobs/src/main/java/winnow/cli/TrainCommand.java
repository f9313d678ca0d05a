package winnow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Training commands: each fits a model on part of a labelled set and reports on the part it did not see. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Train winnow's models on labelled data.",
    subcommands = {TrainFillerCommand.class})
final class TrainCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
