package winnow.cli;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.classification.GBTClassificationModel;
import org.apache.spark.ml.classification.GBTClassifier;
import org.apache.spark.ml.regression.DecisionTreeRegressionModel;
import org.apache.spark.ml.tree.ContinuousSplit;
import org.apache.spark.ml.tree.InternalNode;
import org.apache.spark.ml.tree.LeafNode;
import org.apache.spark.ml.tree.Node;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.config.WinnowConfig;
import winnow.eval.FillerBench;
import winnow.eval.FillerRun;
import winnow.eval.ScoreBoard;
import winnow.eval.TrainingRows;
import winnow.filler.BlockClassifier;
import winnow.filler.BlockModel;
import winnow.filler.CorpusSignals;
import winnow.filler.FillerStage;
import winnow.filler.SegmentedPage;
import winnow.ingest.PageId;
import winnow.tables.Warehouse;

/**
 * Trains the block model with Spark MLlib's gradient-boosted trees on the pages of part of a benchmark's domains,
 * each page both as HTML and as its rendered text (the two inputs the job reads), labelled from the human main text.
 * Writes the model file, then scores the rules alone and the rules with the model on the trained and the held-out
 * domains, through the job's own labelling code.
 */
@Command(name = "filler", mixinStandardHelpOptions = true,
    description = "Train the block model on a benchmark in the neutral format (pages/<id>.html[.gz] + truth.jsonl).")
