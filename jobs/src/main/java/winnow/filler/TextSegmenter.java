package winnow.filler;

import java.util.ArrayList;
import java.util.List;

/** Already-extracted text: one block per non-blank line, whitespace collapsed (lines are how extractors emit blocks). */
public final class TextSegmenter {
  private TextSegmenter() {}

  public static List<Block> segment(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String t = HtmlSegmenter.collapse(line);
      if (!t.isEmpty()) {
        blocks.add(new Block(blocks.size(), t, "line", "text", "", 0));
      }
    }
    return blocks;
  }
}
