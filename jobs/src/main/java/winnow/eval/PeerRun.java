package winnow.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Row;
import winnow.filler.Block;
import winnow.filler.BlockClassifier;
import winnow.filler.BlockFeatures;
import winnow.filler.SegmentPage;
import winnow.ingest.CharsetSniffer;

/**
 * Runs the peer extractors on the benchmark pages in this JVM, the way the bench README measured them: pages
 * decoded in memory, a warm-up pass over all of them for the JIT (winnow gets the same), then per-page times on one
 * thread (latency) and timed passes on all cores (throughput), taken in turns with winnow's Spark batch on the same
 * cores ({@link Passes#inTurns}).
 */
public final class PeerRun {
  /**
   * Each peer's scores over all pages and over the held-out ones (the pages a trained model never saw), its per-page
   * times, and its timed passes on all cores (the latency's pages/s is theirs, at the median pass); and winnow's
   * passes, taken in the same rounds.
   */
  public record Result(Map<Peers, ScoreBoard> boards, Map<Peers, ScoreBoard> heldOut, Map<Peers, Latency> latency,
                       Map<Peers, Passes> passes, Passes winnow) {}

  private PeerRun() {}

  /**
   * Scores and times every peer, after its warm-up, then takes the timed passes of winnow's batch (already warm) and
   * of each peer in turns.
   */
  public static Result run(List<FillerBench.Page> pages, int cores, Predicate<FillerBench.Page> heldOut, int passes,
                           Passes.Pass winnow) throws Exception {
    List<String> html = decode(pages);
    List<String> urls = pages.stream().map(FillerBench.Page::url).toList();
    Map<Peers, ScoreBoard> boards = new EnumMap<>(Peers.class);
    Map<Peers, ScoreBoard> heldOutBoards = new EnumMap<>(Peers.class);
    Map<Peers, long[]> nanosOf = new EnumMap<>(Peers.class);
    List<Passes.Pass> turns = new ArrayList<>(List.of(winnow));
    for (Peers peer : Peers.ALL) {
      parallelWallSeconds(peer, html, urls, cores);
      long[] nanos = new long[pages.size()];
      ScoreBoard board = new ScoreBoard();
      ScoreBoard heldOutBoard = new ScoreBoard();
      for (int i = 0; i < pages.size(); i++) {
        FillerBench.Page p = pages.get(i);
        long t = System.nanoTime();
        String main = peer.run(html.get(i), p.url());
        nanos[i] = System.nanoTime() - t;
        board.add(p.pageType(), main, p.mainText(), p.with(), p.without());
        if (heldOut.test(p)) {
          heldOutBoard.add(p.pageType(), main, p.mainText(), p.with(), p.without());
        }
      }
      boards.put(peer, board);
      heldOutBoards.put(peer, heldOutBoard);
      nanosOf.put(peer, nanos);
      turns.add(pass(peer, html, urls, cores));
    }
    List<Passes> timed = Passes.inTurns(pages.size(), passes, turns);
    Map<Peers, Latency> latency = new EnumMap<>(Peers.class);
    Map<Peers, Passes> peerPasses = new EnumMap<>(Peers.class);
    for (int k = 0; k < Peers.ALL.size(); k++) {
      Peers peer = Peers.ALL.get(k);
      Passes wall = timed.get(k + 1);
      peerPasses.put(peer, wall);
      latency.put(peer, Latency.of(nanosOf.get(peer), wall.medianSeconds(), pages.size(), cores));
    }
    return new Result(boards, heldOutBoards, latency, peerPasses, timed.get(0));
  }

