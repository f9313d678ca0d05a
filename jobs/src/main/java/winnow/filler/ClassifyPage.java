package winnow.filler;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import winnow.tables.RowBuilder;
import winnow.tables.TableSchema;

/** Spark function: one segmented page in, its labelled page_blocks rows out, with the crawl's signals at hand. */
public final class ClassifyPage implements FlatMapFunction<SegmentedPage, Row> {
  private final BlockClassifier classifier;
  private final Broadcast<CorpusSignals> signals;
  private final RowBuilder.Columns columns;

  public ClassifyPage(BlockClassifier classifier, Broadcast<CorpusSignals> signals) {
    this.classifier = classifier;
    this.signals = signals;
    this.columns = new RowBuilder.Columns(TableSchema.load("page_blocks").structType());
  }

  @Override
  public Iterator<Row> call(SegmentedPage page) {
    CorpusSignals.Site site = signals.value().site(page.domainKey());
    List<Block> blocks = page.blocks();
    List<BlockFeatures> features = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      features.add(site.features(blocks.get(i), page.textKeys()[i]));
    }
    List<Label> labels = classifier.classify(page.title(), features);
    List<Row> out = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      BlockFeatures f = features.get(i);
      Label l = labels.get(i);
      out.add(new RowBuilder(columns).set("page_id", page.pageId()).set("block_no", f.block().blockNo())
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