final class TrainFillerCommand extends SparkCommand {
  @Option(names = "--data", required = true, paramLabel = "DIR", description = "Benchmark folder.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "MODEL.json", description = "Model file to write.")
  Path out;

  @Option(names = "--train-share", defaultValue = "0.5", description = "Share of the domains to train on.")
  double trainShare;

  @Option(names = "--salt", defaultValue = "winnow-block-model", description = "Salt of the domain hash split.")
  String salt;

  @Option(names = "--trees", defaultValue = "150", description = "Boosting iterations.")
  int trees;

  @Option(names = "--depth", defaultValue = "6", description = "Depth of each tree.")
  int depth;

  @Option(names = "--step", defaultValue = "0.1", description = "Learning rate.")
  double step;

  @Option(names = "--stages", defaultValue = "2", description = "1: one model over each block's features; 2: a "
      + "second model also reads the first's probabilities around each block.")
  int stages;

  @Override
  int run(Warehouse warehouse, WinnowConfig config) throws Exception {
    SparkSession spark = warehouse.spark();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<FillerBench.Page> pages = FillerBench.read(data);
    BlockModel.Split split = new BlockModel.Split(salt, trainShare);
    BlockModel.Split folds = new BlockModel.Split(salt + "/fold", 0.5);
    Map<String, String> truth = new HashMap<>();
    Map<String, Integer> foldOf = new HashMap<>();
    List<Row> foldRows = new ArrayList<>();
    for (FillerBench.Page p : pages) {
      String domain = PageId.domain(FillerBench.url(p));
      if (p.mainText() != null && split.training(domain)) {
        truth.put(p.id(), p.mainText());
        foldOf.put(p.id(), folds.training(domain) ? 0 : 1);
        foldRows.add(RowFactory.create(p.id(), foldOf.get(p.id())));
      }
    }
    System.out.printf(Locale.ROOT, "%d pages, %d of them on the training domains (share %.2f, salt '%s')%n",
        pages.size(), truth.size(), trainShare, salt);
    WinnowConfig rulesOnly = config.withFillerModel(BlockModel.NONE);
    BlockClassifier rules = BlockClassifier.of(rulesOnly.filler());
    Broadcast<Map<String, String>> truthShared = jsc.broadcast(truth);
    List<Segmented> inputs = new ArrayList<>();
    for (boolean text : new boolean[] {false, true}) {
      inputs.add(Segmented.of(spark, FillerRun.pageRows(pages, text), rulesOnly));
    }
    Dataset<Row> firstRows = rows(spark, inputs, s -> new TrainingRows(rules, s.signals(), truthShared));
    System.out.printf(Locale.ROOT, "%d training blocks (HTML and text renderings)%n", firstRows.count());
    BlockModel.Ensemble first = fit(firstRows, BlockClassifier.vectorNames(false), "first stage");
    BlockModel.Ensemble second = null;
    if (stages == 2) {
      Dataset<Row> byFold = firstRows.join(spark.createDataFrame(foldRows, FOLDS), "page_id");
      List<BlockModel> foldModels = new ArrayList<>();
      for (int f = 0; f < 2; f++) {
        foldModels.add(new BlockModel(fit(byFold.filter(col("fold").notEqual(f)),
            BlockClassifier.vectorNames(false), "first stage without fold " + f), null, folds, "fold " + f));
      }
      Broadcast<Map<String, Integer>> foldShared = jsc.broadcast(foldOf);
      Dataset<Row> secondRows = rows(spark, inputs,
          s -> new TrainingRows(rules, s.signals(), truthShared, foldShared, foldModels));
      second = fit(secondRows, BlockClassifier.vectorNames(true), "second stage");
      secondRows.unpersist();
    }
    firstRows.unpersist();
    inputs.forEach(Segmented::close);
    String about = String.format(Locale.ROOT, "MLlib GBT, %d stage(s) of %d trees of depth %d, step %.2f; trained "
        + "on %d pages of %s (the domains with salted hash share < %.2f), HTML and text", stages, trees, depth, step,
        truth.size(), data.getFileName(), trainShare);
    new BlockModel(first, second, split, about).write(out);
    System.out.println("wrote " + out);
    for (boolean text : new boolean[] {false, true}) {
      Dataset<Row> frame = FillerRun.pageFrame(spark, FillerRun.pageRows(pages, text));
      for (String m : List.of(BlockModel.NONE, out.toAbsolutePath().toString())) {
        Map<String, List<Row>> byPage = FillerRun.labelledBlocks(spark, frame, config.withFillerModel(m));
        for (boolean trained : new boolean[] {false, true}) {
          ScoreBoard board = FillerRun.score(pages, byPage,
              p -> split.training(PageId.domain(FillerBench.url(p))) == trained);
          System.out.printf(Locale.ROOT, "%n%s, %s, %s domains:%n", text ? "text" : "HTML",
              m.equals(BlockModel.NONE) ? "rules only" : "rules + model", trained ? "trained" : "held-out");
          System.out.print(board.table());
        }
      }
      frame.unpersist();
    }
    return 0;
  }

  private static final StructType FOLDS = new StructType().add("page_id", DataTypes.StringType)
      .add("fold", DataTypes.IntegerType);

  /** One rendering of the benchmark, segmented, with its corpus signals. */
  private record Segmented(JavaRDD<SegmentedPage> segments, Broadcast<CorpusSignals> signals)
      implements AutoCloseable {
    static Segmented of(SparkSession spark, List<Row> pageRows, WinnowConfig config) {
      Dataset<Row> frame = FillerRun.pageFrame(spark, pageRows);
      JavaRDD<SegmentedPage> segments = FillerStage.segment(frame, config).persist(StorageLevel.MEMORY_AND_DISK());
      CorpusSignals signals = CorpusSignals.of(CorpusSignals.pageKeys(spark, segments));
      frame.unpersist();
      return new Segmented(segments, JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(signals));
    }

    @Override
    public void close() {
      segments.unpersist(false);
    }
  }

  private static Dataset<Row> rows(SparkSession spark, List<Segmented> inputs,
                                   java.util.function.Function<Segmented, TrainingRows> function) {
    Dataset<Row> all = null;
    for (Segmented s : inputs) {
      Dataset<Row> rows = spark.createDataFrame(s.segments().flatMap(function.apply(s)), TrainingRows.SCHEMA);
      all = all == null ? rows : all.union(rows);
    }
    Dataset<Row> out = all.persist(StorageLevel.MEMORY_AND_DISK());
    out.count();
    return out;
  }

  private BlockModel.Ensemble fit(Dataset<Row> rows, List<String> names, String what) {
    long start = System.nanoTime();
    GBTClassificationModel gbt = new GBTClassifier().setLabelCol("label").setFeaturesCol("features")
        .setWeightCol("weight").setMaxIter(trees).setMaxDepth(depth).setStepSize(step).setSubsamplingRate(0.8)
        .setMaxBins(64).setSeed(7).fit(rows);
    System.out.printf(Locale.ROOT, "%s: fitted in %.1f s%n", what, (System.nanoTime() - start) / 1e9);
    printImportances(gbt, names);
    return export(gbt);
  }

  /** The MLlib trees as the job's own model file: continuous splits only (every feature is a number). */
  static BlockModel.Ensemble export(GBTClassificationModel gbt) {
    List<BlockModel.Tree> out = new ArrayList<>();
    for (DecisionTreeRegressionModel t : gbt.trees()) {
      List<Node> nodes = new ArrayList<>();
      collect(t.rootNode(), nodes);
      int n = nodes.size();
      BlockModel.Tree tree = new BlockModel.Tree(new int[n], new double[n], new int[n], new int[n], new double[n]);
      Map<Node, Integer> index = new IdentityHashMap<>();
      for (int i = 0; i < n; i++) {
        index.put(nodes.get(i), i);
      }
      for (int i = 0; i < n; i++) {
        Node node = nodes.get(i);
        if (node instanceof InternalNode in) {
          if (!(in.split() instanceof ContinuousSplit cs)) {
            throw new IllegalStateException("unexpected categorical split in the block model");
          }
          tree.feature()[i] = cs.featureIndex();
          tree.threshold()[i] = cs.threshold();
          tree.left()[i] = index.get(in.leftChild());
          tree.right()[i] = index.get(in.rightChild());
        } else {
          tree.feature()[i] = -1;
          tree.value()[i] = ((LeafNode) node).prediction();
        }
      }
      out.add(tree);
    }
    return new BlockModel.Ensemble(out, gbt.treeWeights());
  }

  private static void collect(Node node, List<Node> out) {
    out.add(node);
    if (node instanceof InternalNode in) {
      collect(in.leftChild(), out);
      collect(in.rightChild(), out);
    }
  }

  private static void printImportances(GBTClassificationModel gbt, List<String> names) {
    double[] imp = gbt.featureImportances().toArray();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < imp.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> -imp[i]));
    StringBuilder top = new StringBuilder("  top features:");
    for (int i : order.subList(0, Math.min(12, order.size()))) {
      top.append(String.format(Locale.ROOT, " %s %.3f", names.get(i), imp[i]));
    }
    System.out.println(top);
  }
}
