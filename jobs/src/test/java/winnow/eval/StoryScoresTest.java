package winnow.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryScoresTest {
  private static StoryScores.Assignment a(String id, String gold, String pred) {
    return new StoryScores.Assignment(id, gold, pred);
  }

  @Test
  void pairCountingBcubedAndAriFromTheContingencyTable() {
    // gold a a a b b, predicted 1 1 2 2 2: 2 of the 4 predicted pairs are gold pairs, and 2 of the 4 gold pairs found.
    StoryScores.Scores s = StoryScores.of(List.of(a("1", "a", "1"), a("2", "a", "1"), a("3", "a", "2"),
        a("4", "b", "2"), a("5", "b", "2")));
    assertEquals(5, s.documents());
    assertEquals(0.5, s.pairP(), 1e-9);
    assertEquals(0.5, s.pairR(), 1e-9);
    assertEquals(0.5, s.pairF1(), 1e-9);
    assertEquals(11.0 / 15, s.bcubedP(), 1e-9);
    assertEquals(11.0 / 15, s.bcubedR(), 1e-9);
    // expected index 4 * 4 / 10 = 1.6, max index 4: (2 - 1.6) / (4 - 1.6)
    assertEquals(1.0 / 6, s.ari(), 1e-9);
  }

  @Test
  void aSetWithoutLabelsPrintsNoScore() {
    String table = StoryScores.of(List.of(a("1", null, "x"), a("2", null, "x"))).table();
    assertEquals("documents 0 with a story label: nothing to score\n", table);
  }

  @Test
  void unlabelledDocumentsDoNotCountAndMissingPredictionsAreSingletons() {
    StoryScores.Scores s = StoryScores.of(List.of(a("1", "a", "x"), a("2", "a", null), a("3", null, "x"),
        a("4", "b", null)));
    assertEquals(3, s.documents());
    // No predicted pair at all: precision is vacuous, the one gold pair is missed.
    assertEquals(1.0, s.pairP(), 1e-9);
    assertEquals(0.0, s.pairR(), 1e-9);
    assertEquals(1.0, s.bcubedP(), 1e-9);
    assertEquals((0.5 + 0.5 + 1) / 3, s.bcubedR(), 1e-9);
  }

  @Test
  void aPerfectClusteringScoresOne() {
    StoryScores.Scores s = StoryScores.of(List.of(a("1", "a", "p"), a("2", "a", "p"), a("3", "b", "q"),
        a("4", "b", "q")));
    assertEquals(1.0, s.pairF1(), 1e-9);
    assertEquals(1.0, s.bcubedF1(), 1e-9);
    assertEquals(1.0, s.ari(), 1e-9);
  }

  @Test
  void pairDecisionsArePooledPerLanguage() {
    PairScores p = new PairScores();
    p.add("ru", true, true);
    p.add("ru", false, true);
    p.add("en", false, false);
    assertEquals(2.0 / 3, p.accuracy("all"), 1e-9);
    assertEquals(0.5, p.accuracy("ru"), 1e-9);
    assertEquals(1.0, p.accuracy("en"), 1e-9);
  }
}
