package winnow.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clustering scores of the bench README over labelled documents: pairwise (pair-counting) P/R/F1, BCubed P/R/F1
 * and the adjusted Rand index. All come from the contingency table of gold label × predicted cluster, so they cost
 * one pass over the documents, never all pairs.
 */
public final class StoryScores {
  /** One labelled document: its gold story and the cluster it was put in (null: no prediction, a singleton). */
  public record Assignment(String id, String gold, String predicted) {}

  public record Scores(int documents, double pairP, double pairR, double pairF1, double bcubedP, double bcubedR,
                       double bcubedF1, double ari) {
    public String table() {
      if (documents == 0) {
        // Unlabelled input (a demo crawl): nothing to compare with, so no score, not a perfect one.
        return "documents 0 with a story label: nothing to score\n";
      }
      return String.format(Locale.ROOT,
          "documents %d%npairwise   P %.3f  R %.3f  F1 %.3f%nBCubed     P %.3f  R %.3f  F1 %.3f%nARI        %.3f%n",
          documents, pairP, pairR, pairF1, bcubedP, bcubedR, bcubedF1, ari);
    }
  }

  private StoryScores() {}

  /** Scores the documents with a gold label; the others do not count. */
  public static Scores of(List<Assignment> assignments) {
    Map<String, Long> goldSizes = new HashMap<>();
    Map<String, Long> predSizes = new HashMap<>();
    Map<String, Long> cells = new HashMap<>();
    int n = 0;
    for (Assignment a : assignments) {
      if (a.gold() == null) {
        continue;
      }
      n++;
      String pred = a.predicted() == null ? "\u0000solo:" + a.id() : a.predicted();
      goldSizes.merge(a.gold(), 1L, Long::sum);
      predSizes.merge(pred, 1L, Long::sum);
      cells.merge(a.gold() + "\u0000" + pred, 1L, Long::sum);
    }
    double samePairs = 0;
    double bcubedP = 0;
    double bcubedR = 0;
    for (Map.Entry<String, Long> cell : cells.entrySet()) {
      long count = cell.getValue();
      int cut = cell.getKey().indexOf('\u0000');
      long gold = goldSizes.get(cell.getKey().substring(0, cut));
      long pred = predSizes.get(cell.getKey().substring(cut + 1));
      samePairs += pairs(count);
      // Each of the cell's documents shares its gold and predicted clusters with exactly `count` documents.
      bcubedP += count * (count / (double) pred);
      bcubedR += count * (count / (double) gold);
    }
    double goldPairs = goldSizes.values().stream().mapToDouble(StoryScores::pairs).sum();
    double predPairs = predSizes.values().stream().mapToDouble(StoryScores::pairs).sum();
    double p = predPairs == 0 ? 1 : samePairs / predPairs;
    double r = goldPairs == 0 ? 1 : samePairs / goldPairs;
    double bp = n == 0 ? 0 : bcubedP / n;
    double br = n == 0 ? 0 : bcubedR / n;
    double all = pairs(n);
    double expected = all == 0 ? 0 : goldPairs * predPairs / all;
    double maxIndex = (goldPairs + predPairs) / 2;
    double ari = maxIndex == expected ? 1 : (samePairs - expected) / (maxIndex - expected);
    return new Scores(n, p, r, f1(p, r), bp, br, f1(bp, br), ari);
  }

  static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double pairs(long k) {
    return k * (k - 1) / 2.0;
  }
}
