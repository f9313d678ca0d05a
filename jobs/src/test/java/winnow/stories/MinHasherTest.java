package winnow.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHasherTest {
  private final MinHasher hasher = new MinHasher(3, 20, 3);

  private static List<String> words(int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add("w" + i);
    }
    return out;
  }

  @Test
  void shinglesAreDeterministicAndShortTextsGiveOneShingle() {
    assertArrayEquals(hasher.shingles(words(0, 50)), hasher.shingles(words(0, 50)));
    assertEquals(48, hasher.shingles(words(0, 50)).length);
    assertEquals(1, hasher.shingles(List.of("kyiv", "power")).length);
    assertEquals(0, hasher.bandKeys(new long[0]).length);
  }

  @Test
  void nearCopiesShareABandAndUnrelatedTextsDoNot() {
    long[] a = hasher.bandKeys(hasher.shingles(words(0, 200)));
    List<String> copy = words(0, 200);
    copy.set(100, "edited");
    long[] b = hasher.bandKeys(hasher.shingles(copy));
    long[] c = hasher.bandKeys(hasher.shingles(words(1000, 1200)));
    assertTrue(shared(a, b) > 0, "a near copy shares at least one band");
    assertEquals(0, shared(a, c), "unrelated texts share none");
  }

  private static int shared(long[] x, long[] y) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      n += x[i] == y[i] ? 1 : 0;
    }
    return n;
  }
}
