package winnow.filler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import winnow.ingest.PageId;

/**
 * A boosted tree ensemble that gives a block's probability of being content from its {@link BlockVector}. Trained
 * with Spark MLlib ({@code bin/winnow train filler}) and stored as plain JSON: small enough to commit and review,
 * and evaluated here without a Spark session, inside the task that labels the page.
 *
 * <p>The file also records which domains the model was trained on (a hash split), so evaluations can report the
 * pages it never saw apart from the ones it learnt from.
 */
public final class BlockModel implements Serializable {
  public static final String BUILTIN = "builtin";
  public static final String NONE = "none";
  static final String RESOURCE = "/filler/block-model.json";
  private static final String FORMAT = "winnow-block-model/1";

  /** One regression tree, nodes flattened; a leaf has feature -1 and its output in value. */
  public record Tree(int[] feature, double[] threshold, int[] left, int[] right, double[] value)
      implements Serializable {}

  /** Pages of a domain are in the training part when the domain's salted hash falls below the share. */
  public record Split(String salt, double trainShare) implements Serializable {
    public boolean training(String domain) {
      long h = Long.parseLong(PageId.hash(salt, domain == null ? "" : domain).substring(0, 8), 16);
      return h / (double) (1L << 32) < trainShare;
    }
  }

  /**
   * Boosted trees: margin = Σ weight × tree output, probability = 1 / (1 + e^(-2 margin)) (MLlib's log loss). A block
   * is scored many millions of times a crawl, so the trees are laid out for that. Every tree is padded to the
   * ensemble's greatest depth (a leaf above it becomes a node whose two sides lead to copies of the leaf) and stored
   * in heap order, so a walk is a fixed number of steps with the next node computed, not loaded. Eight trees are
   * walked side by side: one walk is a chain of dependent loads, and independent chains keep the core busy while each
   * waits on its cache (stage 1 over 137k of WCXB's block vectors: one tree at a time 0.38 s, four side by side
   * 0.22 s, eight 0.19 s). Outputs are summed in tree order, so the margin is the same double as one tree at a time
   * gives.
   */
  public static final class Ensemble implements Serializable {
    /** 2^13 nodes per padded tree: deeper trees would cost memory out of proportion. */
    static final int MAX_DEPTH = 12;
    private static final int LANES = 8;
    private final List<Tree> trees;
    private final double[] weights;
    private final int depth;
    /** Inner nodes per padded tree (2^depth − 1); its leaves number one more. */
    private final int inner;
    /** Per tree, in heap order (node k's sides are 2k+1 and 2k+2): the feature each inner node splits on. */
    private final int[] feature;
    private final double[] threshold;
    /** Per tree, its 2^depth leaves' outputs, weighted. */
    private final double[] leaf;

    public Ensemble(List<Tree> trees, double[] weights) {
      this.trees = List.copyOf(trees);
      this.weights = weights.clone();
      int d = 0;
      for (Tree t : trees) {
        d = Math.max(d, depth(t, 0));
      }
      if (d > MAX_DEPTH) {
        throw new IllegalArgumentException("trees of depth " + d + " are deeper than the " + MAX_DEPTH
            + " this scorer lays out; train with a smaller --depth");
      }
      depth = d;
      inner = (1 << d) - 1;
      feature = new int[trees.size() * inner];
      threshold = new double[trees.size() * inner];
      leaf = new double[trees.size() * (inner + 1)];
      for (int t = 0; t < trees.size(); t++) {
        place(trees.get(t), weights[t], 0, 0, 0, t);
      }
    }

    private static int depth(Tree t, int node) {
      return t.feature()[node] < 0 ? 0 : 1 + Math.max(depth(t, t.left()[node]), depth(t, t.right()[node]));
    }

    /** Puts the tree's node at heap slot {@code slot} of tree {@code t}, padding a shallow leaf down to the depth. */
    private void place(Tree tree, double weight, int node, int slot, int level, int t) {
      if (level == depth) {
        leaf[t * (inner + 1) + slot - inner] = weight * tree.value()[node];
        return;
      }
      boolean isLeaf = tree.feature()[node] < 0;
      // A padding node sends every value, NaN included, to one of two identical subtrees.
      feature[t * inner + slot] = isLeaf ? 0 : tree.feature()[node];
      threshold[t * inner + slot] = isLeaf ? Double.POSITIVE_INFINITY : tree.threshold()[node];
      place(tree, weight, isLeaf ? node : tree.left()[node], 2 * slot + 1, level + 1, t);
      place(tree, weight, isLeaf ? node : tree.right()[node], 2 * slot + 2, level + 1, t);
    }

