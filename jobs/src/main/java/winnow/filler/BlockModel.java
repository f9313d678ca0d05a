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
   * Boosted trees: margin = Σ weight × tree output, probability = 1 / (1 + e^(-2 margin)) (MLlib's log loss). The
   * trees are laid out in one set of arrays, leaves pre-weighted: a block is scored many millions of times a crawl.
   */
  public static final class Ensemble implements Serializable {
    private final List<Tree> trees;
    private final double[] weights;
    private final int[] roots;
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] value;

    public Ensemble(List<Tree> trees, double[] weights) {
      this.trees = List.copyOf(trees);
      this.weights = weights.clone();
      int size = 0;
      roots = new int[trees.size()];
      for (int t = 0; t < trees.size(); t++) {
        roots[t] = size;
        size += trees.get(t).feature().length;
      }
      feature = new int[size];
      threshold = new double[size];
      left = new int[size];
      right = new int[size];
      value = new double[size];
      for (int t = 0; t < trees.size(); t++) {
        Tree tree = trees.get(t);
        int base = roots[t];
        for (int i = 0; i < tree.feature().length; i++) {
          feature[base + i] = tree.feature()[i];
          threshold[base + i] = tree.threshold()[i];
          left[base + i] = base + tree.left()[i];
          right[base + i] = base + tree.right()[i];
          value[base + i] = weights[t] * tree.value()[i];
        }
      }
    }

    public List<Tree> trees() {
      return trees;
    }

    public double[] weights() {
      return weights.clone();
    }

    public double probability(double[] x) {
      double margin = 0;
      for (int root : roots) {
        int i = root;
        while (feature[i] >= 0) {
          i = x[feature[i]] <= threshold[i] ? left[i] : right[i];
        }
        margin += value[i];
      }
      return 1 / (1 + Math.exp(-2 * margin));
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

  /** Each block's probability of being content: the last stage's where stage 1 is unsure, else stage 1's. */
  double[] contentProbabilities(BlockVector.Layout layout) {
    double[] p = firstStage(layout);
    if (second == null) {
      return p;
    }
    BlockVector.Surroundings around = new BlockVector.Surroundings(layout, p);
    double[] out = p.clone();
    for (int i = 0; i < p.length; i++) {
      if (p[i] > SURE && p[i] < 1 - SURE) {
        out[i] = second.probability(around.vector(i));
      }
    }
    return out;
  }

  /** The first stage's probabilities (the second stage's input). */
  double[] firstStage(BlockVector.Layout layout) {
    double[] p = new double[layout.x().length];
    for (int i = 0; i < p.length; i++) {
      p[i] = first.probability(layout.x()[i]);
    }
    return p;
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
