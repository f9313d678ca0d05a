package winnow.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.api.java.UDF2;
import scala.collection.Iterator;
import scala.collection.Seq;

/**
 * Spark function: the names, places and numbers among a text's terms — tokens written capitalised or starting with a
 * digit, cleaned like the Normalizer (letters and digits only, lower case), longer than one character and kept by
 * the stop-word cleaner. Order and repeats follow the tokens (repeats weigh in the term vectors).
 *
 * <p>A function rather than a SQL lambda: the lambda's {@code array_contains(terms, x)} scanned every term for every
 * token, and Spark inlined the {@code terms} filter into it, so each token rebuilt the term list. On 100,000
 * generated articles that was 15% of the story stage's CPU; a hash set makes it linear.
 */
public final class EntityTerms implements UDF2<Seq<String>, Seq<String>, List<String>> {
  @Override
  public List<String> call(Seq<String> tokens, Seq<String> terms) {
    if (tokens == null) {
      return null;
    }
    Set<String> kept = new HashSet<>();
    if (terms != null) {
      for (Iterator<String> it = terms.iterator(); it.hasNext(); ) {
        kept.add(it.next());
      }
    }
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = tokens.iterator(); it.hasNext(); ) {
      String token = it.next();
      if (token == null || token.isEmpty() || !capitalisedOrNumeric(token.codePointAt(0))) {
        continue;
      }
      String term = clean(token);
      if (term.codePointCount(0, term.length()) > 1 && kept.contains(term)) {
        out.add(term);
      }
    }
    return out;
  }

  private static boolean capitalisedOrNumeric(int cp) {
    int type = Character.getType(cp);
    return type == Character.UPPERCASE_LETTER || isNumber(type);
  }

  private static boolean isNumber(int type) {
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Letters and digits only, lower case. */
  static String clean(String token) {
    StringBuilder sb = new StringBuilder(token.length());
    token.codePoints().filter(cp -> Character.isLetter(cp) || isNumber(Character.getType(cp)))
        .forEach(sb::appendCodePoint);
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