  /**
   * Per-page time of winnow's extraction on one thread: segmentation, token features and classification of a page
   * already decoded (as the peers get it). Corpus signals are a shuffle over the whole crawl with no per-page time:
   * pages here are classified as if alone, and that batch cost shows in the batch's pages/s.
   */
  public static Latency extractionLatency(List<Row> pageRows, BlockClassifier classifier, int maxDepth) {
    long[] nanos = new long[pageRows.size()];
    for (int round = 0; round < 2; round++) { // the first round warms the JIT up
      for (int i = 0; i < pageRows.size(); i++) {
        Row page = pageRows.get(i);
        long t = System.nanoTime();
        List<Block> blocks = SegmentPage.segment(page.getAs("content_type"), page.getAs("body"), maxDepth).blocks();
        List<BlockFeatures> features = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
          features.add(BlockFeatures.of(b, 1));
        }
        classifier.classify(page.getAs("title"), features);
        nanos[i] = System.nanoTime() - t;
      }
    }
    long sum = 0;
    for (long n : nanos) {
      sum += n;
    }
    return Latency.of(nanos, sum / 1e9, pageRows.size(), 1);
  }

  private static List<String> decode(List<FillerBench.Page> pages) {
    List<String> out = new ArrayList<>(pages.size());
    for (FillerBench.Page p : pages) {
      out.add(CharsetSniffer.decode(p.bytes(), null, true).text());
    }
    return out;
  }

  /**
   * One timed pass of a peer over decoded pages on {@code cores} threads; warms the peer up with an untimed pass
   * first (as in {@link #run}).
   */
  public static Passes.Pass warmPass(Peers peer, List<String> html, List<String> urls, int cores) throws Exception {
    parallelWallSeconds(peer, html, urls, cores);
    return pass(peer, html, urls, cores);
  }

  private static Passes.Pass pass(Peers peer, List<String> html, List<String> urls, int cores) {
    return () -> parallelWallSeconds(peer, html, urls, cores);
  }

  private static double parallelWallSeconds(Peers peer, List<String> html, List<String> urls, int cores)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    try {
      long t = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < cores; c++) {
        int first = c;
        done.add(pool.submit(() -> {
          for (int i = first; i < html.size(); i += cores) {
            peer.run(html.get(i), urls.get(i));
          }
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      return (System.nanoTime() - t) / 1e9;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Word F1 of winnow and each scored peer on the held-out pages only. */
  public static String heldOutTable(ScoreBoard winnow, Result peers) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-34s %8s %8s %8s%n", "extractor", "F1 all",
        "F1 art.", "shingle"));
    sb.append(String.format(Locale.ROOT, "%-34s %8.3f %8.3f %8.3f%n", "winnow", winnow.wordF1("all"),
        winnow.wordF1("article"), winnow.shingleF1("all")));
    for (Peers p : Peers.ALL) {
      if (p.scored()) {
        ScoreBoard b = peers.heldOut().get(p);
        sb.append(String.format(Locale.ROOT, "%-34s %8.3f %8.3f %8.3f%n", p.label(), b.wordF1("all"),
            b.wordF1("article"), b.shingleF1("all")));
      }
    }
    return sb.toString();
  }

  /** The side-by-side table, with the ratios the targets are stated in. */
  public static String table(ScoreBoard winnow, Latency winnowLocal, int cores, Result peers) {
    Passes winnowPasses = peers.winnow();
    double winnowPagesPerSecond = winnowPasses.pagesPerSecond();
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "%-34s %8s %8s %8s %8s %7s %7s %8s%n", "extractor", "F1 all", "F1 art.", "shingle", "snippet",
        "p50 ms", "p95 ms", "pages/s"));
    sb.append(String.format(Locale.ROOT, "%-34s %8.3f %8.3f %8.3f %8.3f %7.2f %7.2f %8.1f%n",
        "winnow (Spark batch)", winnow.wordF1("all"), winnow.wordF1("article"), winnow.shingleF1("all"),
        winnow.snippetF1("all"), winnowLocal.p50Millis(), winnowLocal.p95Millis(), winnowPagesPerSecond));
    for (Peers p : Peers.ALL) {
      ScoreBoard b = peers.boards().get(p);
      Latency l = peers.latency().get(p);
      sb.append(p.scored()
          ? String.format(Locale.ROOT, "%-34s %8.3f %8.3f %8.3f %8.3f %s%n", p.label(), b.wordF1("all"),
              b.wordF1("article"), b.shingleF1("all"), b.snippetF1("all"), l.cells())
          : String.format(Locale.ROOT, "%-34s %8s %8s %8s %8s %s%n", p.label(), "—", "—", "—", "—", l.cells()));
    }
    double readability = peers.latency().get(Peers.READABILITY4J).pagesPerSecond();
    double parse = peers.latency().get(Peers.JSOUP_PARSE).pagesPerSecond();
    sb.append(String.format(Locale.ROOT, "pages/s on %d cores for every row. winnow p50/p95: segmentation, features and "
        + "classification per decoded page on one thread (the corpus signals are a batch shuffle with no per-page "
        + "time); peers' p50/p95: whole extraction per decoded page on one thread after a warm-up.%n", cores));
    sb.append(String.format(Locale.ROOT, "pages/s of each timed pass on %d cores, in the order run, one pass of each "
        + "extractor a round (the table gives the median):%n", cores));
    sb.append(String.format(Locale.ROOT, "  %-34s %s%n", "winnow (Spark batch)", winnowPasses.each()));
    for (Peers p : Peers.ALL) {
      sb.append(String.format(Locale.ROOT, "  %-34s %s%n", p.label(), peers.passes().get(p).each()));
    }
    sb.append(String.format(Locale.ROOT, "throughput winnow / Readability4J: %.2fx (target >= 3x); "
        + "time winnow / jsoup parse-only: %.2fx batch, %.2fx per page p50 (target <= 2x)%n",
        winnowPagesPerSecond / readability, parse / winnowPagesPerSecond,
        winnowLocal.p50Millis() / peers.latency().get(Peers.JSOUP_PARSE).p50Millis()));
    return sb.toString();
  }
}
