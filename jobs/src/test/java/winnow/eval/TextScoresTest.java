package winnow.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextScoresTest {

  @Test
  void wordF1CountsBagOverlapCaseInsensitively() {
    TextScores.Prf s = TextScores.wordF1("The cat sat sat", "the cat sat on the mat");
    // overlap: the 1, cat 1, sat 1 = 3; |pred| = 4, |ref| = 6
    assertEquals(0.75, s.precision(), 1e-9);
    assertEquals(0.5, s.recall(), 1e-9);
    assertEquals(0.6, s.f1(), 1e-9);
  }

  @Test
  void emptyReferenceScoresOneOnlyForEmptyOutput() {
    assertEquals(1.0, TextScores.wordF1("", "").f1());
    assertEquals(0.0, TextScores.wordF1("menu", "").f1());
  }

  @Test
  void shinglesAreCaseSensitiveWordFourGrams() {
    TextScores.Counts c = TextScores.shingles("a b c d e", "a b c d x");
    // pred grams: [a b c d, b c d e]; ref: [a b c d, b c d x]
    assertEquals(new TextScores.Counts(1, 1, 1), c);
    assertEquals(new TextScores.Counts(0, 1, 1), TextScores.shingles("A b", "a b"), "short texts: one shingle");
  }

  @Test
  void snippetsMatchAfterWhitespaceNormalisation() {
    assertTrue(TextScores.contains("Missiles  hit\nKharkiv on Monday", "hit Kharkiv on"));
    assertFalse(TextScores.contains("Missiles hit Kharkiv", "Kyiv"));
  }

  @Test
  void scoreBoardAveragesPerPageAndPoolsSnippets() {
    ScoreBoard b = new ScoreBoard();
    b.add("article", "a b c d", "a b c d", List.of("a b", "zz"), List.of("c d"));
    b.add("listing", "", "x y", List.of(), List.of());
    assertEquals(0.5, b.wordF1("all"), 1e-9);
    assertEquals(1.0, b.wordF1("article"), 1e-9);
    // snippets: TP 1 (a b), FN 1 (zz), FP 1 (c d) -> F1 = 2 / (2 + 1 + 1)
    assertEquals(0.5, b.snippetF1("all"), 1e-9);
    // shingles: page 1 exact (1/1); page 2 no prediction, recall 0 -> P 1, R 0.5
    assertEquals(2 * 1.0 * 0.5 / 1.5, b.shingleF1("all"), 1e-9);
  }
}
