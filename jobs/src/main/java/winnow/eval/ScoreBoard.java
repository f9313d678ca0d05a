package winnow.eval;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Accumulates per-page scores into the averages of the bench README, overall and per page type. */
public final class ScoreBoard {
  private final Map<String, Group> groups = new TreeMap<>();

  private static final class Group {
    int pages;
    double p;
    double r;
    double f1;
    int shinglePPages;
    int shingleRPages;
    double shingleP;
    double shingleR;
    long snippetTp;
    long snippetFp;
    long snippetFn;
  }

  /** Adds one page; reference may be null (then only snippets count). */
  public void add(String pageType, String predicted, String reference, Iterable<String> with,
                  Iterable<String> without) {
    for (String key : new String[] {"all", pageType == null ? "unknown" : pageType}) {
      Group g = groups.computeIfAbsent(key, k -> new Group());
      if (reference != null) {
        TextScores.Prf w = TextScores.wordF1(predicted, reference);
        g.pages++;
        g.p += w.precision();
        g.r += w.recall();
        g.f1 += w.f1();
        TextScores.Counts c = TextScores.shingles(predicted, reference);
        if (c.fp() == 0 && c.fn() == 0) {
          g.shinglePPages++;
          g.shingleRPages++;
          g.shingleP += 1;
          g.shingleR += 1;
        } else {
          if (c.tp() + c.fp() > 0) {
            g.shinglePPages++;
            g.shingleP += c.tp() / (double) (c.tp() + c.fp());
          }
          if (c.tp() + c.fn() > 0) {
            g.shingleRPages++;
            g.shingleR += c.tp() / (double) (c.tp() + c.fn());
          }
        }
      }
      for (String s : with) {
        if (TextScores.contains(predicted, s)) {
          g.snippetTp++;
        } else {
          g.snippetFn++;
        }
      }
      for (String s : without) {
        if (TextScores.contains(predicted, s)) {
          g.snippetFp++;
        }
      }
    }
  }

  public double wordF1(String group) {
    Group g = groups.get(group);
    return g == null || g.pages == 0 ? Double.NaN : g.f1 / g.pages;
  }

  public double shingleF1(String group) {
    Group g = groups.get(group);
    if (g == null) {
      return Double.NaN;
    }
    double p = g.shinglePPages == 0 ? 0 : g.shingleP / g.shinglePPages;
    double r = g.shingleRPages == 0 ? 0 : g.shingleR / g.shingleRPages;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double snippetF1(String group) {
    Group g = groups.get(group);
    long d = g == null ? 0 : 2 * g.snippetTp + g.snippetFp + g.snippetFn;
    return d == 0 ? Double.NaN : 2.0 * g.snippetTp / d;
  }

  public String table() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-16s %6s %8s %8s %8s %10s %8s %8s %8s%n",
        "page type", "pages", "word P", "word R", "word F1", "shingle F1", "snip P", "snip R", "snip F1"));
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      double sp = g.snippetTp + g.snippetFp == 0 ? Double.NaN : g.snippetTp / (double) (g.snippetTp + g.snippetFp);
      double sr = g.snippetTp + g.snippetFn == 0 ? Double.NaN : g.snippetTp / (double) (g.snippetTp + g.snippetFn);
      sb.append(String.format(Locale.ROOT, "%-16s %6d %8.3f %8.3f %8.3f %10.3f %8.3f %8.3f %8.3f%n", e.getKey(),
          g.pages, g.p / Math.max(1, g.pages), g.r / Math.max(1, g.pages), wordF1(e.getKey()),
          shingleF1(e.getKey()), sp, sr, snippetF1(e.getKey())));
    }
    return sb.toString();
  }
}
