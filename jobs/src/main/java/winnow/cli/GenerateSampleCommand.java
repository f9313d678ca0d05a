package winnow.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.sample.SampleGenerator;

/** Regenerates data-sample/ (crawl files and ground truth) from the committed, seeded generator. */
@Command(name = "generate-sample", mixinStandardHelpOptions = true,
    description = "Write the sample crawl and its ground truth (deterministic for a given seed).")
final class GenerateSampleCommand implements Callable<Integer> {
  @Option(names = "--out", defaultValue = "data-sample", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", defaultValue = "20221123", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    System.out.println(SampleGenerator.generate(out, seed));
    return 0;
  }
}
