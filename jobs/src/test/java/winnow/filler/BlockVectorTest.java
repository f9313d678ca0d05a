package winnow.filler;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockVectorTest {

  @Test
  void datesAndTimesInShortBlocksAreSeenInThreeLanguages() {
    for (String s : List.of("AnonymousSeptember 12, 2009 at 4:21 AM", "by Jill Barshay, August 25, 2025",
        "14 Nov 2022", "2022-11-14", "14.11.2022", "17 мая 2022, 10:15", "Опубліковано 3 березня",
        "Posted Dec. 3")) {
      assertTrue(BlockVector.dateLike(8, s), s);
    }
    for (String s : List.of("Marketing 101 for beginners", "Top 10 mayors", "Share this story", "Call 212 678",
        "Maybe 3 people came")) {
      assertFalse(BlockVector.dateLike(5, s), s);
    }
    assertFalse(BlockVector.dateLike(40, "A long paragraph written on 14 Nov 2022 about the strike and more."));
  }
}
