package winnow.filler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import winnow.nlp.TextNlp;

/**
 * Token statistics of one block, computed in the page's own pass. Counts follow the Spark NLP pipeline the stories
 * stage uses (punctuation runs are tokens; terms are lower-case letters and digits without stop words) but cost a
 * single scan: running the Spark NLP annotators over every menu item of a crawl took two thirds of the filler
 * stage (docs/benchmarks.md), so block features are tokenised here and Spark NLP is kept for article texts.
 *
 * @param tokens     words plus punctuation runs
 * @param stopTokens words that are English, Russian or Ukrainian stop words
 * @param sentences  sentence ends (., !, ?, … before a space and a capital, digit or quote, or at the end)
 * @param terms      lower-case non-stop words, inner punctuation removed ("well-known" gives "wellknown")
 */
public record BlockText(int tokens, int stopTokens, int sentences, List<String> terms) {
  private static final class Stop {
    static final Set<String> WORDS = Set.of(TextNlp.stopWords());
  }

  public int words() {
    return Math.max(tokens, 1);
  }

  public double stopwordRatio() {
    return tokens == 0 ? 0 : stopTokens / (double) tokens;
  }

  public static BlockText of(String text) {
    int tokens = 0;
    int stop = 0;
    int sentences = 0;
    List<String> terms = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        word.setLength(0);
        // A word runs over letters and digits, and over one inner - ' ’ . or , between two of them.
        while (i < n) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            word.append(d);
            i++;
          } else if ("-'’.,".indexOf(d) >= 0 && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
              && !(d == '.' && Character.isUpperCase(text.charAt(i + 1)))) {
            i++;
          } else {
            break;
          }
        }
        tokens++;
        String w = word.toString().toLowerCase(Locale.ROOT);
        if (Stop.WORDS.contains(w)) {
          stop++;
        } else {
          terms.add(w);
        }
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else {
        boolean end = false;
        while (i < n && !Character.isLetterOrDigit(text.charAt(i)) && !Character.isWhitespace(text.charAt(i))
            && !Character.isSpaceChar(text.charAt(i))) {
          end |= ".!?…".indexOf(text.charAt(i)) >= 0;
          i++;
        }
        tokens++;
        if (end && sentenceBreak(text, i)) {
          sentences++;
        }
      }
    }
    if (sentences == 0 && tokens > 0) {
      sentences = 1;
    } else if (tokens > 0 && !endsSentence(text)) {
      sentences++; // the text after the last full stop is a sentence too
    }
    return new BlockText(tokens, stop, sentences, terms);
  }

  private static boolean sentenceBreak(String text, int after) {
    int j = after;
    while (j < text.length() && (Character.isWhitespace(text.charAt(j)) || Character.isSpaceChar(text.charAt(j)))) {
      j++;
    }
    if (j == text.length()) {
      return true;
    }
    char next = text.charAt(j);
    return j > after && (Character.isUpperCase(next) || Character.isDigit(next) || "\"“«'‘(".indexOf(next) >= 0);
  }

  private static boolean endsSentence(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (".!?…".indexOf(c) >= 0) {
        return true;
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return false;
  }
}
