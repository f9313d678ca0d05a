package winnow.eval;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Labels a page's blocks from the human main text of a benchmark, for training: a block is content when most of its
 * word trigrams occur in the main text (blocks of one or two words: when they occur there as a phrase). Words are
 * the scorer's (lower-cased {@code \w+}), so the labels mean what word F1 counts.
 */
public final class BlockTruth implements Serializable {
  private static final double CONTENT_SHARE = 0.5;
  private final Set<String> trigrams = new HashSet<>();
  private final String joined;

  public BlockTruth(String mainText) {
    List<String> w = TextScores.words(mainText, true);
    for (int i = 0; i + 2 < w.size(); i++) {
      trigrams.add(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2));
    }
    joined = " " + String.join(" ", w) + " ";
  }

  public boolean content(String blockText) {
    List<String> w = TextScores.words(blockText, true);
    if (w.isEmpty()) {
      return false;
    }
    if (w.size() < 3) {
      return joined.contains(" " + String.join(" ", w) + " ");
    }
    int found = 0;
    for (int i = 0; i + 2 < w.size(); i++) {
      found += trigrams.contains(w.get(i) + " " + w.get(i + 1) + " " + w.get(i + 2)) ? 1 : 0;
    }
    return found >= CONTENT_SHARE * (w.size() - 2);
  }

  /** Words of a block as the scorer counts them. */
  public static int words(String text) {
    return TextScores.words(text, true).size();
  }
}
