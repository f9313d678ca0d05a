package winnow.filler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The numbers the block model reads: each block's own shape, its corpus signals, what the rules decided, and its
 * context on the page (neighbours, container, the main-text region). One list of names, checked against the model's
 * when it loads, so a model can never read a vector laid out for another.
 */
final class BlockVector {
  private static final List<String> TAGS = List.of("p", "h1", "heading", "li", "cell", "container", "line",
      "caption", "quote", "box", "other");
  private static final Map<String, String> TAG_GROUP = Map.ofEntries(
      Map.entry("p", "p"), Map.entry("h1", "h1"), Map.entry("h2", "heading"), Map.entry("h3", "heading"),
      Map.entry("h4", "heading"), Map.entry("h5", "heading"), Map.entry("h6", "heading"), Map.entry("li", "li"),
      Map.entry("td", "cell"), Map.entry("th", "cell"), Map.entry("dt", "cell"), Map.entry("dd", "cell"),
      Map.entry("div", "container"), Map.entry("section", "container"), Map.entry("article", "container"),
      Map.entry("main", "container"), Map.entry("body", "container"), Map.entry("center", "container"),
      Map.entry("line", "line"), Map.entry("figcaption", "caption"), Map.entry("caption", "caption"),
      Map.entry("blockquote", "quote"), Map.entry("pre", "quote"), Map.entry("nav", "box"),
      Map.entry("header", "box"), Map.entry("footer", "box"), Map.entry("aside", "box"), Map.entry("form", "box"));
  private static final List<String> NEIGHBOUR = List.of("link_density", "log_words", "prose", "rule_filler",
      "same_parent");

  static final List<String> NAMES = names();
  /** The second stage reads the first's vector, then how the first stage scored the block's surroundings. */
  static final List<String> SECOND_NAMES = secondNames();

  private BlockVector() {}

  private static List<String> names() {
    List<String> n = new ArrayList<>(List.of("log_words", "log_chars", "link_density", "stopword_ratio",
        "log_sentences", "words_per_sentence", "ends_sentence", "truncated", "digit_share", "upper_share",
        "punct_share", "heading_like", "prose", "title_similarity", "page_similarity", "domain_page_share",
        "log_cross_domain", "log_pages_with_text", "position", "chars_before_share", "path_depth", "hint_content"));
    TAGS.forEach(t -> n.add("tag_" + t));
    for (Category c : Category.values()) {
      n.add("cue_" + c.id());
    }
    for (Category c : Category.values()) {
      n.add("hint_" + c.id());
    }
    for (BlockClassifier.Rule r : BlockClassifier.Rule.values()) {
      n.add("rule_" + r.name().toLowerCase(Locale.ROOT));
    }
    n.addAll(List.of("rule_filler", "in_region", "region_distance", "same_path_chars_share",
        "same_parent_chars_share", "same_parent_prose_share", "in_main_container", "log_blocks", "log_page_chars",
        "page_prose_share", "page_link_density", "log_path_blocks", "log_parent_blocks", "path_link_density",
        "date_like"));
    for (String side : List.of("prev_", "next_")) {
      NEIGHBOUR.forEach(f -> n.add(side + f));
    }
    return List.copyOf(n);
  }

  private static List<String> secondNames() {
    List<String> n = new ArrayList<>(NAMES);
    n.addAll(List.of("p", "p_prev", "p_next", "p_prev2", "p_next2", "p_window", "p_same_parent", "p_same_path",
        "p_page_max", "p_page_mean", "p_page_content_share", "p_in_region", "p_region_distance",
        "p_in_main_container"));
    return List.copyOf(n);
  }

  /** A page's first-stage vectors with the page sums the second stage needs. */
  record Layout(double[][] x, Page page) {}

  /**
   * Second-stage vectors: each block's first-stage vector, then the first-stage probabilities around it — its
   * neighbours, its container, the page's likely main region — so one block's decision can lean on its context's.
   */
  static double[][] second(Layout l, double[] p) {
    Surroundings around = new Surroundings(l, p);
    double[][] out = new double[l.page().n][];
    for (int i = 0; i < out.length; i++) {
      out[i] = around.vector(i);
    }
    return out;
  }

