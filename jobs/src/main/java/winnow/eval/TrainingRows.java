package winnow.eval;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import winnow.filler.BlockClassifier;
import winnow.filler.BlockFeatures;
import winnow.filler.BlockModel;
import winnow.filler.ClassifyPage;
import winnow.filler.CorpusSignals;
import winnow.filler.SegmentedPage;

/**
 * Spark function: one segmented benchmark page in, one training row a block out — the block model's input vector,
 * the label its human main text gives, and a weight. Each page's blocks weigh one in all, shared by their words, so
 * a page counts as much as any other (word F1 is averaged over pages) and a menu item as little as its one word.
 */
public final class TrainingRows implements FlatMapFunction<SegmentedPage, Row> {
  public static final StructType SCHEMA = new StructType().add("page_id", DataTypes.StringType)
      .add("block_no", DataTypes.IntegerType).add("label", DataTypes.DoubleType)
      .add("weight", DataTypes.DoubleType).add("features", SQLDataTypes.VectorType());

  private final BlockClassifier rules;
  private final Broadcast<CorpusSignals> signals;
  private final Broadcast<Map<String, String>> truth;
  private final Broadcast<Map<String, Integer>> foldOf;
  private final List<BlockModel> foldModels;

  /** Rows of first-stage vectors. */
  public TrainingRows(BlockClassifier rules, Broadcast<CorpusSignals> signals,
                      Broadcast<Map<String, String>> truth) {
    this(rules, signals, truth, null, null);
  }

  /**
   * Rows of second-stage vectors, each page's first-stage probabilities from the model of its fold: one trained
   * without that page, so the second stage learns how far to trust the first on pages it has not seen.
   */
  public TrainingRows(BlockClassifier rules, Broadcast<CorpusSignals> signals, Broadcast<Map<String, String>> truth,
                      Broadcast<Map<String, Integer>> foldOf, List<BlockModel> foldModels) {
    this.rules = rules;
    this.signals = signals;
    this.truth = truth;
    this.foldOf = foldOf;
    this.foldModels = foldModels;
  }

  @Override
  public Iterator<Row> call(SegmentedPage page) {
    String main = truth.value().get(page.pageId());
    if (main == null) {
      return List.<Row>of().iterator();
    }
    BlockTruth labels = new BlockTruth(main);
    List<BlockFeatures> blocks = ClassifyPage.features(page, signals.value());
    BlockModel firstStage = foldModels == null ? null : foldModels.get(foldOf.value().get(page.pageId()));
    double[][] x = rules.vectors(page.title(), blocks, firstStage);
    int[] words = new int[blocks.size()];
    long total = 0;
    for (int i = 0; i < blocks.size(); i++) {
      words[i] = Math.max(BlockTruth.words(blocks.get(i).block().text()), 1);
      total += words[i];
    }
    List<Row> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      String text = blocks.get(i).block().text();
      out.add(RowFactory.create(page.pageId(), blocks.get(i).block().blockNo(), labels.content(text) ? 1.0 : 0.0,
          words[i] / (double) total, Vectors.dense(x[i])));
    }
    return out.iterator();
  }
}
