package winnow.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.api.java.UDF1;
import scala.collection.Iterator;
import scala.collection.Seq;

/**
 * Spark function over stemmed terms ({@link TermStems}): each day of a month written as a day and a month's name
 * (8 ноября, 8 листопада, 8 November, November 8) becomes one term, {@code 8.11}, in place of its two terms. A
 * headline's date then names its day: "Прогноз погоды на 8 ноября" and "… на 16 ноября" are two forecasts, and the
 * 8 of the first is no longer matched by a temperature of 8 degrees in the second's text. Tokens never hold a dot
 * (the Normalizer drops it), so a date term equals no other term, and {@link #datesIn} picks the dates out again.
 */
public final class DateTerms implements UDF1<Seq<String>, List<String>> {
  /**
   * Month names as stems: English (Porter, and the abbreviations), Russian and Ukrainian in the genitive a date
   * writes (8 ноября, 8 листопада), cut to six letters.
   */
  private static final Map<String, Integer> MONTHS = months(
      "januari jan января січня", "februari feb феврал лютого", "march mar марта березн",
      "april apr апреля квітня", "mai мая травня", "june jun июня червня", "juli jul июля липня",
      "august aug август серпня", "septemb sep sept сентяб вересн", "octob oct октябр жовтня",
      "novemb nov ноября листоп", "decemb dec декабр грудня");

  private static Map<String, Integer> months(String... names) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String stem : names[i].split(" ")) {
        m.put(stem, i + 1);
      }
    }
    return Map.copyOf(m);
  }

  /**
   * The date terms of an array column of this function's output, as a Spark SQL expression: they are its only terms
   * with a dot.
   */
  public static String datesIn(String column) {
    return "filter(" + column + ", t -> instr(t, '.') > 0)";
  }

  @Override
  public List<String> call(Seq<String> seq) {
    if (seq == null) {
      return null;
    }
    List<String> terms = new ArrayList<>(seq.size());
    for (Iterator<String> it = seq.iterator(); it.hasNext(); ) {
      terms.add(it.next());
    }
    List<String> out = new ArrayList<>(terms.size());
    for (int i = 0; i < terms.size(); i++) {
      String t = terms.get(i);
      String next = i + 1 < terms.size() ? terms.get(i + 1) : null;
      int day = day(t);
      int month = day > 0 ? month(next) : month(t);
      if (day == 0 && month > 0) {
        day = day(next);
      }
      if (day > 0 && month > 0) {
        out.add(day + "." + month);
        i++;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** The day of a term of one or two digits from 1 to 31, else 0. */
  static int day(String term) {
    if (term == null || term.isEmpty() || term.length() > 2) {
      return 0;
    }
    int d = 0;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      d = d * 10 + (c - '0');
    }
    return d <= 31 ? d : 0;
  }

  /** The month a stem names (1–12), else 0. */
  static int month(String stem) {
    return stem == null ? 0 : MONTHS.getOrDefault(stem, 0);
  }
}
