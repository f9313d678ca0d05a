package winnow.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.api.java.UDF1;
import scala.collection.Iterator;
import scala.collection.Seq;

/**
 * Spark function: a key for each name that English, Russian and Ukrainian spellings of it share, so one event's
 * reports link across languages. Харьков, Харків and Kharkiv, or Днепр, Дніпро and Dnipro, share no term; their keys
 * come out the same ({@code ~khrkv}, {@code ~dnpr}). Names the languages build differently (Николаев and Mykolaiv)
 * stay apart; the numbers and the other names of a report still link it.
 *
 * <p>The key transliterates Cyrillic to Latin (х → kh, ж → zh, ц → ts, ч → ch, ш → sh, щ → shch), spells alike the
 * letters the three languages' romanisations swap (г and g are h, as Ukrainian writes it; c is k except in ch;
 * q is k; w is v; x is ks), drops the vowels (where the spellings differ most, and where case endings go: Харькове,
 * Харкові) and soft signs, collapses doubled letters (Одесса, Odesa), drops the г of the adjectival genitive
 * (Зеленского) and keeps the first {@value #KEY_LETTERS} letters. Numbers are their own key. It is meant for names:
 * among ordinary words a consonant skeleton joins too much ("брест", "бросить"). Keys start with {@value #PREFIX}, so they
 * never equal a term.
 */
public final class NameKeys implements UDF1<Seq<String>, List<String>> {
  static final String PREFIX = "~";
  /**
   * Letters of a key kept: a long name's end is where its case endings and its spellings differ (Kremenchuk,
   * Кременчуг, у Кременчуці), and its first six consonants already tell it from other names.
   */
  static final int KEY_LETTERS = 6;
  private static final Map<Character, String> CYRILLIC = new HashMap<>();

  static {
    String[][] table = {{"б", "b"}, {"в", "v"}, {"г", "h"}, {"ґ", "h"}, {"д", "d"}, {"ж", "zh"}, {"з", "z"},
        {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"ф", "f"},
        {"х", "kh"}, {"ц", "ts"}, {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}};
    for (String[] t : table) {
      CYRILLIC.put(t[0].charAt(0), t[1]);
    }
  }

  private final boolean cyrillicOnly;

  /** Keys every term. */
  public NameKeys() {
    this(false);
  }

  private NameKeys(boolean cyrillicOnly) {
    this.cyrillicOnly = cyrillicOnly;
  }

  /**
   * Keys the Cyrillic terms and leaves the others as they are. A short Cyrillic name's cases differ within its first
   * six letters (Псков, Пскова, Пскове), where English stems do not ("Kharkiv's" is already "kharkiv").
   */
  public static NameKeys cyrillicOnly() {
    return new NameKeys(true);
  }

  @Override
  public List<String> call(Seq<String> names) {
    if (names == null) {
      return null;
    }
    List<String> out = new ArrayList<>(names.size());
    for (Iterator<String> it = names.iterator(); it.hasNext(); ) {
      String term = it.next();
      String k = cyrillicOnly ? cyrillicKey(term) : key(term);
      if (k != null) {
        out.add(k);
      }
    }
    return out;
  }

  /** The key of a Cyrillic term; any other term as it is. */
  public static String cyrillicKey(String term) {
    for (int i = 0; i < term.length(); i++) {
      if (Character.UnicodeScript.of(term.charAt(i)) == Character.UnicodeScript.CYRILLIC) {
        return key(term);
      }
    }
    return term;
  }

  /** The key of one lower-case term, or null when it has no consonant. */
  public static String key(String term) {
    if (term == null || term.isEmpty()) {
      return null;
    }
    if (Character.isDigit(term.charAt(0))) {
      return PREFIX + term;
    }
    StringBuilder latin = new StringBuilder(term.length() + 4);
    // The adjectival genitive (Зеленского, Зеленського) writes a г that no other form of the name has.
    int end = term.endsWith("ого") || term.endsWith("его") ? term.length() - 2 : term.length();
    for (int i = 0; i < end; i++) {
      char c = term.charAt(i);
      String t = CYRILLIC.get(c);
      if (t != null) {
        latin.append(t);
      } else {
        switch (c) {
          case 'g', 'q' -> latin.append(c == 'g' ? 'h' : 'k');
          // "ch" as in Chernihiv is ч; any other c is k (Crimea, Крым)
          case 'c' -> latin.append(i + 1 < term.length() && term.charAt(i + 1) == 'h' ? 'c' : 'k');
          case 'w' -> latin.append('v');
          case 'x' -> latin.append("ks");
          default -> {
            if (c >= 'a' && c <= 'z' && "aeiouy".indexOf(c) < 0) {
              latin.append(c);
            }
          }
        }
      }
    }
    StringBuilder key = new StringBuilder(PREFIX);
    for (int i = 0; i < latin.length() && key.length() < PREFIX.length() + KEY_LETTERS; i++) {
      if (i == 0 || latin.charAt(i) != latin.charAt(i - 1)) {
        key.append(latin.charAt(i));
      }
    }
    return key.length() > PREFIX.length() ? key.toString() : null;
  }
}
