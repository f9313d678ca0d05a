package winnow.filler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BlockClassifierTest {
  private static final BlockClassifier CLASSIFIER = new BlockClassifier(new BlockClassifier.FillerRules(3, 0.3, 3));
  private static final java.util.Set<String> STOP = java.util.Set.of("the", "a", "of", "on", "in", "and", "to",
      "was", "by", "at", "for", "said", "is", "it", "that", "with", "has", "be", "from", "were");

  /** A block with tokens and terms the way the Spark NLP pipeline would give them (whitespace tokens here). */
  private static BlockFeatures block(int no, String text, long domainPagesWithText, long domains, long pages) {
    return block(new Block(no, text, "p", "body>p", "", 0), domainPagesWithText, domains, pages);
  }

  /** A text of one line, as the text segmenter gives it. */
  private static List<BlockFeatures> line(String text) {
    return List.of(block(new Block(0, text, "line", "text", "", 0), 1, 1, 1));
  }

  private static BlockFeatures block(Block b, long domainPagesWithText, long domains, long pages) {
    String text = b.text();
    List<String> tokens = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(t -> !t.isEmpty()).toList();
    List<String> terms = tokens.stream().filter(t -> !STOP.contains(t)).toList();
    return new BlockFeatures(b, tokens.size(),
        tokens.size() - terms.size(), 1, terms, 20, domainPagesWithText, domains, pages);
  }

  private static List<BlockFeatures> page(String... texts) {
    List<BlockFeatures> out = new ArrayList<>();
    for (String t : texts) {
      out.add(block(out.size(), t, 1, 1, 1));
    }
    return out;
  }

  @Test
  void teaserForAnotherStoryInsideTheArticleIsFiller() {
    List<BlockFeatures> blocks = page(
        "Shelling hit the centre of Kherson on Monday, the regional governor said, and two people were wounded.",
        "The governor said the shelling of Kherson damaged a hospital and the regional administration building.",
        "A drone was shot down over the port of Odesa at night, sparking fears for the grain terminals there.",
        "Odesa heard three explosions before dawn according to local reporters. Read more HERE.",
        "Residents of Kherson said the shelling was the heaviest since the city was retaken, the governor said.");
    List<Label> labels = CLASSIFIER.classify("Shelling hits Kherson centre", blocks);
    assertEquals(List.of("content", "content", "filler", "filler", "content"),
        labels.stream().map(Label::label).toList());
    assertEquals(Category.OFF_TOPIC_TEASER, labels.get(2).category());
    assertTrue(labels.get(2).reason().startsWith("teaser"), labels.get(2).reason());
  }

  @Test
  void aSecondCopyOfAParagraphIsFillerAndTheFirstStaysContent() {
    List<BlockFeatures> blocks = page(
        "Shelling hit the centre of Kherson on Monday, the regional governor said, and two people were wounded.",
        // under eight words, a repeat is no copy
        "The Kherson governor visited the hospital.",
        "The Kherson governor visited the hospital.",
        "The governor said the shelling of Kherson damaged a hospital and the regional administration building.",
        // the first paragraph again, as a layout for another screen marks it up: other case and punctuation
        "SHELLING hit the centre of Kherson on Monday - the regional governor said - and two people were wounded",
        "Residents of Kherson said the shelling was the heaviest since the city was retaken, the governor said.");
    List<Label> labels = CLASSIFIER.classify("Shelling hits Kherson centre", blocks);
    assertEquals(List.of("content", "content", "content", "content", "filler", "content"),
        labels.stream().map(Label::label).toList());
    assertEquals(Category.OTHER, labels.get(4).category());
    assertTrue(labels.get(4).reason().endsWith("repeats block 0 of this page"), labels.get(4).reason());
  }

  @Test
  void relatedSectionNewsletterAndCommentsAfterTheArticle() {
    List<BlockFeatures> blocks = page(
        "Shelling hit the centre of Kherson on Monday, the regional governor said, and two people were wounded.",
        "The governor said the shelling of Kherson damaged a hospital and the regional administration building.",
        "Related posts",
        "Ten best winter coats for the season, picked by our style desk",
        "Read more",
        "Stay informed",
        "Sign up for our daily digest and get the best stories in your inbox.",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *");
    List<Label> labels = CLASSIFIER.classify("Shelling hits Kherson centre", blocks);
    List<String> cats = labels.stream().map(l -> l.category() == null ? "content" : l.category().id()).toList();
    assertEquals(List.of("content", "content", "related-links", "related-links", "related-links", "newsletter",
        "newsletter", "comments", "comments"), cats);
  }

  @Test
  void aBoxOnEveryPageOfTheSiteIsFillerEvenWhenItReadsLikeProse() {
    String about = "The Eastern Dispatch is an independent newsroom founded in 2009 that reports on the war "
        + "from correspondents in Kyiv, Kharkiv and Odesa, funded by its readers.";
    List<BlockFeatures> blocks = new ArrayList<>(page(
        "Shelling hit the centre of Kherson on Monday, the regional governor said, and two people were wounded.",
        "The governor said the shelling of Kherson damaged a hospital and the regional administration building."));
    blocks.add(block(2, about, 19, 1, 19));
    List<Label> labels = CLASSIFIER.classify("Shelling hits Kherson centre", blocks);
    assertTrue(labels.get(2).filler());
    assertTrue(labels.get(2).reason().startsWith("template"), labels.get(2).reason());
    assertFalse(labels.get(0).filler());
  }

  @Test
  void spamRecurringOnManyDomainsIsPromo() {
    List<BlockFeatures> blocks = new ArrayList<>(page(
        "Shelling hit the centre of Kherson on Monday, the regional governor said, and two people were wounded.",
        "The governor said the shelling of Kherson damaged a hospital and the regional administration building."));
    blocks.add(block(2, "Drone Battery Market to grow strongly through 2030, analysts at a consultancy predict.", 2, 4, 12));
    assertEquals(Category.PROMO_SPAM, CLASSIFIER.classify("Shelling hits Kherson centre", blocks).get(2).category());
  }

  @Test
  void cueWordsMatchWholeWordsInThreeLanguages() {
    assertEquals(Category.COMMENTS, CueWords.match("Комментарии", 1).category());
    assertEquals(Category.SHARE_SOCIAL, CueWords.match("Поділитися", 1).category());
    assertEquals(Category.NEWSLETTER, CueWords.match("Подписывайтесь на нашу рассылку", 4).category());
    assertEquals(null, CueWords.match("The road to Bakhmut", 4), "'ad' must not match inside 'road'");
  }

  /** A model of one leaf: every block gets the same margin. */
  private static BlockClassifier sayingAlways(double margin) {
    BlockModel.Tree leaf = new BlockModel.Tree(new int[] {-1}, new double[] {0}, new int[] {0}, new int[] {0},
        new double[] {margin});
    BlockModel.Ensemble e = new BlockModel.Ensemble(List.of(leaf), new double[] {1});
    return new BlockClassifier(new BlockClassifier.FillerRules(3, 0.3, 3),
        new BlockModel(e, e, new BlockModel.Split("s", 0.5), "constant"));
  }

  @Test
  void theModelDecidesWhatTheRulesProposeButNotTheBindingRules() {
    List<BlockFeatures> blocks = page(
        "Shelling hit the centre of Kherson on Monday, the regional governor said, and two people were wounded.",
        "The governor said the shelling of Kherson damaged a hospital and the regional administration building.",
        "A drone was shot down over the port of Odesa at night, sparking fears for the grain terminals there.",
        "Odesa heard three explosions before dawn according to local reporters. Read more HERE.",
        "Share");
    List<Label> content = sayingAlways(5).classify("Shelling hits Kherson centre", blocks);
    // The teaser rules bind: the model's training pages never label a teaser for another story.
    assertEquals(List.of("content", "content", "filler", "filler", "content"),
        content.stream().map(Label::label).toList());
    assertEquals("cue:share-social('share'); overruled by the model, p(content) 1.00", content.get(4).reason());
    assertTrue(content.get(0).reason().endsWith("; model p(content) 1.00"), content.get(0).reason());
    List<Label> filler = sayingAlways(-5).classify("Shelling hits Kherson centre", blocks);
    assertEquals(Category.OTHER, filler.get(0).category());
    assertEquals("prose; overruled by the model, p(content) 0.00", filler.get(0).reason());
    assertEquals(Category.SHARE_SOCIAL, filler.get(4).category());
  }

  @Test
  void aClassHintYieldsToTheModelOnlyWhenTheModelIsSure() {
    List<BlockFeatures> blocks = new ArrayList<>(page(
        "Shelling hit the centre of Kherson on Monday, the regional governor said, and two people were wounded.",
        "The governor said the shelling of Kherson damaged a hospital and the regional administration building."));
    blocks.add(block(new Block(2, "Regional news from the south of the country", "li", "body>ul>li", "menu", 0), 1, 1,
        1));
    blocks.add(block(new Block(3, "I was there when it happened and the whole street shook", "p", "body>div>p",
        "comment", 0), 1, 1, 1));
    // p(content) = 1 / (1 + e^(-2 margin)): 0.7 and 0.9.
    List<Label> unsure = sayingAlways(0.5 * Math.log(0.7 / 0.3)).classify("Shelling hits Kherson centre", blocks);
    assertEquals(Category.NAVIGATION, unsure.get(2).category(), unsure.get(2).reason());
    assertEquals("hint:menu; model p(content) 0.70, below the 0.80 that overrules this rule", unsure.get(2).reason());
    // A forum's posts sit in comment boxes: that hint yields at the usual 0.5.
    assertEquals("hint:comment; overruled by the model, p(content) 0.70", unsure.get(3).reason());
    List<Label> sure = sayingAlways(0.5 * Math.log(9)).classify("Shelling hits Kherson centre", blocks);
    assertEquals("content", sure.get(2).label(), sure.get(2).reason());
    assertEquals("hint:menu; overruled by the model, p(content) 0.90", sure.get(2).reason());
  }

  @Test
  void aTextOfOneLineIsDecidedByTheRulesAlone() {
    // A feed item's lead: the model, trained on whole pages, has nothing around the line to weigh it against.
    String lead = "Russian troops shelled the city of Zelenodolsk in the Dnipropetrovsk region overnight, the governor "
        + "said.";
    Label label = sayingAlways(-5).classify("Zelenodolsk shelled", line(lead)).get(0);
    assertEquals("content", label.label());
    assertFalse(label.reason().contains("model"), label.reason());
    assertEquals(Category.NEWSLETTER,
        sayingAlways(5).classify("Zelenodolsk shelled", line("Subscribe to our newsletter")).get(0).category());
    // An article written on one line keeps its plug as a part of it; the plug alone is filler.
    String article = (lead + " ").repeat(3) + "Subscribe to our newsletter for the daily digest.";
    Label kept = sayingAlways(-5).classify("Zelenodolsk shelled", line(article)).get(0);
    assertEquals("content", kept.label(), kept.reason());
    assertTrue(kept.reason().startsWith("cue:newsletter"), kept.reason());
    // One HTML block keeps its markup for the model to read.
    assertEquals("filler", sayingAlways(-5).classify("Zelenodolsk shelled", page(lead)).get(0).label());
  }
}
