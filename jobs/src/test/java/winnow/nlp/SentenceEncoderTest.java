package winnow.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SentenceEncoderTest {
  private static WordPieces pieces() throws Exception {
    try (InputStream in = SentenceEncoder.class.getResourceAsStream(SentenceEncoder.TOKENIZER)) {
      return WordPieces.read(in);
    }
  }

  /** Ids as the Hugging Face tokenizer gives them for the same file (tokenizers 0.21 through DJL, 2026-12-08). */
  @Test
  void wordPiecesMatchTheReferenceTokenizer() throws Exception {
    WordPieces p = pieces();
    assertArrayEquals(new long[] {101, 27838, 7770, 5874, 1005, 1055, 4895, 1011, 2623, 3942, 1517, 25669, 1010,
        7668, 102}, p.ids("Zelensky's un-announced visit — Kyiv, Café", 128),
        "lower case, accents off, punctuation split, longest pieces first");
    assertArrayEquals(new long[] {101, 1200, 10260, 16856, 23925, 29760, 25529, 1024, 1195, 10260, 23925, 15290,
        22919, 18947, 15414, 1198, 29742, 10260, 16856, 102}, p.ids("Харків: ракетний удар", 128),
        "й loses its breve as in BERT's uncased vocabulary");
    assertArrayEquals(new long[] {101, 16537, 13976, 3319, 2461, 6279, 102},
        p.ids("Titanfall\u200b review roundup", 128), "a zero-width space is dropped");
    assertArrayEquals(new long[] {101, 16537, 102}, p.ids("Titanfall review roundup", 3), "cut at the limit");
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  @Test
  void headlinesOfOneEventLieCloserThanHeadlinesOfTwo() {
    SentenceEncoder e = SentenceEncoder.get();
    float[] review = e.encode("Titanfall review roundup");
    float[] released = e.encode("Titanfall released to excellent reviews on Xbox One");
    float[] stocks = e.encode("Wall Street closes lower as Asia slips");
    assertEquals(SentenceEncoder.DIMENSIONS, review.length);
    assertEquals(1.0, cosine(review, review), 1e-5, "unit length");
    assertArrayEquals(review, e.encode("Titanfall review roundup"), "the same text, the same vector");
    double same = cosine(review, released);
    double other = cosine(review, stocks);
    assertTrue(same > 0.5 && other < 0.2 && same > other + 0.4, "one event " + same + ", two " + other);
  }
}
