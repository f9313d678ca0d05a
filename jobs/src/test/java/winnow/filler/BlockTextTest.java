package winnow.filler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockTextTest {
  @Test
  void countsWordsPunctuationStopWordsAndSentences() {
    BlockText t = BlockText.of("The mayor said: shelling hit Kherson. Two people were wounded!");
    // 10 words + ":" "." "!" = 13 tokens; "the" and "were" are stop words.
    assertEquals(13, t.tokens());
    assertEquals(2, t.sentences());
    assertEquals(List.of("mayor", "said", "shelling", "hit", "kherson", "two", "people", "wounded"), t.terms());
    assertEquals(2, t.stopTokens());
  }

  @Test
  void keepsInnerPunctuationInsideWordsAndCyrillicStopWords() {
    BlockText t = BlockText.of("Well-known 3.5 km road, и в Києві теж");
    assertEquals(List.of("wellknown", "35", "km", "road", "києві", "теж"), t.terms());
    assertEquals(2, t.stopTokens()); // и, в
    assertEquals(1, t.sentences());
  }

  @Test
  void emptyTextHasNothing() {
    BlockText t = BlockText.of("   ");
    assertEquals(0, t.tokens());
    assertEquals(0, t.sentences());
    assertEquals(0.0, t.stopwordRatio());
  }
}
