package winnow.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.bench.FillerPeers;
import winnow.config.WinnowConfig;
import winnow.eval.FillerBench;
import winnow.eval.Latency;
import winnow.eval.Passes;
import winnow.eval.PeerRun;
import winnow.eval.StageProfile;
import winnow.eval.ScoreBoard;
import winnow.filler.BlockClassifier;
import winnow.filler.BlockModel;
import winnow.ingest.PageId;
import winnow.eval.FillerRun;
import winnow.tables.Warehouse;

/** Runs the job's filler code on a labelled benchmark and scores its main text. */
@Command(name = "filler", mixinStandardHelpOptions = true,
    description = "Score winnow's main text on a benchmark in the neutral format (pages/<id>.html[.gz] + truth.jsonl).")
final class EvalFillerCommand extends SparkCommand {
  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Benchmark folder.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "PRED.jsonl", description = "Predictions, one JSON line per page.")
  Path out;

  @Option(names = "--text", description = "Score the plain-text path: pages are first rendered to visible text.")
  boolean textMode;

  @Option(names = "--profile", description = "Also time the filler stages one by one (each materialised in turn; "
      + "slower than the plain run).")
  boolean profile;

  @Option(names = "--peers", description = "Also run Readability4J, boilerpipe and jsoup on the same pages, "
      + "in this process, and print their rows beside winnow's.")
  boolean peers;

  @Option(names = "--passes", defaultValue = "3", paramLabel = "N",
      description = "Timed passes over the pages, after one untimed warm-up, for winnow and for each peer (in "
          + "turns, one pass of each a round); pages/s is the median pass's (default: ${DEFAULT-VALUE}).")
  int passes;

  @Override
  int run(Warehouse warehouse, WinnowConfig config) throws Exception {
    if (passes < 1) {
      throw new IllegalArgumentException("--passes must be at least 1");
    }
    List<FillerBench.Page> pages = FillerBench.read(data);
    List<Row> rows = FillerRun.pageRows(pages, textMode);
    int cores = warehouse.spark().sparkContext().defaultParallelism();
    // Pages in memory before the clock starts, as the peers get them (the job reads them from the pages table).
    Dataset<Row> pageFrame = FillerRun.pageFrame(warehouse.spark(), rows);
    // The labels to score come from an untimed pass, which is also winnow's warm-up (the peers get one too). The
    // timed pass labels the same pages into Spark's no-op sink, as `bench filler` does: collecting every block to
    // the driver is scoring, not extraction.
    Map<String, List<Row>> byPage = FillerRun.labelledBlocks(warehouse.spark(), pageFrame, config);
    Passes.Pass batch = () -> FillerPeers.batchSeconds(warehouse.spark(), pageFrame, config);
    BlockModel model = BlockModel.named(config.filler().model());
    // The model learnt from some of these pages' domains: the others are the honest measure.
    Predicate<FillerBench.Page> heldOut = model == null ? p -> true
        : p -> !model.split().training(PageId.domain(FillerBench.url(p)));
    // With the peers, winnow's timed passes are taken in turns with theirs.
    PeerRun.Result result = peers ? PeerRun.run(pages, cores, heldOut, passes, batch) : null;
    Passes timed = peers ? result.winnow() : Passes.time(pages.size(), passes, batch);
    ScoreBoard board = FillerRun.score(pages, byPage, p -> true);
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (FillerBench.Page p : pages) {
        ObjectNode o = json.createObjectNode().put("id", p.id());
        ArrayNode blockArray = o.putArray("blocks");
        long total = 0;
        long filler = 0;
        for (Row b : byPage.getOrDefault(p.id(), List.of())) {
          String text = b.getString(2);
          blockArray.addObject().put("text", text).put("label", b.getString(3)).put("category", b.getString(4))
              .put("reason", b.getString(5));
          total += text.length();
          filler += "content".equals(b.getString(3)) ? 0 : text.length();
        }
        o.put("main_text", FillerRun.mainText(byPage.getOrDefault(p.id(), List.of())))
            .put("filler_ratio", total == 0 ? 0 : filler / (double) total);
        w.write(json.writeValueAsString(o));
        w.newLine();
      }
    }
    System.out.print(board.table());
    ScoreBoard heldOutBoard = FillerRun.score(pages, byPage, heldOut);
    if (model != null) {
      System.out.println();
      System.out.println("pages of domains the block model was not trained on (" + model.about() + "):");
      System.out.print(heldOutBoard.table());
    }
    System.out.printf(Locale.ROOT, "%d pages in %.1f s (median of %d timed passes): %.1f pages/s (Spark batch on %d "
        + "cores, %s mode; each pass: %s)%n", pages.size(), timed.medianSeconds(), passes, timed.pagesPerSecond(),
        cores, textMode ? "text" : "html", timed.each());
    if (profile) {
      System.out.println();
      System.out.print(StageProfile.filler(warehouse.spark(), pageFrame, config));
    }
    if (peers) {
      Latency local = PeerRun.extractionLatency(rows, BlockClassifier.of(config.filler()),
          config.filler().maxDepth());
      System.out.println();
      System.out.print(PeerRun.table(board, local, cores, result));
      if (model != null) {
        System.out.println();
        System.out.println("the same extractors on the pages of domains the block model was not trained on:");
        System.out.print(PeerRun.heldOutTable(heldOutBoard, result));
      }
    }
    return 0;
  }

}
