package winnow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import winnow.config.ConfigError;
import winnow.tables.CatalogUnavailable;

/** bin/winnow: the command line. */
@Command(name = "winnow", mixinStandardHelpOptions = true, version = "winnow 0.1.0",
    description = "Measure filler and cluster stories in crawled news, on Spark and Delta Lake.",
    subcommands = {StageCommands.Run.class, StageCommands.Ingest.class, StageCommands.Filler.class,
        StageCommands.Stories.class, StageCommands.Publish.class, SqlCommand.class, ExplainCommand.class,
        NotebookCommand.class, ServeCommand.class, ReportCommand.class, DocsCommand.class, GenerateSampleCommand.class,
        EvalCommand.class, TrainCommand.class, BenchCommand.class})
public final class WinnowCli implements Runnable {

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** Runs a command line and returns its exit code: 0 ok, 1 failure, 2 usage or configuration error. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new WinnowCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof ConfigError) {
        cmd.getErr().println("winnow: " + e.getMessage());
        return 2;
      }
      if (e instanceof CatalogUnavailable) {
        cmd.getErr().println("winnow " + cmd.getCommandName() + ": " + e.getMessage());
        return 1;
      }
      cmd.getErr().println("winnow " + cmd.getCommandName() + " failed: " + e);
      e.printStackTrace(cmd.getErr());
      return 1;
    });
    return cli.execute(args);
  }

  public static void main(String[] args) {
    int code = execute(args);
    System.exit(code);
  }
}
