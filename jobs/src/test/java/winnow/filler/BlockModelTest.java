package winnow.filler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlockModelTest {
  /** One stump on feature 2 (x ≤ 0.5 → -1, else +1) and one leaf of 0.5, weighted 1 and 0.1. */
  private static BlockModel.Ensemble stumps() {
    BlockModel.Tree stump = new BlockModel.Tree(new int[] {2, -1, -1}, new double[] {0.5, 0, 0},
        new int[] {1, 0, 0}, new int[] {2, 0, 0}, new double[] {0, -1, 1});
    BlockModel.Tree leaf = new BlockModel.Tree(new int[] {-1}, new double[] {0}, new int[] {0}, new int[] {0},
        new double[] {0.5});
    return new BlockModel.Ensemble(List.of(stump, leaf), new double[] {1, 0.1});
  }

  private static double logistic(double margin) {
    return 1 / (1 + Math.exp(-2 * margin));
  }

  @Test
  void ensembleFollowsSplitsAndWeighsLeaves() {
    double[] x = new double[BlockVector.NAMES.size()];
    x[2] = 0.5;
    assertEquals(logistic(-1 + 0.05), stumps().probability(x), 1e-12);
    x[2] = 0.51;
    assertEquals(logistic(1 + 0.05), stumps().probability(x), 1e-12);
  }

  @Test
  void treesStoredDepthFirstAreFollowedLikeMllibsIncludingMissingValues() {
    // Depth-first node order (as MLlib exports it): 0 splits f0, its left child 1 splits f1 (leaves 2 and 3), its
    // right child 4 is a leaf. The ensemble lays nodes out padded, in heap order; the outputs must not change.
    BlockModel.Tree tree = new BlockModel.Tree(new int[] {0, 1, -1, -1, -1}, new double[] {0, 0, 0, 0, 0},
        new int[] {1, 2, 0, 0, 0}, new int[] {4, 3, 0, 0, 0}, new double[] {0, 0, -0.5, 0.25, 1});
    BlockModel.Ensemble e = new BlockModel.Ensemble(List.of(tree), new double[] {2});
    double[][] xs = {{-1, -1}, {-1, 1}, {1, -1}, {Double.NaN, -1}, {-1, Double.NaN}};
    double[] expected = {logistic(-1), logistic(0.5), logistic(2), logistic(2), logistic(0.5)};
    double[] got = e.probabilities(xs);
    for (int i = 0; i < xs.length; i++) {
      assertEquals(expected[i], got[i], 1e-12, "vector " + i);
      assertEquals(expected[i], e.probability(xs[i]), 1e-12, "vector " + i + " alone");
    }
  }

  /** Values that both thresholds and inputs take, so that inputs fall exactly on a split (and on -0.0 and 0.0). */
  private static final double[] SHARED = {-0.0, 0.0, 1.0, -1.0, 0.5};

  /** A random input: missing (NaN) or infinite at times, often equal to a threshold (where x ≤ t holds). */
  private static double input(Random r) {
    int kind = r.nextInt(10);
    if (kind == 0) {
      return Double.NaN;
    }
    if (kind == 1) {
      return r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }
    return kind <= 4 ? SHARED[r.nextInt(SHARED.length)] : r.nextGaussian();
  }

  /** A random tree in depth-first order with leaves at any depth up to {@code maxDepth}. */
  private static int grow(Random r, int depth, int maxDepth, int features, List<double[]> nodes) {
    int at = nodes.size();
    double[] node = new double[5];
    nodes.add(node);
    if (depth == maxDepth || r.nextInt(4) == 0) {
      node[0] = -1;
      node[4] = r.nextGaussian();
      return at;
    }
    node[0] = r.nextInt(features);
    // Some thresholds repeat across nodes and trees, -0.0 and 0.0 among them.
    node[1] = r.nextInt(3) == 0 ? SHARED[r.nextInt(SHARED.length)] : r.nextGaussian();
    node[2] = grow(r, depth + 1, maxDepth, features, nodes);
    node[3] = grow(r, depth + 1, maxDepth, features, nodes);
    return at;
  }

  /** The tree walked node by node from its root, as MLlib defines it. */
  private static double walk(BlockModel.Tree t, double[] x) {
    int i = 0;
    while (t.feature()[i] >= 0) {
      i = x[t.feature()[i]] <= t.threshold()[i] ? t.left()[i] : t.right()[i];
    }
    return t.value()[i];
  }

  @Test
  void paddedTreesWalkedSideBySideGiveTheMarginOfOneTreeAtATime() {
    // Trees of uneven depth (one leaf alone among them), counts that are not a multiple of the lanes, NaN inputs,
    // inputs on a threshold: the result must be the very double a plain walk summed in tree order gives.
    Random r = new Random(7);
    for (int treeCount : new int[] {1, 3, 4, 9}) {
      List<BlockModel.Tree> trees = new java.util.ArrayList<>();
      double[] weights = new double[treeCount];
      for (int t = 0; t < treeCount; t++) {
        List<double[]> nodes = new java.util.ArrayList<>();
        grow(r, 0, t == 0 ? 0 : 1 + r.nextInt(6), 5, nodes);
        int n = nodes.size();
        BlockModel.Tree tree = new BlockModel.Tree(new int[n], new double[n], new int[n], new int[n], new double[n]);
        for (int i = 0; i < n; i++) {
          tree.feature()[i] = (int) nodes.get(i)[0];
          tree.threshold()[i] = nodes.get(i)[1];
          tree.left()[i] = (int) nodes.get(i)[2];
          tree.right()[i] = (int) nodes.get(i)[3];
          tree.value()[i] = nodes.get(i)[4];
        }
        trees.add(tree);
        weights[t] = 0.1 + r.nextDouble();
      }
      BlockModel.Ensemble e = new BlockModel.Ensemble(trees, weights);
      for (int v = 0; v < 2000; v++) {
        double[] x = new double[5];
        for (int f = 0; f < 5; f++) {
          x[f] = input(r);
        }
        double margin = 0;
        for (int t = 0; t < treeCount; t++) {
          margin += weights[t] * walk(trees.get(t), x);
        }
        assertEquals(logistic(margin), e.probability(x), 0, treeCount + " trees, vector " + v);
      }
    }
  }

  @Test
  void treesTooDeepToPadAreRefused() {
    int n = 2 * BlockModel.Ensemble.MAX_DEPTH + 3;
    BlockModel.Tree chain = new BlockModel.Tree(new int[n], new double[n], new int[n], new int[n], new double[n]);
    // A chain of MAX_DEPTH + 1 splits, each with a leaf on its right.
    for (int d = 0; d <= BlockModel.Ensemble.MAX_DEPTH; d++) {
      int node = 2 * d;
      chain.left()[node] = node + 2;
      chain.right()[node] = node + 1;
      chain.feature()[node + 1] = -1;
    }
    chain.feature()[n - 1] = -1;
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new BlockModel.Ensemble(List.of(chain), new double[] {1}));
    assertTrue(e.getMessage().contains("--depth"), e.getMessage());
  }

  @Test
  void writtenModelReadsBackTheSame(@TempDir Path dir) throws Exception {
    BlockModel model = new BlockModel(stumps(), stumps(), new BlockModel.Split("s", 0.5), "test model");
    Path file = dir.resolve("m.json");
    model.write(file);
    BlockModel back = BlockModel.named(file.toString());
    double[] x = new double[BlockVector.NAMES.size()];
    x[2] = 0.9;
    assertEquals(model.first().probability(x), back.first().probability(x), 0);
    assertEquals("test model", back.about());
    assertEquals(0.5, back.split().trainShare());
    assertNotNull(back.second());
  }

  @Test
  void aModelForOtherFeaturesIsRefused(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("m.json");
    new BlockModel(stumps(), null, new BlockModel.Split("s", 0.5), "test").write(file);
    String renamed = Files.readString(file).replace("\"log_words\"", "\"log_words_v0\"");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BlockModel.read(new ByteArrayInputStream(renamed.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("train it again"), e.getMessage());
  }

  @Test
  void builtinModelShipsInTheJarAndNoneMeansRulesOnly() {
    BlockModel builtin = BlockModel.named(BlockModel.BUILTIN);
    assertNotNull(builtin.second());
    assertTrue(builtin.about().contains("trained on"), builtin.about());
    assertNull(BlockModel.named(BlockModel.NONE));
    assertEquals(BlockModel.NONE, BlockModel.digestOf(BlockModel.NONE));
  }

  @Test
  void domainSplitIsDeterministicAndNearItsShare() {
    BlockModel.Split split = new BlockModel.Split("salt", 0.3);
    int training = 0;
    for (int i = 0; i < 2000; i++) {
      String domain = "site" + i + ".example";
      assertEquals(split.training(domain), new BlockModel.Split("salt", 0.3).training(domain));
      training += split.training(domain) ? 1 : 0;
    }
    assertTrue(training > 500 && training < 700, "training domains: " + training);
  }
}
