package winnow.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.docs.TableDocs;

/** Writes the tables' reference page from the schema files; no Spark needed. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = "Write docs/tables.md (tables, columns, warehouse layout, example queries) from the schema files.")
final class DocsCommand implements Callable<Integer> {
  @Option(names = "--out", defaultValue = "docs/tables.md", description = "Output file (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, TableDocs.render(), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
    return 0;
  }
}
