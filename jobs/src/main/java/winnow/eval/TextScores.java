package winnow.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Main-text metrics of ../shared/bench/README.md: word F1 (bag of lower-cased \w+ tokens), 4-gram shingle counts
 * (case kept) and snippet hits. Per-page values here; averaging is the caller's.
 */
public final class TextScores {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private TextScores() {}

  /** Precision, recall and F1 of one page. */
  public record Prf(double precision, double recall, double f1) {}

  /** Shingle counts of one page: true positives, false positives, false negatives. */
  public record Counts(long tp, long fp, long fn) {}

  static List<String> words(String text, boolean lowerCase) {
    List<String> out = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(lowerCase ? m.group().toLowerCase(Locale.ROOT) : m.group());
    }
    return out;
  }

  public static Prf wordF1(String predicted, String reference) {
    Map<String, Integer> pred = bag(words(predicted, true));
    Map<String, Integer> ref = bag(words(reference, true));
    long np = pred.values().stream().mapToLong(Integer::longValue).sum();
    long nr = ref.values().stream().mapToLong(Integer::longValue).sum();
    if (nr == 0) {
      double v = np == 0 ? 1 : 0;
      return new Prf(v, v, v);
    }
    long overlap = 0;
    for (Map.Entry<String, Integer> e : pred.entrySet()) {
      overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
    }
    double p = np == 0 ? 0 : overlap / (double) np;
    double r = overlap / (double) nr;
    return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  public static Counts shingles(String predicted, String reference) {
    Map<String, Integer> pred = bag(grams(words(predicted, false)));
    Map<String, Integer> ref = bag(grams(words(reference, false)));
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Integer> e : pred.entrySet()) {
      int r = ref.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), r);
      fp += Math.max(0, e.getValue() - r);
    }
    for (Map.Entry<String, Integer> e : ref.entrySet()) {
      fn += Math.max(0, e.getValue() - pred.getOrDefault(e.getKey(), 0));
    }
    return new Counts(tp, fp, fn);
  }

  /** Word 4-grams; a text under 4 words is one shorter shingle. */
  static List<String> grams(List<String> w) {
    if (w.isEmpty()) {
      return List.of();
    }
    if (w.size() < 4) {
      return List.of(String.join(" ", w));
    }
    List<String> out = new java.util.ArrayList<>(w.size() - 3);
    for (int i = 0; i + 4 <= w.size(); i++) {
      out.add(String.join(" ", w.subList(i, i + 4)));
    }
    return out;
  }

  /** Whether a snippet occurs in the text, both whitespace-normalised. */
  public static boolean contains(String text, String snippet) {
    return normalise(text).contains(normalise(snippet));
  }

  static String normalise(String s) {
    return SPACE.matcher(s == null ? "" : s).replaceAll(" ").trim();
  }

  private static Map<String, Integer> bag(List<String> items) {
    Map<String, Integer> m = new HashMap<>();
    for (String s : items) {
      m.merge(s, 1, Integer::sum);
    }
    return m;
  }
}