    public List<Tree> trees() {
      return trees;
    }

    public double[] weights() {
      return weights.clone();
    }

    public double probability(double[] x) {
      double margin = 0;
      int n = trees.size();
      int t = 0;
      for (; t + LANES <= n; t += LANES) {
        int o = t * inner;
        int a0 = 0;
        int a1 = 0;
        int a2 = 0;
        int a3 = 0;
        int a4 = 0;
        int a5 = 0;
        int a6 = 0;
        int a7 = 0;
        for (int level = 0; level < depth; level++) {
          // "not <=" goes right: a missing value (NaN) goes right, as in MLlib.
          a0 = 2 * a0 + (x[feature[o + a0]] <= threshold[o + a0] ? 1 : 2);
          a1 = 2 * a1 + (x[feature[o + inner + a1]] <= threshold[o + inner + a1] ? 1 : 2);
          a2 = 2 * a2 + (x[feature[o + 2 * inner + a2]] <= threshold[o + 2 * inner + a2] ? 1 : 2);
          a3 = 2 * a3 + (x[feature[o + 3 * inner + a3]] <= threshold[o + 3 * inner + a3] ? 1 : 2);
          a4 = 2 * a4 + (x[feature[o + 4 * inner + a4]] <= threshold[o + 4 * inner + a4] ? 1 : 2);
          a5 = 2 * a5 + (x[feature[o + 5 * inner + a5]] <= threshold[o + 5 * inner + a5] ? 1 : 2);
          a6 = 2 * a6 + (x[feature[o + 6 * inner + a6]] <= threshold[o + 6 * inner + a6] ? 1 : 2);
          a7 = 2 * a7 + (x[feature[o + 7 * inner + a7]] <= threshold[o + 7 * inner + a7] ? 1 : 2);
        }
        // Tree t's leaves start at t × (inner + 1), and a walk ends at heap slot inner + its leaf. In tree order.
        int l = t * (inner + 1) - inner;
        int w = inner + 1;
        margin += leaf[l + a0];
        margin += leaf[l + w + a1];
        margin += leaf[l + 2 * w + a2];
        margin += leaf[l + 3 * w + a3];
        margin += leaf[l + 4 * w + a4];
        margin += leaf[l + 5 * w + a5];
        margin += leaf[l + 6 * w + a6];
        margin += leaf[l + 7 * w + a7];
      }
      for (; t < n; t++) {
        int o = t * inner;
        int a = 0;
        for (int level = 0; level < depth; level++) {
          a = 2 * a + (x[feature[o + a]] <= threshold[o + a] ? 1 : 2);
        }
        margin += leaf[t * (inner + 1) + a - inner];
      }
      return 1 / (1 + Math.exp(-2 * margin));
    }

    /** Each vector's probability, vector by vector. */
    public double[] probabilities(double[][] xs) {
      double[] p = new double[xs.length];
      for (int b = 0; b < xs.length; b++) {
        p[b] = probability(xs[b]);
      }
      return p;
    }
  }

  private final Ensemble first;
  private final Ensemble second;
  private final Split split;
  private final String about;
  private final String digest;

  /** A model of one stage (second null) or two: the second reads the first's probabilities around each block. */
  public BlockModel(Ensemble first, Ensemble second, Split split, String about) {
    this(first, second, split, about, "");
  }

  private BlockModel(Ensemble first, Ensemble second, Split split, String about, String digest) {
    this.first = first;
    this.second = second;
    this.split = split;
    this.about = about;
    this.digest = digest;
  }

