package winnow.filler;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import winnow.tables.RowBuilder;

/**
 * Spark function: a pages row in, the page with its blocks out (HTML or plain-text segmenter, by content type).
 * Blocks stay inside their page row, so classifying a page later needs no regrouping of block text.
 */
public final class SegmentPage implements Function<Row, Row> {
  public static final StructType BLOCK = new StructType()
      .add("block_no", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("tag", DataTypes.StringType, false)
      .add("tag_path", DataTypes.StringType, false)
      .add("hints", DataTypes.StringType, false)
      .add("link_chars", DataTypes.IntegerType, false)
      .add("text_key", DataTypes.LongType, false);

  public static final StructType SCHEMA = new StructType()
      .add("page_id", DataTypes.StringType, false)
      .add("domain_key", DataTypes.StringType, false)
      .add("title", DataTypes.StringType, true)
      .add("published_meta", DataTypes.TimestampType, true)
      .add("blocks", DataTypes.createArrayType(BLOCK, false), false);

  private final int maxDepth;

  public SegmentPage(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  @Override
  public Row call(Row page) {
    String pageId = page.getAs("page_id");
    String domain = page.getAs("domain");
    // Pages of unknown origin are their own "site": they must not share template statistics.
    String domainKey = "unknown".equals(domain) ? "page:" + pageId : domain;
    Segmented s = segment(page.getAs("content_type"), page.getAs("body"), maxDepth);
    List<Row> blocks = new ArrayList<>(s.blocks().size());
    for (Block b : s.blocks()) {
      blocks.add(RowFactory.create(b.blockNo(), b.text(), b.tag(), b.tagPath(), b.hints(), b.linkChars(),
          textKey(b.text())));
    }
    return new RowBuilder(SCHEMA).set("page_id", pageId).set("domain_key", domainKey)
        .set("title", page.getAs("title")).set("published_meta", s.published())
        .set("blocks", JavaConverters.asScalaBuffer(blocks).toSeq()).build();
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
