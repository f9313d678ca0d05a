package winnow.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.bench.FillerPeers;
import winnow.config.WinnowConfig;
import winnow.tables.Warehouse;

/** The filler step against Readability4J and a jsoup parse on a warehouse's HTML pages. */
@Command(name = "filler", mixinStandardHelpOptions = true,
    description = "Time winnow's filler labelling, Readability4J and a jsoup parse-only pass on the same HTML pages "
        + "of the warehouse's pages table (--warehouse), on the same cores, and print the ratios.")
final class BenchFillerCommand extends SparkCommand {
  @Option(names = "--pages", defaultValue = "3000", paramLabel = "N",
      description = "How many HTML pages to take, chosen by a hash of page_id (default: ${DEFAULT-VALUE}).")
  int pages;

  @Override
  int run(Warehouse warehouse, WinnowConfig config) throws Exception {
    if (pages < 1) {
      throw new IllegalArgumentException("--pages must be at least 1");
    }
    System.out.print(FillerPeers.run(warehouse, config, pages).line());
    return 0;
  }
}
