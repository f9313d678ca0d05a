package winnow.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Same-story decisions on labelled pairs: accuracy and P/R/F1 of "same story", overall and per language. */
public final class PairScores {
  private final Map<String, long[]> counts = new TreeMap<>();

  /** Adds one decision; counts are tp, fp, fn, tn. */
  public void add(String lang, boolean gold, boolean predicted) {
    int cell = gold ? (predicted ? 0 : 2) : (predicted ? 1 : 3);
    for (String key : new String[] {"all", lang == null ? "unknown" : lang}) {
      counts.computeIfAbsent(key, k -> new long[4])[cell]++;
    }
  }

  public double accuracy(String group) {
    long[] c = counts.get(group);
    return c == null ? Double.NaN : (c[0] + c[3]) / (double) (c[0] + c[1] + c[2] + c[3]);
  }

  public String table() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s %6s %9s %6s %6s %6s   %s%n", "lang",
        "pairs", "accuracy", "P", "R", "F1", "tp fp fn tn"));
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      long[] c = e.getValue();
      double p = c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
      double r = c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
      sb.append(String.format(Locale.ROOT, "%-8s %6d %9.3f %6.3f %6.3f %6.3f   %d %d %d %d%n", e.getKey(),
          c[0] + c[1] + c[2] + c[3], accuracy(e.getKey()), p, r, StoryScores.f1(p, r), c[0], c[1], c[2], c[3]));
    }
    return sb.toString();
  }
}
