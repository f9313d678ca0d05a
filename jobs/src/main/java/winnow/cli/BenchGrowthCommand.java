package winnow.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.bench.GrowthBench;
import winnow.config.WinnowConfig;
import winnow.eval.StoryBench;
import winnow.tables.Warehouse;

/** The story stage timed on nested subsets of one corpus. */
@Command(name = "growth", mixinStandardHelpOptions = true,
    description = "Time each story step on nested subsets of the documents (*.docs.jsonl) and print the ratio "
        + "between the largest and the smallest.")
final class BenchGrowthCommand extends SparkCommand {
  @Option(names = "--data", required = true, paramLabel = "DOCS.jsonl", description = "Documents (neutral format).")
  Path data;

  @Option(names = "--sizes", split = ",", required = true, paramLabel = "N",
      description = "Subset sizes in documents, e.g. 1600,16000.")
  List<Integer> sizes;

  @Option(names = "--no-warm-up",
      description = "Skip the untimed first run on the smallest size (JIT and model loading then count in its time).")
  boolean noWarmUp;

  @Override
  int run(Warehouse warehouse, WinnowConfig config) throws Exception {
    List<StoryBench.Doc> docs = StoryBench.docs(data);
    System.out.printf("%s: %d documents%n", data.getFileName(), docs.size());
    System.out.print(GrowthBench.table(GrowthBench.run(warehouse, config, docs, sizes, !noWarmUp)));
    return 0;
  }
}
