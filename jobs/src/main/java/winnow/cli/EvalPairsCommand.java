package winnow.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.config.WinnowConfig;
import winnow.eval.PairScores;
import winnow.eval.StoryBench;
import winnow.eval.StoryRun;
import winnow.tables.Warehouse;

/**
 * Scores same-story decisions on labelled pairs: all the pairs' documents are clustered together by the job's
 * story code, and a pair is called the same story when both land in one story.
 */
@Command(name = "pairs", mixinStandardHelpOptions = true,
    description = "Score same-story decisions on labelled pairs (*.pairs.jsonl): accuracy, P/R/F1, per language.")
final class EvalPairsCommand extends SparkCommand {
  @Option(names = "--data", required = true, paramLabel = "PAIRS.jsonl", description = "Labelled pairs.")
  Path data;

  @Override
  int run(Warehouse warehouse, WinnowConfig config) throws Exception {
    List<StoryBench.Pair> pairs = StoryBench.pairs(data);
    List<StoryBench.Doc> docs = StoryBench.distinctDocs(pairs);
    StoryRun.Result result = StoryRun.run(warehouse, config, docs);
    PairScores scores = new PairScores();
    for (StoryBench.Pair p : pairs) {
      String a = result.story().get(p.a().pageId());
      boolean same = a != null && Objects.equals(a, result.story().get(p.b().pageId()));
      scores.add(p.lang(), p.sameStory(), same);
    }
    System.out.printf("%s: %d pairs over %d documents%n", data.getFileName(), pairs.size(), docs.size());
    System.out.print(scores.table());
    System.out.println();
    System.out.print(result.timings(docs.size()));
    return 0;
  }
}
