package winnow.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeersTest {
  private static final String PARAGRAPH = "Emergency crews worked through the night to restore power to the district after "
      + "the strike damaged the substation, officials said on Tuesday, adding that repairs could take several days.";

  private static String article() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      body.append("<p>").append(PARAGRAPH).append(" Paragraph ").append(i).append(".</p>\n");
    }
    return "<html><head><title>Power restored</title></head><body><nav><a href='/'>Home</a> <a href='/world'>World</a>"
        + "</nav><article><h1>Power restored</h1>" + body + "</article><footer>© Example News</footer></body></html>";
  }

  @Test
  void everyScoredPeerFindsTheArticleText() {
    for (Peers p : Peers.ALL) {
      String text = p.run(article(), "https://example.org/a");
      if (p.scored()) {
        assertTrue(text.contains("Emergency crews worked through the night"), p.label() + " returned: " + text);
      } else {
        assertEquals("", text, p.label() + " only parses");
      }
    }
  }

  @Test
  void brokenInputIsEmptyOutputNotACrash() {
    for (Peers p : Peers.ALL) {
      assertEquals(String.class, p.run("", null).getClass());
      assertEquals(String.class, p.run("\u0000<p>unclosed <b>tags<div>" + "<span>".repeat(300), "https://example.org/").getClass());
    }
  }

  @Test
  void nearestRankPercentiles() {
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L;
    }
    Latency l = Latency.of(nanos, 2.0, 100, 2);
    assertEquals(50.0, l.p50Millis(), 1e-9);
    assertEquals(95.0, l.p95Millis(), 1e-9);
    assertEquals(50.0, l.pagesPerSecond(), 1e-9);
  }

  @Test
  void passesAreComparedAtTheMedianPass() throws Exception {
    double[] walls = {4.0, 2.0, 2.5, 1.0};
    int[] next = {0};
    Passes odd = Passes.time(100, 3, () -> walls[next[0]++]);
    assertEquals(2.5, odd.medianSeconds(), 1e-12);
    assertEquals(40.0, odd.pagesPerSecond(), 1e-9);
    assertEquals("25.0, 50.0, 40.0", odd.each());
    // Of an even count, the slower middle pass: the figure never flatters.
    Passes even = new Passes(100, java.util.List.of(4.0, 2.0, 2.5, 1.0));
    assertEquals(2.5, even.medianSeconds(), 1e-12);
    assertThrows(IllegalArgumentException.class, () -> Passes.time(100, 0, () -> 1.0));
  }

  @Test
  void passesInTurnsTakeOnePassOfEachExtractorARound() throws Exception {
    List<String> order = new java.util.ArrayList<>();
    double[] clock = {0};
    // Each pass takes longer than the one before it, whoever runs it: a machine slowing down over the run.
    Passes.Pass a = () -> {
      order.add("a");
      return ++clock[0];
    };
    Passes.Pass b = () -> {
      order.add("b");
      return ++clock[0];
    };
    List<Passes> both = Passes.inTurns(10, 3, List.of(a, b));
    assertEquals(List.of("a", "b", "a", "b", "a", "b"), order);
    assertEquals(List.of(1.0, 3.0, 5.0), both.get(0).seconds());
    assertEquals(List.of(2.0, 4.0, 6.0), both.get(1).seconds());
    assertThrows(IllegalArgumentException.class, () -> Passes.inTurns(10, 0, List.of(a)));
  }
}