  /** "builtin" (the committed model), "none" (rules only), or a model file written by {@code train filler}. */
  public static BlockModel named(String name) {
    if (NONE.equals(name)) {
      return null;
    }
    try (InputStream in = BUILTIN.equals(name) ? BlockModel.class.getResourceAsStream(RESOURCE)
        : Files.newInputStream(Path.of(name))) {
      if (in == null) {
        throw new IllegalStateException("the built-in block model " + RESOURCE + " is missing from the jar");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read block model " + name, e);
    }
  }

  public static BlockModel read(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
    JsonNode root = new ObjectMapper().readTree(bytes);
    if (!FORMAT.equals(root.path("format").asText())) {
      throw new IllegalArgumentException("not a " + FORMAT + " file");
    }
    JsonNode stages = root.get("stages");
    Ensemble first = ensemble(stages.get(0), BlockVector.NAMES);
    Ensemble second = stages.size() > 1 ? ensemble(stages.get(1), BlockVector.SECOND_NAMES) : null;
    JsonNode s = root.get("split");
    return new BlockModel(first, second, new Split(s.get("salt").asText(), s.get("train_share").asDouble()),
        root.path("about").asText(), PageId.hash(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static Ensemble ensemble(JsonNode stage, List<String> expected) {
    List<String> names = new ArrayList<>();
    stage.get("features").forEach(f -> names.add(f.asText()));
    if (!names.equals(expected)) {
      throw new IllegalArgumentException("the block model reads other features than this version computes; "
          + "train it again with `bin/winnow train filler`");
    }
    List<Tree> trees = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (JsonNode t : stage.get("trees")) {
      weights.add(t.get("weight").asDouble());
      JsonNode nodes = t.get("nodes");
      int n = nodes.size();
      Tree tree = new Tree(new int[n], new double[n], new int[n], new int[n], new double[n]);
      for (int i = 0; i < n; i++) {
        JsonNode node = nodes.get(i);
        tree.feature()[i] = node.get(0).asInt();
        tree.threshold()[i] = node.get(1).asDouble();
        tree.left()[i] = node.get(2).asInt();
        tree.right()[i] = node.get(3).asInt();
        tree.value()[i] = node.get(4).asDouble();
      }
      trees.add(tree);
    }
    return new Ensemble(trees, weights.stream().mapToDouble(Double::doubleValue).toArray());
  }

  public void write(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode().put("format", FORMAT).put("about", about);
    root.putObject("split").put("salt", split.salt()).put("train_share", split.trainShare());
    ArrayNode stages = root.putArray("stages");
    write(stages.addObject(), first, BlockVector.NAMES);
    if (second != null) {
      write(stages.addObject(), second, BlockVector.SECOND_NAMES);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    // One tree per line keeps the committed file diffable.
    String text = json.writeValueAsString(root).replace("{\"weight\"", "\n{\"weight\"");
    Files.writeString(file, text + "\n");
  }

  private static void write(ObjectNode stage, Ensemble e, List<String> names) {
    ArrayNode features = stage.putArray("features");
    names.forEach(features::add);
    ArrayNode out = stage.putArray("trees");
    double[] weights = e.weights();
    for (int t = 0; t < e.trees().size(); t++) {
      Tree tree = e.trees().get(t);
      ArrayNode nodes = out.addObject().put("weight", weights[t]).putArray("nodes");
      for (int i = 0; i < tree.feature().length; i++) {
        nodes.addArray().add(tree.feature()[i]).add(tree.threshold()[i]).add(tree.left()[i])
            .add(tree.right()[i]).add(tree.value()[i]);
      }
    }
  }

  /**
   * Stage 2 is skipped where stage 1 is this sure: it costs as much again, and there it almost never changes the
   * decision (on WCXB: half of the blocks skipped, 0.09% of the labels changed; docs/benchmarks.md, session 14).
   */
  static final double SURE = 0.05;

  /**
   * Each block's probability of being content: the last stage's where stage 1 is unsure, else stage 1's. Stage 2
   * scores only the blocks marked {@code wanted}; stage 1 scores all of them, as its probabilities are stage 2's
   * context. An unwanted block gets stage 1's.
   */
  double[] contentProbabilities(BlockVector.Layout layout, boolean[] wanted) {
    double[] p = firstStage(layout);
    if (second == null) {
      return p;
    }
    BlockVector.Surroundings around = new BlockVector.Surroundings(layout, p);
    double[] out = p.clone();
    for (int i = 0; i < p.length; i++) {
      if (wanted[i] && p[i] > SURE && p[i] < 1 - SURE) {
        out[i] = second.probability(around.vector(i));
      }
    }
    return out;
  }

  /** The first stage's probabilities (the second stage's input). */
  double[] firstStage(BlockVector.Layout layout) {
    return first.probabilities(layout.x());
  }

  public Ensemble first() {
    return first;
  }

  public Ensemble second() {
    return second;
  }

  /** A hash of the model file: stored labels made by another model are stale. */
  public static String digestOf(String name) {
    BlockModel m = named(name);
    return m == null ? NONE : m.digest;
  }

  public Split split() {
    return split;
  }

  public String about() {
    return about;
  }
}
