package winnow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  @Option(names = "--out", paramLabel = "PRED.jsonl", description = "Also write each pair's decision, one JSON line "
      + "per pair: lang, same_story (the label), predicted, and each side's id (its url), story_id, duplicate group "
      + "and title.")
  Path out;

  @Option(names = "--documents", defaultValue = "pages", paramLabel = "pages|feed",
      description = "What the pairs' sides stand for: pages of a crawl (default; labelled pairs are of article "
          + "pages, and the job needs 200 characters of main text for an article) or a feed's items (each one news "
          + "whatever its length).")
  StoryRun.Documents documents;

  @Override
  int run(Warehouse warehouse, WinnowConfig config) throws Exception {
    List<StoryBench.Pair> pairs = StoryBench.pairs(data);
    List<StoryBench.Doc> docs = StoryBench.distinctDocs(pairs);
    StoryRun.Result result = StoryRun.run(warehouse, config, docs, documents, false);
    PairScores scores = new PairScores();
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (StoryBench.Pair p : pairs) {
        String a = result.story().get(p.a().pageId());
        String b = result.story().get(p.b().pageId());
        boolean same = a != null && Objects.equals(a, b);
        scores.add(p.lang(), p.sameStory(), same);
        if (w != null) {
          w.write(json.writeValueAsString(json.createObjectNode().put("lang", p.lang())
              .put("same_story", p.sameStory()).put("predicted", same)
              .put("a", p.a().id()).put("a_story", a).put("a_group", result.dupGroup().get(p.a().pageId()))
              .put("a_title", p.a().title())
              .put("b", p.b().id()).put("b_story", b).put("b_group", result.dupGroup().get(p.b().pageId()))
              .put("b_title", p.b().title())));
          w.write('\n');
        }
      }
    }
    System.out.printf("%s: %d pairs over %d documents%n", data.getFileName(), pairs.size(), docs.size());
    System.out.print(scores.table());
    System.out.println();
    System.out.print(result.timings(docs.size()));
    return 0;
  }
}
