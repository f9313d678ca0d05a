package winnow.filler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import winnow.tables.RowBuilder;
import winnow.tables.TableSchema;

/** Spark function: one page (title + its blocks with features) in, its labelled page_blocks rows out. */
public final class ClassifyPage implements FlatMapFunction<Row, Row> {
  private final BlockClassifier classifier;
  private final StructType schema;

  public ClassifyPage(BlockClassifier classifier) {
    this.classifier = classifier;
    this.schema = TableSchema.load("page_blocks").structType();
  }

  @Override
  public Iterator<Row> call(Row page) {
    List<Row> rows = new ArrayList<>(page.<Row>getList(page.fieldIndex("blocks")));
    rows.sort(Comparator.comparingInt(r -> r.<Integer>getAs("block_no")));
    List<BlockFeatures> features = new ArrayList<>(rows.size());
    for (Row r : rows) {
      Block b = new Block(r.getAs("block_no"), r.getAs("text"), r.getAs("tag"), r.getAs("tag_path"),
          r.getAs("hints"), r.getAs("link_chars"));
      features.add(new BlockFeatures(b, r.getAs("tokens"), r.getAs("stop_tokens"), r.getAs("sentences"),
          r.getList(r.fieldIndex("terms")), r.getAs("domain_pages"), r.getAs("domain_pages_with_text"),
          r.getAs("cross_domain_count"), r.getAs("pages_with_text")));
    }
    List<Label> labels = classifier.classify(page.getAs("title"), features);
    String pageId = page.getAs("page_id");
    List<Row> out = new ArrayList<>(rows.size());
    for (int i = 0; i < features.size(); i++) {
      BlockFeatures f = features.get(i);
      Label l = labels.get(i);
      out.add(new RowBuilder(schema).set("page_id", pageId).set("block_no", f.block().blockNo())
          .set("text", f.block().text()).set("chars", f.block().text().length()).set("tokens", f.tokens())
          .set("tag", f.block().tag()).set("tag_path", f.block().tagPath()).set("link_density", f.linkDensity())
          .set("stopword_ratio", f.stopwordRatio()).set("sentences", f.sentences())
          .set("domain_page_share", f.domainPageShare()).set("cross_domain_count", (int) f.crossDomainCount())
          .set("title_similarity", l.titleSimilarity()).set("page_similarity", l.pageSimilarity())
          .set("label", l.label()).set("category", l.categoryId()).set("reason", l.reason()).build());
    }
    return out.iterator();
  }
}
