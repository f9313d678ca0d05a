package winnow.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BlockTruthTest {
  private final BlockTruth truth = new BlockTruth(
      "Shelling hit the centre of Kherson on Monday.\n\nThe governor said two people were wounded, and a hospital "
          + "was damaged.");

  @Test
  void aBlockIsContentWhenMostOfItsTrigramsAreInTheMainText() {
    assertTrue(truth.content("The governor said two people were wounded"));
    // Edited on the way (a word changed): most trigrams still match.
    assertTrue(truth.content("Shelling hit the centre of Kherson on Tuesday."));
    assertFalse(truth.content("Sign up for our newsletter to get the news in your inbox"));
    // The same words in another order are not the text.
    assertFalse(truth.content("Monday on Kherson of centre the hit shelling"));
  }

  @Test
  void shortBlocksMustOccurAsAPhrase() {
    assertTrue(truth.content("a hospital"));
    assertFalse(truth.content("hospital a"));
    assertFalse(truth.content("Home"));
    assertFalse(truth.content("  ·  "));
  }
}