  /** The page-level sums of the first stage's probabilities, computed once; any block's second-stage vector. */
  static final class Surroundings {
    private final Layout l;
    private final double[] p;
    private long contentChars;
    private double weighted;
    private double max;
    private int first = -1;
    private int last = -1;
    /** Per path group and per parent group ({@link Page.Group#index}): Σ p × chars, then Σ chars. */
    private final double[][] pathSum;
    private final double[][] parentSum;
    private final String main;

    Surroundings(Layout l, double[] p) {
      this.l = l;
      this.p = p;
      Page page = l.page();
      pathSum = new double[page.pathGroups][2];
      parentSum = new double[page.parentGroups][2];
      for (int i = 0; i < page.n; i++) {
        if (p[i] >= 0.5) {
          page.prefixes(page.pathGroup[i]);
        }
      }
      long[] underPrefix = new long[page.prefixCount()];
      boolean[] reached = new boolean[page.prefixCount()];
      for (int i = 0; i < page.n; i++) {
        long len = page.len[i];
        weighted += p[i] * len;
        max = Math.max(max, p[i]);
        double[] parent = parentSum[page.parentGroup[i].index];
        parent[0] += p[i] * len;
        parent[1] += len;
        double[] path = pathSum[page.pathGroup[i].index];
        path[0] += p[i] * len;
        path[1] += len;
        if (p[i] >= 0.5) {
          contentChars += len;
          first = first < 0 ? i : first;
          last = i;
          for (int prefix : page.prefixes(page.pathGroup[i])) {
            underPrefix[prefix] += len;
            reached[prefix] = true;
          }
        }
      }
      main = page.deepest(underPrefix, reached, 0.6 * contentChars);
    }

    double[] vector(int i) {
      Page page = l.page();
      int n = page.n;
      double[] v = Arrays.copyOf(l.x()[i], SECOND_NAMES.size());
      int k = NAMES.size();
      v[k++] = p[i];
      v[k++] = i >= 1 ? p[i - 1] : -1;
      v[k++] = i + 1 < n ? p[i + 1] : -1;
      v[k++] = i >= 2 ? p[i - 2] : -1;
      v[k++] = i + 2 < n ? p[i + 2] : -1;
      double num = 0;
      double den = 0;
      for (int j = Math.max(0, i - 3); j <= Math.min(n - 1, i + 3); j++) {
        if (j != i) {
          num += p[j] * page.len[j];
          den += page.len[j];
        }
      }
      v[k++] = den == 0 ? -1 : num / den;
      v[k++] = mean(parentSum[page.parentGroup[i].index]);
      v[k++] = mean(pathSum[page.pathGroup[i].index]);
      v[k++] = max;
      v[k++] = page.chars == 0 ? 0 : weighted / page.chars;
      v[k++] = page.chars == 0 ? 0 : contentChars / (double) page.chars;
      v[k++] = first >= 0 && i >= first && i <= last ? 1 : 0;
      v[k++] = first < 0 ? 0 : i < first ? -(first - i) / (double) n : i > last ? (i - last) / (double) n : 0;
      v[k] = main != null && page.path[i].startsWith(main) ? 1 : 0;
      return v;
    }
  }

  private static double mean(double[] sum) {
    return sum[1] == 0 ? 0 : sum[0] / sum[1];
  }

  /** One vector a block, in page order, laid out as {@link #NAMES}. */
  static Layout of(List<BlockFeatures> blocks, BlockClassifier.Outcome o) {
    int n = blocks.size();
    Page page = new Page(blocks);
    double[][] out = new double[n][];
    for (int i = 0; i < n; i++) {
      double[] v = new double[NAMES.size()];
      int k = own(blocks.get(i), o, i, page, v);
      k = context(blocks.get(i), o, i, page, v, k);
      for (int side : new int[] {i - 1, i + 1}) {
        boolean there = side >= 0 && side < n;
        BlockFeatures f = there ? blocks.get(side) : null;
        v[k++] = there ? f.linkDensity() : -1;
        v[k++] = there ? Math.log1p(f.words()) : -1;
        v[k++] = there && page.prose[side] ? 1 : 0;
        v[k++] = there && o.cat()[side] != null ? 1 : 0;
        v[k++] = there && page.parent[side].equals(page.parent[i]) ? 1 : 0;
      }
      out[i] = v;
    }
    return new Layout(out, page);
  }

