package winnow.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Throughput of one extractor over repeated timed passes of the same pages. A single pass after one warm-up still
 * pays for the JIT compiling the code it runs (Spark's generated classes among it), which a crawl-sized run does
 * not: every extractor is timed the same number of passes and compared on the median.
 */
public record Passes(int pages, List<Double> seconds) {
  /** One timed pass over all the pages, returning its wall seconds. */
  @FunctionalInterface
  public interface Pass {
    double seconds() throws Exception;
  }

  public Passes {
    if (seconds.isEmpty()) {
      throw new IllegalArgumentException("at least one timed pass");
    }
    seconds = List.copyOf(seconds);
  }

  public static Passes time(int pages, int passes, Pass pass) throws Exception {
    return inTurns(pages, passes, List.of(pass)).get(0);
  }

  /**
   * Timed passes of several extractors over the same pages taken in turns, one pass of each a round. A shared machine
   * drifts by a fifth over the minutes of a run (a jsoup parse measured 941 and 725 pages/s in two runs of one day);
   * in turns, each stretch of it falls on every extractor alike, so their ratios hold even where the rates move.
   */
  public static List<Passes> inTurns(int pages, int rounds, List<Pass> extractors) throws Exception {
    if (rounds < 1) {
      throw new IllegalArgumentException("the number of timed passes must be at least 1, not " + rounds);
    }
    List<List<Double>> seconds = new ArrayList<>();
    extractors.forEach(e -> seconds.add(new ArrayList<>()));
    for (int r = 0; r < rounds; r++) {
      for (int e = 0; e < extractors.size(); e++) {
        seconds.get(e).add(extractors.get(e).seconds());
      }
    }
    return seconds.stream().map(s -> new Passes(pages, s)).toList();
  }

  /** The median pass's wall seconds (of an even count, the slower middle one). */
  public double medianSeconds() {
    List<Double> sorted = seconds.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

  public double pagesPerSecond() {
    return pages / medianSeconds();
  }

  /** Each pass's pages/s in the order run, e.g. "98.2, 131.0, 133.5". */
  public String each() {
    return seconds.stream().map(s -> String.format(Locale.ROOT, "%.1f", pages / s))
        .collect(Collectors.joining(", "));
  }
}
