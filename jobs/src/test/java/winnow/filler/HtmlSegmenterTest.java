package winnow.filler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlSegmenterTest {

  @Test
  void leafBlocksInReadingOrderWithHintsAndLinks() {
    String html = "<html><head><title>t</title><script>var x=1;</script></head><body>"
        + "<nav class='site-nav'><ul><li><a href='/'>Home</a></li><li><a href='/w'>War</a></li></ul></nav>"
        + "<article><h1>Strike on Kharkiv</h1><p>Missiles hit <b>Kharkiv</b> on Monday.</p>"
        + "<div>Loose text <a href='/x'>link</a><p>Inner paragraph.</p>tail</div></article>"
        + "<time datetime='2022-11-14T08:00:00Z'>14 Nov</time></body></html>";
    HtmlSegmenter.Result r = HtmlSegmenter.segment(html, 100);
    List<String> texts = r.blocks().stream().map(Block::text).toList();
    assertEquals(List.of("Home", "War", "Strike on Kharkiv", "Missiles hit Kharkiv on Monday.", "Loose text link",
        "Inner paragraph.", "tail", "14 Nov"), texts);
    Block home = r.blocks().get(0);
    assertEquals(1.0, home.linkChars() / (double) home.text().length());
    assertTrue(home.hints().contains("nav"), home.hints());
    assertEquals("2022-11-14T08:00Z", r.publishedAt().toString());
  }

  @Test
  void pathologicalNestingIsCutAtTheDepthLimit() {
    String html = "<div>".repeat(10_000) + "deep text" + "</div>".repeat(10_000);
    HtmlSegmenter.Result r = HtmlSegmenter.segment(html, 512);
    assertEquals(List.of("deep text"), r.blocks().stream().map(Block::text).toList());
  }

  @Test
  void noscriptIsReadOnlyWhenThePageKeepsItsTextThere() {
    String app = "<html><body><div id='splash'>Loading</div><noscript><div id='main-outlet'>"
        + "<h1>Broken update</h1><p>The release of last night breaks our document reviews.</p></div></noscript>"
        + "</body></html>";
    assertEquals(List.of("Loading", "Broken update", "The release of last night breaks our document reviews."),
        HtmlSegmenter.segment(app, 100).blocks().stream().map(Block::text).toList());
    String page = "<html><body><p>A page that renders its own text without scripts.</p>"
        + "<noscript><p>Please enable JavaScript.</p></noscript></body></html>";
    assertEquals(List.of("A page that renders its own text without scripts."),
        HtmlSegmenter.segment(page, 100).blocks().stream().map(Block::text).toList());
  }
}
