package winnow.filler;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import winnow.tables.RowBuilder;

/** Spark function: a pages row in, its blocks out (HTML or plain-text segmenter, by content type). */
public final class SegmentPage implements FlatMapFunction<Row, Row> {
  public static final StructType SCHEMA = new StructType()
      .add("page_id", DataTypes.StringType, false)
      .add("domain_key", DataTypes.StringType, false)
      .add("block_no", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("tag", DataTypes.StringType, false)
      .add("tag_path", DataTypes.StringType, false)
      .add("hints", DataTypes.StringType, false)
      .add("link_chars", DataTypes.IntegerType, false)
      .add("published_meta", DataTypes.TimestampType, true);

  private final int maxDepth;

  public SegmentPage(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  @Override
  public Iterator<Row> call(Row page) {
    String pageId = page.getAs("page_id");
    String domain = page.getAs("domain");
    // Pages of unknown origin are their own "site": they must not share template statistics.
    String domainKey = "unknown".equals(domain) ? "page:" + pageId : domain;
    String body = page.getAs("body");
    List<Block> blocks;
    Timestamp published = null;
    if ("text/html".equals(page.getAs("content_type"))) {
      HtmlSegmenter.Result r = HtmlSegmenter.segment(body, maxDepth);
      blocks = r.blocks();
      published = r.publishedAt() == null ? null : Timestamp.from(r.publishedAt().toInstant());
    } else {
      blocks = TextSegmenter.segment(body);
    }
    List<Row> rows = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      rows.add(new RowBuilder(SCHEMA).set("page_id", pageId).set("domain_key", domainKey)
          .set("block_no", b.blockNo()).set("text", b.text()).set("tag", b.tag()).set("tag_path", b.tagPath())
          .set("hints", b.hints()).set("link_chars", b.linkChars()).set("published_meta", published).build());
    }
    return rows.iterator();
  }
}
