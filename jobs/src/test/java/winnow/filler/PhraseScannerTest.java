package winnow.filler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhraseScannerTest {
  /** Every occurrence as "phrase@start", found the slow way: one indexOf loop per phrase. */
  private static List<String> naive(List<String> phrases, String text) {
    List<String> out = new ArrayList<>();
    for (int end = 1; end <= text.length(); end++) {
      for (int id = 0; id < phrases.size(); id++) {
        String p = phrases.get(id);
        if (end >= p.length() && text.startsWith(p, end - p.length())) {
          out.add(id + "@" + (end - p.length()));
        }
      }
    }
    return out;
  }

  private static List<String> scanned(PhraseScanner scanner, String text) {
    List<String> out = new ArrayList<>();
    scanner.scan(text, (id, start, end) -> out.add(id + "@" + start) && false);
    return out;
  }

  @Test
  void findsEveryOccurrenceOfOverlappingPhrases() {
    List<String> phrases = List.of("he", "she", "his", "hers", "s", "shes", "поиск", "ск");
    PhraseScanner scanner = new PhraseScanner(phrases);
    Random random = new Random(7);
    String alphabet = "hersiпоск x";
    for (int n = 0; n < 500; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      // Sorted the same way: by end, then by phrase number within one end.
      List<String> expected = naive(phrases, text.toString());
      List<String> got = scanned(scanner, text.toString());
      got.sort(null);
      expected.sort(null);
      assertEquals(expected, got, text.toString());
    }
  }

  @Test
  void stopsWhenTold() {
    List<String> seen = new ArrayList<>();
    new PhraseScanner(List.of("a")).scan("aaaa", (id, start, end) -> seen.add(start + "") && start == 1);
    assertEquals(List.of("0", "1"), seen);
  }

  @Test
  void cuesKeepTheirOrderOfPrecedence() {
    // A strong cue anywhere beats a short one; among strong cues the earlier category (teaser before newsletter).
    assertEquals(Category.OFF_TOPIC_TEASER,
        CueWords.match("Sign up for our newsletter. Read more here", 8).category());
    assertEquals("sign up for", CueWords.match("Sign up for alerts", 4).phrase());
    // Market-research words in a long paragraph are reporting, not spam.
    assertNull(CueWords.match("market research " + "word ".repeat(45), 47));
    assertEquals(Category.PROMO_SPAM, CueWords.match("Global widget market size and CAGR", 6).category());
    // Short cues only in short blocks, and on word boundaries.
    assertNull(CueWords.match("share " + "word ".repeat(12), 13));
    assertEquals(Category.SHARE_SOCIAL, CueWords.match("Share this", 2).category());
    assertNull(CueWords.match("Shareholders met", 2));
  }
}