  private static int own(BlockFeatures f, BlockClassifier.Outcome o, int i, Page page, double[] v) {
    String t = f.block().text();
    int k = 0;
    v[k++] = Math.log1p(f.words());
    v[k++] = Math.log1p(t.length());
    v[k++] = f.linkDensity();
    v[k++] = f.stopwordRatio();
    v[k++] = Math.log1p(f.sentences());
    v[k++] = Math.min(f.words() / (double) Math.max(f.sentences(), 1), 100);
    char end = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    v[k++] = ".!?\"”»'’)".indexOf(end) >= 0 ? 1 : 0;
    v[k++] = t.endsWith("…") || t.endsWith("...") ? 1 : 0;
    int digits = 0;
    int letters = 0;
    int upper = 0;
    int punct = 0;
    for (int c = 0; c < t.length(); c++) {
      char ch = t.charAt(c);
      if (Character.isDigit(ch)) {
        digits++;
      } else if (Character.isLetter(ch)) {
        letters++;
        upper += Character.isUpperCase(ch) ? 1 : 0;
      } else if (!Character.isWhitespace(ch)) {
        punct++;
      }
    }
    double len = Math.max(t.length(), 1);
    v[k++] = digits / len;
    v[k++] = letters == 0 ? 0 : upper / (double) letters;
    v[k++] = punct / len;
    v[k++] = BlockClassifier.headingLike(f) ? 1 : 0;
    v[k++] = page.prose[i] ? 1 : 0;
    v[k++] = o.titleSim()[i];
    v[k++] = o.pageSim()[i];
    v[k++] = f.domainPageShare();
    v[k++] = Math.log1p(f.crossDomainCount());
    v[k++] = Math.log1p(f.pagesWithText());
    v[k++] = page.n <= 1 ? 0 : i / (double) (page.n - 1);
    v[k++] = page.chars == 0 ? 0 : page.before[i] / (double) page.chars;
    v[k++] = Math.min(page.depth[i], 16);
    v[k++] = page.hintsContent.computeIfAbsent(f.block().hints(), CueWords::hintsContent) ? 1 : 0;
    v[k + TAGS.indexOf(TAG_GROUP.getOrDefault(f.block().tag(), "other"))] = 1;
    k += TAGS.size();
    CueWords.Cue cue = o.cue()[i];
    if (cue != null) {
      v[k + cue.category().ordinal()] = 1;
    }
    k += Category.values().length;
    CueWords.Cue hint = o.hint()[i];
    if (hint != null) {
      v[k + hint.category().ordinal()] = 1;
    }
    k += Category.values().length;
    v[k + o.rule()[i].ordinal()] = 1;
    return k + BlockClassifier.Rule.values().length;
  }

  private static int context(BlockFeatures f, BlockClassifier.Outcome o, int i, Page page, double[] v, int k) {
    int first = o.first();
    int last = o.last();
    v[k++] = o.cat()[i] != null ? 1 : 0;
    v[k++] = first >= 0 && i >= first && i <= last ? 1 : 0;
    v[k++] = first < 0 ? 0 : i < first ? -(first - i) / (double) page.n : i > last ? (i - last) / (double) page.n : 0;
    Page.Group path = page.pathGroup[i];
    Page.Group parent = page.parentGroup[i];
    v[k++] = Page.share(path.chars, page.chars);
    v[k++] = Page.share(parent.chars, page.chars);
    v[k++] = Page.share(parent.proseChars, page.proseChars);
    v[k++] = page.main != null && page.path[i].startsWith(page.main) ? 1 : 0;
    v[k++] = Math.log1p(page.n);
    v[k++] = Math.log1p(page.chars);
    v[k++] = page.chars == 0 ? 0 : page.proseChars / (double) page.chars;
    v[k++] = page.chars == 0 ? 0 : page.linkChars / (double) page.chars;
    // Repeated structure: cards, comments and menus repeat one path many times; an article's paragraphs do too, but
    // with prose and without links, which the model reads beside these.
    v[k++] = Math.log(path.blocks);
    v[k++] = Math.log(parent.blocks);
    v[k++] = Page.share(path.linkChars, path.chars);
    v[k++] = dateLike(f.words(), f.block().text()) ? 1 : 0;
    return k;
  }

