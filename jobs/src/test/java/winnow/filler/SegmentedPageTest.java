package winnow.filler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentedPageTest {
  @Test
  void blocksComeBackAsTheyWentIn() {
    List<Block> blocks = List.of(
        new Block(0, "Обстріл Херсона — «двоє поранених»", "h1", "body>article>h1", "article", 0),
        new Block(1, "Shelling hit the centre of Kherson on Monday.", "p", "body>article>p", "article", 0),
        new Block(2, "", "p", "body>article>p", "article", 0),
        new Block(3, "Related posts 😀", "li", "body>aside.related>ul>li", "aside related", 7),
        new Block(4, "Kherson", "li", "body>aside.related>ul>li", "aside related", 7));
    SegmentedPage page = SegmentedPage.of("p1", "example.com", "Title", null, blocks);
    assertEquals(blocks, page.blocks());
    assertArrayEquals(blocks.stream().mapToLong(b -> SegmentPage.textKey(b.text())).toArray(), page.textKeys());
    // Paths and hints shared by blocks are stored once.
    assertEquals("h1" + "body>article>h1" + "article" + "p" + "body>article>p" + "li" + "body>aside.related>ul>li"
        + "aside related", page.chars().substring(0, page.ends()[7]));
  }

  @Test
  void anEmptyPageHasNoBlocks() {
    assertEquals(List.of(), SegmentedPage.of("p2", "page:p2", null, null, List.of()).blocks());
  }

  @Test
  void blocksOutOfOrderAreRefused() {
    List<Block> blocks = List.of(new Block(1, "x", "p", "body>p", "", 0));
    assertThrows(IllegalArgumentException.class, () -> SegmentedPage.of("p3", "d", null, null, blocks));
  }
}
