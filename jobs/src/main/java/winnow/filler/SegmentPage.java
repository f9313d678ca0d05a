package winnow.filler;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;

/** Spark function: a pages row in, the page cut into blocks out (HTML or plain-text segmenter, by content type). */
public final class SegmentPage implements Function<Row, SegmentedPage> {
  private final int maxDepth;

  public SegmentPage(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  @Override
  public SegmentedPage call(Row page) {
    String pageId = page.getAs("page_id");
    String domain = page.getAs("domain");
    // Pages of unknown origin are their own "site": they must not share template statistics.
    String domainKey = "unknown".equals(domain) ? "page:" + pageId : domain;
    Segmented s = segment(page.getAs("content_type"), page.getAs("body"), maxDepth);
    return SegmentedPage.of(pageId, domainKey, page.getAs("title"), s.published(), s.blocks());
  }

  /** A page's blocks and the publication time its markup declares. */
  public record Segmented(List<Block> blocks, Timestamp published) {}

  public static Segmented segment(String contentType, String body, int maxDepth) {
    if ("text/html".equals(contentType)) {
      HtmlSegmenter.Result r = HtmlSegmenter.segment(body, maxDepth);
      return new Segmented(r.blocks(), r.publishedAt() == null ? null : Timestamp.from(r.publishedAt().toInstant()));
    }
    return new Segmented(TextSegmenter.segment(body), null);
  }

  /**
   * 64-bit FNV-1a of the block text, lower case with digits as 0: a box that differs only by a date or a count
   * ("3 comments") is the same box.
   */
  public static long textKey(String text) {
    long h = 0xcbf29ce484222325L;
    String t = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      h ^= Character.isDigit(c) ? '0' : c;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
