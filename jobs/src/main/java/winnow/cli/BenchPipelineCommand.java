package winnow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.bench.PipelineBench;
import winnow.config.WinnowConfig;
import winnow.sample.CrawlSpec;
import winnow.sample.SampleGenerator;
import winnow.tables.Warehouse;

/** The whole job on generated crawls of growing size. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
    description = "Generate crawls of the given sizes under --work, run every stage on each into a "
        + "fresh warehouse, and print time, records/s, heap and shuffle per stage, then the growth ratios.")
final class BenchPipelineCommand extends SparkCommand {
  @Option(names = "--pages", split = ",", required = true, paramLabel = "N",
      description = "Crawl sizes in pages, e.g. 10000,100000 (other shape options scale with each: see generate-sample).")
  List<Integer> pages;

  @Option(names = "--work", defaultValue = "bench-work", paramLabel = "DIR",
      description = "Folder for the generated crawls and the runs' warehouses (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(names = "--peer-pages", defaultValue = "3000", paramLabel = "N",
      description = "HTML pages of each crawl on which the filler step is timed against Readability4J and a jsoup "
          + "parse (0: skip; default: ${DEFAULT-VALUE}).")
  int peerPages;

  @Option(names = "--seed", defaultValue = "" + SampleGenerator.DEFAULT_SEED, description = "Generator seed.")
  long seed;

  /** The runs' tables stay under --work, named in this session only (no metastore to share). */
  @Override
  WinnowConfig configure(WinnowConfig config) {
    return config.withWarehouse(work.resolve("warehouse").toAbsolutePath().toString(),
        WinnowConfig.Metastore.SESSION);
  }

  @Override
  int run(Warehouse warehouse, WinnowConfig config) throws Exception {
    Files.createDirectories(work);
    List<PipelineBench.Run> runs = new ArrayList<>();
    for (int n : pages.stream().sorted().distinct().toList()) {
      runs.add(PipelineBench.run(warehouse, config, work, CrawlSpec.scaled(n), seed, peerPages,
          System.out));
    }
    System.out.println(PipelineBench.table(runs));
    return 0;
  }
}
