package winnow.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import winnow.config.WinnowConfig;
import winnow.notebook.NotebookRunner;
import winnow.tables.Warehouse;

/** bin/winnow notebook run: executes notebooks' SQL cells and stores the results in them. */
@Command(name = "notebook", mixinStandardHelpOptions = true, description = "Run notebooks against the tables.",
    subcommands = {NotebookCommand.Run.class})
final class NotebookCommand implements Runnable {
  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Run every %%sql cell of each notebook and write the results into the cells' outputs.")
  static final class Run extends SparkCommand {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Notebooks (.ipynb).")
    List<Path> notebooks;

    @Option(names = "--out-dir", paramLabel = "DIR",
        description = "Write the executed notebooks here instead of over the inputs.")
    Path outDir;

    @Option(names = "--max-rows", defaultValue = "50", description = "Rows kept per cell (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Override
    boolean queriesCatalog() {
      return true;
    }

    @Override
    int run(Warehouse warehouse, WinnowConfig config) throws Exception {
      NotebookRunner runner = new NotebookRunner(warehouse.spark(), maxRows);
      boolean ok = true;
      for (Path nb : notebooks) {
        Path out = outDir == null ? nb : outDir.resolve(nb.getFileName());
        NotebookRunner.Result r = runner.run(nb, out);
        System.out.println(r.summary());
        ok &= r.ok();
      }
      return ok ? 0 : 1;
    }
  }
}
