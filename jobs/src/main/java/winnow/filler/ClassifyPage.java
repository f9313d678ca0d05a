package winnow.filler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import winnow.tables.RowBuilder;
import winnow.tables.TableSchema;

/**
 * Spark function: one segmented page in, one labelled page out — its article sums and main text, and its page_blocks
 * rows nested in {@code blocks}. The page is summed where all of its blocks already are: summing the blocks table
 * afterwards would shuffle every block's text across the cluster only to rebuild each page.
 */
public final class ClassifyPage implements Function<SegmentedPage, Row> {
  private final BlockClassifier classifier;
  private final Broadcast<CorpusSignals> signals;
  private final RowBuilder.Columns pageColumns;
  private final RowBuilder.Columns blockColumns;

  public ClassifyPage(BlockClassifier classifier, Broadcast<CorpusSignals> signals) {
    this.classifier = classifier;
    this.signals = signals;
    StructType schema = schema();
    this.pageColumns = new RowBuilder.Columns(schema);
    this.blockColumns = new RowBuilder.Columns(blockSchema());
  }

  /**
   * A labelled page: page_id, published_meta (the time the markup declares), the articles table's sums (chars_*,
   * tokens_*, filler_chars_by_category), main_text (the content blocks in reading order), and blocks (the page's
   * page_blocks rows without page_id).
   */
  public static StructType schema() {
    StructType s = new StructType()
        .add("page_id", DataTypes.StringType, false)
        .add("published_meta", DataTypes.TimestampType, true)
        .add("main_text", DataTypes.StringType, false);
    for (String sum : List.of("chars_total", "chars_content", "chars_filler", "tokens_total", "tokens_filler")) {
      s = s.add(sum, DataTypes.LongType, false);
    }
    return s.add("filler_chars_by_category", DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType), false)
        .add("blocks", DataTypes.createArrayType(blockSchema(), false), false);
  }

  private static StructType blockSchema() {
    List<StructField> fields = new ArrayList<>();
    for (StructField f : TableSchema.load(FillerStage.PAGE_BLOCKS).structType().fields()) {
      if (!f.name().equals("page_id")) {
        fields.add(f);
      }
    }
    return new StructType(fields.toArray(new StructField[0]));
  }

  /** The page's blocks with their token features and the crawl's signals. */
  public static List<BlockFeatures> features(SegmentedPage page, CorpusSignals signals) {
    CorpusSignals.Site site = signals.site(page.domainKey());
    List<Block> blocks = page.blocks();
    List<BlockFeatures> features = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      features.add(site.features(blocks.get(i), page.textKeys()[i]));
    }
    return features;
  }

  @Override
  public Row call(SegmentedPage page) {
    List<BlockFeatures> features = features(page, signals.value());
    List<Label> labels = classifier.classify(page.title(), features);
    List<Row> rows = new ArrayList<>(features.size());
    StringBuilder main = new StringBuilder();
    Map<String, Long> fillerByCategory = new TreeMap<>();
    long chars = 0;
    long contentChars = 0;
    long tokens = 0;
    long fillerTokens = 0;
    for (int i = 0; i < features.size(); i++) {
      BlockFeatures f = features.get(i);
      Label l = labels.get(i);
      String text = f.block().text();
      chars += text.length();
      tokens += f.tokens();
      if (l.filler()) {
        fillerTokens += f.tokens();
        fillerByCategory.merge(l.categoryId(), (long) text.length(), Long::sum);
      } else {
        contentChars += text.length();
        main.append(main.length() == 0 ? "" : "\n\n").append(text);
      }
      rows.add(new RowBuilder(blockColumns).set("block_no", f.block().blockNo())
          .set("text", text).set("chars", text.length()).set("tokens", f.tokens())
          .set("tag", f.block().tag()).set("tag_path", f.block().tagPath()).set("link_density", f.linkDensity())
          .set("stopword_ratio", f.stopwordRatio()).set("sentences", f.sentences())
          .set("domain_page_share", f.domainPageShare()).set("cross_domain_count", (int) f.crossDomainCount())
          .set("title_similarity", l.titleSimilarity()).set("page_similarity", l.pageSimilarity())
          .set("label", l.label()).set("category", l.categoryId()).set("reason", l.reason()).build());
    }
    return new RowBuilder(pageColumns).set("page_id", page.pageId()).set("published_meta", page.publishedMeta())
        .set("main_text", main.toString()).set("chars_total", chars).set("chars_content", contentChars)
        .set("chars_filler", chars - contentChars).set("tokens_total", tokens).set("tokens_filler", fillerTokens)
        // Scala collections: the Row encoder takes those for map and array columns.
        .set("filler_chars_by_category", JavaConverters.mapAsScalaMap(fillerByCategory))
        .set("blocks", JavaConverters.asScalaBuffer(rows).toSeq()).build();
  }
}
