package winnow.sample;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Tiny template language used by the sample generator.
 *
 * <ul>
 *   <li>{@code [a|b|c]} picks one alternative (no nesting; an empty alternative is allowed);</li>
 *   <li>{@code {key}} substitutes a fact;</li>
 *   <li>{@code {key#one,few,many}} substitutes a number followed by the Slavic plural form.</li>
 * </ul>
 */
final class Tpl {
  private Tpl() {}

  static String fill(String template, Map<String, String> facts, Random rnd) {
    String s = alternatives(template, rnd);
    StringBuilder out = new StringBuilder(s.length() + 32);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '{') {
        int end = s.indexOf('}', i);
        if (end < 0) throw new IllegalStateException("unclosed { in " + template);
        out.append(resolve(s.substring(i + 1, end), facts, template));
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return cap(norm(out.toString().replace(" ,", ",").replace(" .", ".")));
  }

  private static String alternatives(String s, Random rnd) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '[') {
        int end = s.indexOf(']', i);
        if (end < 0) throw new IllegalStateException("unclosed [ in " + s);
        String[] alts = s.substring(i + 1, end).split("\\|", -1);
        out.append(alts[rnd.nextInt(alts.length)]);
        i = end + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String resolve(String key, Map<String, String> facts, String template) {
    int hash = key.indexOf('#');
    String name = hash < 0 ? key : key.substring(0, hash);
    String v = facts.get(name);
    if (v == null) throw new IllegalStateException("missing fact '" + name + "' in template: " + template);
    if (hash < 0) return v;
    String[] forms = key.substring(hash + 1).split(",");
    long n = Long.parseLong(v.replace(",", "").replace(" ", ""));
    return v + " " + forms[slavicForm(n)];
  }

  static int slavicForm(long n) {
    long m100 = n % 100, m10 = n % 10;
    if (m100 >= 11 && m100 <= 14) return 2;
    if (m10 == 1) return 0;
    if (m10 >= 2 && m10 <= 4) return 1;
    return 2;
  }

  static String cap(String s) {
    if (s.isEmpty()) return s;
    int i = 0;
    while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) i++;
    if (i >= s.length()) return s;
    return s.substring(0, i) + Character.toUpperCase(s.charAt(i)) + s.substring(i + 1);
  }

  /** Collapse whitespace to single spaces and trim, like jsoup's Element.text(). */
  static String norm(String s) {
    return s.replaceAll("[ \\t\\n\\r\\f]+", " ").trim();
  }

  static int words(String s) {
    String t = s.trim();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  static String slug(String s, int max) {
    String a = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    a = a.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (a.isEmpty()) return "x" + Integer.toHexString(s.hashCode());
    if (a.length() <= max) return a;
    String cut = a.substring(0, max);
    int dash = cut.lastIndexOf('-');
    return dash > 10 ? cut.substring(0, dash) : cut;
  }

  static <T> T pick(List<T> list, Random rnd) {
    return list.get(rnd.nextInt(list.size()));
  }

  static String thousands(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
