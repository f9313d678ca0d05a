package winnow.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import winnow.config.WinnowConfig;
import winnow.stories.PairExplanation;
import winnow.tables.Warehouse;

/** Says whether and why two articles share a duplicate group and a story. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain why two articles share (or do not share) a duplicate group and a story: similarity, "
        + "shared shingles and terms, time gap, and the threshold that decided.")
final class ExplainCommand extends SparkCommand {
  @Parameters(index = "0", paramLabel = "PAGE_ID_A", description = "An article's page_id.")
  String a;

  @Parameters(index = "1", paramLabel = "PAGE_ID_B", description = "Another article's page_id.")
  String b;

  @Override
  int run(Warehouse warehouse, WinnowConfig config) {
    System.out.print(PairExplanation.explain(warehouse, config, a, b));
    return 0;
  }
}