  /** A month in English, Russian or Ukrainian (Cyrillic ones as stems: they inflect). */
  private static final String MONTH = "(?:(?:january|february|march|april|may|june|july|august|september|october"
      + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\b|(?:январ|феврал|март|апрел|ма[йя]|июн"
      + "|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)"
      + "\\p{L}*)";
  /** A month beside a number, a time of day, or a numeric date: a byline's, a comment's or a post's date. */
  private static final Pattern DATE = Pattern.compile("(?iu)\\b" + MONTH + "\\.?\\s*\\d|\\d\\.?\\s*" + MONTH
      + "|\\b\\d{1,2}:\\d{2}\\b|\\b(?:19|20)\\d{2}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b|\\b\\d{1,2}[-/.]\\d{1,2}[-/.]"
      + "(?:19|20)?\\d{2}\\b");

  /** A short block that carries a date or a time. */
  static boolean dateLike(int words, String text) {
    if (words > 16) {
      return false;
    }
    boolean digit = false;
    for (int c = 0; c < text.length() && !digit; c++) {
      digit = Character.isDigit(text.charAt(c));
    }
    return digit && DATE.matcher(text).find();
  }

  /** Page-level sums the blocks are measured against. */
  static final class Page {
    final int n;
    final long[] len;
    final String[] path;
    /** The path of a block's container; blocks of one container share one string. */
    final String[] parent;
    /** The sums over the blocks of each block's path, and of its parent path. */
    final Group[] pathGroup;
    final Group[] parentGroup;
    final int[] depth;
    final boolean[] prose;
    final long[] before;
    long chars;
    long proseChars;
    long linkChars;
    /** Blocks of one container share their hints: each distinct chain is looked at once. */
    final Map<String, Boolean> hintsContent = new HashMap<>();
    /** The deepest container holding most of the page's prose, or null. */
    final String main;
    /** How many distinct paths and parent paths the page has: the numbers of their groups. */
    final int pathGroups;
    final int parentGroups;
    /**
     * The page's container prefixes met so far, numbered: each is one step below another (or below none), so it is
     * found by its parent's number and its last step's text alone; where it ends in a path that starts with it.
     */
    private final Map<Step, Integer> steps = new HashMap<>();
    private final List<Integer> prefixEnd = new ArrayList<>();
    private final List<String> prefixPath = new ArrayList<>();

    /** Sums over the blocks that share a path (or a parent path). */
    static final class Group {
      long chars;
      long proseChars;
      long linkChars;
      int blocks;
      /** For a path's group: its parent path and that path's group. */
      String parent;
      Group parentGroup;
      /** Numbered from 0 among the page's path groups, or among its parent groups. */
      int index;
      /** For a path's group: the path, and once asked for ({@link Page#prefixes}) its container prefixes' numbers. */
      String path;
      int[] prefixes;
    }

    Page(List<BlockFeatures> blocks) {
      n = blocks.size();
      path = new String[n];
      parent = new String[n];
      pathGroup = new Group[n];
      parentGroup = new Group[n];
      depth = new int[n];
      prose = new boolean[n];
      before = new long[n];
      len = new long[n];
      // Keyed by path: a page has few distinct paths, and a path string shared by siblings hashes once.
      Map<String, Group> byPath = new HashMap<>();
      Map<String, Group> byParent = new HashMap<>();
      for (int i = 0; i < n; i++) {
        BlockFeatures f = blocks.get(i);
        long len = f.block().text().length();
        this.len[i] = len;
        path[i] = f.block().tagPath();
        Group g = byPath.get(path[i]);
        if (g == null) {
          g = new Group();
          g.index = byPath.size();
          int cut = path[i].lastIndexOf('>');
          g.parent = cut < 0 ? "" : path[i].substring(0, cut);
          g.parentGroup = byParent.computeIfAbsent(g.parent, k -> {
            Group parentGroup = new Group();
            parentGroup.index = byParent.size();
            return parentGroup;
          });
          g.path = path[i];
          byPath.put(path[i], g);
        }
        pathGroup[i] = g;
        parentGroup[i] = g.parentGroup;
        parent[i] = g.parent;
        int d = 0;
        for (int c = 0; c < path[i].length(); c++) {
          d += path[i].charAt(c) == '>' ? 1 : 0;
        }
        depth[i] = d;
        prose[i] = BlockClassifier.prose(f);
        before[i] = chars;
        chars += len;
        linkChars += f.block().linkChars();
        g.chars += len;
        g.blocks++;
        g.linkChars += f.block().linkChars();
        g.parentGroup.chars += len;
        g.parentGroup.blocks++;
        if (prose[i]) {
          proseChars += len;
          g.proseChars += len;
          g.parentGroup.proseChars += len;
        }
      }
      pathGroups = byPath.size();
      parentGroups = byParent.size();
      for (Group g : byPath.values()) {
        if (g.proseChars > 0) {
          prefixes(g);
        }
      }
      long[] underPrefix = new long[prefixCount()];
      boolean[] reached = new boolean[prefixCount()];
      for (Group g : byPath.values()) {
        if (g.proseChars > 0) {
          for (int prefix : g.prefixes) {
            underPrefix[prefix] += g.proseChars;
            reached[prefix] = true;
          }
        }
      }
      main = deepest(underPrefix, reached, 0.6 * proseChars);
    }

    /** A path's step between {@code from} and {@code to}, below the prefix numbered {@code parent} (-1: none). */
    record Step(int parent, String path, int from, int to, int hash) {
      @Override
      public int hashCode() {
        return 31 * parent + hash;
      }

      @Override
      public boolean equals(Object o) {
        return o instanceof Step s && s.parent == parent && s.hash == hash && s.to - s.from == to - from
            && path.regionMatches(from, s.path, s.from, to - from);
      }
    }

    int prefixCount() {
      return prefixEnd.size();
    }

    /**
     * The numbers of a path group's container prefixes (the path's first characters up to each '>'), shallowest
     * first. Looked up step by step, so a path costs one pass over its characters: cutting every prefix out and
     * hashing it, for every block, had been a tenth of the labelling's time.
     */
    int[] prefixes(Group g) {
      if (g.prefixes != null) {
        return g.prefixes;
      }
      String p = g.path;
      int count = 0;
      for (int c = 0; c < p.length(); c++) {
        count += p.charAt(c) == '>' ? 1 : 0;
      }
      int[] out = new int[count];
      int id = -1;
      int from = 0;
      int h = 0;
      int k = 0;
      for (int c = 0; c < p.length(); c++) {
        char ch = p.charAt(c);
        if (ch != '>') {
          h = 31 * h + ch;
          continue;
        }
        Step step = new Step(id, p, from, c, h);
        Integer known = steps.get(step);
        if (known == null) {
          known = prefixEnd.size();
          steps.put(step, known);
          prefixEnd.add(c + 1);
          prefixPath.add(p);
        }
        id = known;
        out[k++] = id;
        from = c + 1;
        h = 0;
      }
      g.prefixes = out;
      return out;
    }

    /**
     * The longest container prefix that some counted block reached and that holds at least the given chars, or null.
     * Two prefixes of one length hold disjoint blocks, so with chars to hold only one can hold more than half.
     */
    String deepest(long[] underPrefix, boolean[] reached, double atLeast) {
      int best = -1;
      for (int prefix = 0; prefix < underPrefix.length; prefix++) {
        if (reached[prefix] && underPrefix[prefix] >= atLeast
            && (best < 0 || prefixEnd.get(prefix) > prefixEnd.get(best))) {
          best = prefix;
        }
      }
      return best < 0 ? null : prefixPath.get(best).substring(0, prefixEnd.get(best));
    }

    static double share(long part, long total) {
      return total == 0 ? 0 : part / (double) total;
    }
  }
}
