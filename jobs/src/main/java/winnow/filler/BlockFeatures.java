package winnow.filler;

import java.io.Serializable;
import java.util.List;

/**
 * A block with its features: token counts and normalised terms ({@link BlockText}), and the corpus signals computed
 * in Spark over the whole crawl (how often the same text recurs on the domain's pages and across domains).
 *
 * @param stopTokens       tokens that are stop words
 * @param terms            normalised, lower-case, stop-word-free tokens
 * @param domainPages      pages of the block's domain
 * @param domainPagesWithText pages of the same domain carrying the same block text
 * @param crossDomainCount domains carrying the same block text
 * @param pagesWithText    pages (any domain) carrying the same block text
 */
public record BlockFeatures(Block block, int tokens, int stopTokens, int sentences, List<String> terms,
                            long domainPages, long domainPagesWithText, long crossDomainCount,
                            long pagesWithText) implements Serializable {

  /** A block whose text no other page carries. */
  public static BlockFeatures of(Block block, long domainPages) {
    return of(block, domainPages, 1, 1, 1);
  }

  public static BlockFeatures of(Block block, long domainPages, long domainPagesWithText, long crossDomainCount,
                                 long pagesWithText) {
    BlockText t = BlockText.of(block.text());
    return new BlockFeatures(block, t.tokens(), t.stopTokens(), t.sentences(), t.terms(), domainPages,
        domainPagesWithText, crossDomainCount, pagesWithText);
  }

  public int words() {
    return Math.max(tokens, 1);
  }

  public double linkDensity() {
    return block.text().isEmpty() ? 0 : block.linkChars() / (double) block.text().length();
  }

  public double stopwordRatio() {
    return tokens == 0 ? 0 : stopTokens / (double) tokens;
  }

  public double domainPageShare() {
    return domainPages == 0 ? 0 : domainPagesWithText / (double) domainPages;
  }
}
