package winnow.nlp;

import com.johnsnowlabs.nlp.annotators.EnglishStemmer$;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.api.java.UDF1;
import scala.collection.Iterator;
import scala.collection.Seq;

/**
 * Spark function: the stems of an array of terms, so the forms of one word count as one term in the story vectors and
 * the names compared across articles. English terms (a–z only) take the Porter stemmer of Spark NLP's Stemmer
 * annotator ("strikes", "striking" → "strike"); Cyrillic terms are cut to their first {@value #CYRILLIC_STEM} letters
 * (Москва, Москвы, Москве), which needs no dictionary; numbers and other scripts stay as they are.
 *
 * <p>The Porter stemmer takes about 5 µs a word, and a crawl's terms repeat (a Zipf curve), so each task thread keeps
 * the stems it has computed: a bounded map, emptied when full.
 */
public final class TermStems implements UDF1<Seq<String>, List<String>> {
  /**
   * Russian and Ukrainian inflect heavily. On the labelled Russian pairs a suffix-stripping light stemmer joined more
   * unrelated words than this cut (docs/benchmarks.md).
   */
  static final int CYRILLIC_STEM = 6;
  private static final int CACHE_WORDS = 50_000;
  private static final ThreadLocal<Map<String, String>> CACHE = ThreadLocal.withInitial(HashMap::new);

  @Override
  public List<String> call(Seq<String> terms) {
    if (terms == null) {
      return null;
    }
    Map<String, String> cache = CACHE.get();
    List<String> out = new ArrayList<>(terms.size());
    for (Iterator<String> it = terms.iterator(); it.hasNext(); ) {
      String term = it.next();
      String stem = cache.get(term);
      if (stem == null) {
        if (cache.size() >= CACHE_WORDS) {
          cache.clear();
        }
        stem = stem(term);
        cache.put(term, stem);
      }
      out.add(stem);
    }
    return out;
  }

  private static String stem(String term) {
    if (term == null || term.isEmpty()) {
      return term;
    }
    char first = term.charAt(0);
    if (first >= '\u0400' && first <= '\u04ff') {
      return term.length() <= CYRILLIC_STEM ? term : term.substring(0, CYRILLIC_STEM);
    }
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c < 'a' || c > 'z') {
        return term;
      }
    }
    return EnglishStemmer$.MODULE$.stem(term);
  }
}
