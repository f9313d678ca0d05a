package winnow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.config.WinnowConfig;
import winnow.eval.StoryBench;
import winnow.eval.StoryRun;
import winnow.eval.StoryScores;
import winnow.tables.Warehouse;

/** Runs the job's clustering on labelled documents and scores the stories. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Cluster a benchmark in the neutral format (*.docs.jsonl) with the job's story code and score it: "
        + "pairwise and BCubed P/R/F1, adjusted Rand index, time per step.")
final class EvalStoriesCommand extends SparkCommand {
  @Option(names = "--data", required = true, paramLabel = "DOCS.jsonl", description = "Labelled documents.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "PRED.jsonl",
      description = "Predictions, one JSON line per document: id, story_id, dup_group.")
  Path out;

  @Option(names = "--trace-merges", description = "Also score each merge round against the labels: its moves, the "
      + "wrong ones (two clusters with no labelled story in common) and their size. The story step's time then "
      + "includes this scoring.")
  boolean traceMerges;

  @Option(names = "--documents", defaultValue = "feed", paramLabel = "feed|pages",
      description = "What the documents stand for: a feed's items (default; each one news whatever its length, as "
          + "the job takes a JSONL or Parquet feed) or pages of a crawl (an article needs 200 characters of main "
          + "text; a document with no text is a headline-only set's).")
  StoryRun.Documents documents;

  @Override
  int run(Warehouse warehouse, WinnowConfig config) throws Exception {
    List<StoryBench.Doc> docs = StoryBench.docs(data);
    StoryRun.Result result = StoryRun.run(warehouse, config, docs, documents, traceMerges);
    ObjectMapper json = new ObjectMapper();
    List<StoryScores.Assignment> assignments = new ArrayList<>();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (StoryBench.Doc d : docs) {
        String story = result.story().get(d.pageId());
        w.write(json.writeValueAsString(json.createObjectNode().put("id", d.id()).put("story_id", story)
            .put("dup_group", result.dupGroup().get(d.pageId()))));
        w.newLine();
        assignments.add(new StoryScores.Assignment(d.id(), d.story(), story));
      }
    }
    System.out.printf("%s: %d documents, %d with a story label, %d stories predicted, %d not clustered "
            + "(see --documents)%n", data.getFileName(), docs.size(),
        assignments.stream().filter(a -> a.gold() != null).count(), result.story().values().stream().distinct().count(),
        assignments.stream().filter(a -> a.predicted() == null).count());
    System.out.print(StoryScores.of(assignments).table());
    System.out.println();
    System.out.print(result.timings(docs.size()));
    if (traceMerges) {
      System.out.println();
      System.out.println("merge rounds against the labels (sizes in articles, both clusters together):");
      System.out.print(result.mergeTrace());
    }
    return 0;
  }
}
