package winnow.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StoryRunDocumentsTest {
  private static StoryBench.Doc doc(String title, String text) {
    return new StoryBench.Doc("1", title, text, null, "en", "ex.com", null);
  }

  private static final String LONG = "Missiles hit the Odesa port on Monday. ".repeat(8);

  @Test
  void aFeedsItemsAreClusteredWhateverTheirLength() {
    assertTrue(StoryRun.Documents.FEED.clustered(doc("Odesa port hit", "Two terminals damaged.")));
    assertTrue(StoryRun.Documents.FEED.clustered(doc("Odesa port hit", "")));
    assertTrue(StoryRun.Documents.FEED.clustered(doc("", "Two terminals damaged.")));
    assertFalse(StoryRun.Documents.FEED.clustered(doc(" ", null)), "no headline, no text: nothing to cluster on");
  }

  @Test
  void aCrawlsShortPageIsNoArticleButAHeadlineOnlySetIsClusteredOnItsHeadline() {
    assertFalse(StoryRun.Documents.PAGES.clustered(doc("Gallery", "See all photos (18)")));
    assertTrue(StoryRun.Documents.PAGES.clustered(doc("Odesa port hit", LONG)));
    assertTrue(StoryRun.Documents.PAGES.clustered(doc("Odesa port hit", "")));
  }
}
