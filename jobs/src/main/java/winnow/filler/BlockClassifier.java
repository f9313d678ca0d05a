package winnow.filler;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Labels every block of one page, in page context. The rules run in order of confidence: corpus signals (site
 * templates, cross-domain spam), cue phrases and class/id hints, link density, box headings and sections, teasers
 * for other stories, and finally the main-text region spanned by the page's on-topic prose. Then the block model, when
 * configured, decides every block whose rule does not bind, reading what the rules found as part of its input.
 */
public final class BlockClassifier implements Serializable {
  private static final double ON_TOPIC = 0.35;
  /** Prose this close to the page's topic ends a filler section (a related list rarely returns to the story). */
  private static final double SECTION_END = 0.5;
  private static final int HEADING_WORDS = 8;
  /**
   * A content block of at least this many words whose words an earlier content block of the page already has, in
   * order, is a second copy (a layout for another screen, a pull quote, a repeated summary): it adds no content.
   * Shorter blocks repeat legitimately (a table's "Yes", a refrain).
   */
  static final int REPEAT_WORDS = 8;
  private static final double HINT_OVERRULED_AT = 0.8;

  private final FillerRules rules;
  private final BlockModel model;

  /** Rules only. */
  public BlockClassifier(FillerRules rules) {
    this(rules, null);
  }

  /** Rules, then the model (when not null) decides every block the binding rules left open. */
  public BlockClassifier(FillerRules rules, BlockModel model) {
    this.rules = rules;
    this.model = model;
  }

  public static BlockClassifier of(winnow.config.WinnowConfig.Filler f) {
    return new BlockClassifier(new FillerRules(f.templateMinPages(), f.templatePageShare(), f.crossDomainMin()),
        BlockModel.named(f.model()));
  }

  /** Thresholds from configuration. */
  public record FillerRules(int templateMinPages, double templatePageShare, int crossDomainMin)
      implements Serializable {}

  public List<Label> classify(String title, List<BlockFeatures> blocks) {
    Outcome o = rules(title, blocks);
    int n = blocks.size();
    if (oneLine(blocks)) {
      keepLongLine(o, blocks.get(0));
    } else if (model != null && n > 0) {
      // A binding rule's block keeps its label: the model's word on it is never read.
      boolean[] open = new boolean[n];
      for (int i = 0; i < n; i++) {
        open[i] = !o.rule[i].binding();
      }
      double[] p = model.contentProbabilities(BlockVector.of(blocks, o), open);
      for (int i = 0; i < n; i++) {
        if (open[i]) {
          decide(o, i, p[i], blocks.get(i).linkDensity());
        }
      }
    }
    repeats(o, blocks);
    List<Label> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Label(o.cat[i] != null, o.cat[i], o.why[i], o.titleSim[i], o.pageSim[i]));
    }
    return out;
  }

  /**
   * A text of one line, such as a feed item's lead: the model, which learnt from whole pages, has nothing around the
   * line to weigh it against (on the 16,545 items of ruwa-war it called 43% of such leads filler), so the rules
   * decide it alone. A page of one HTML block still has its markup for the model to read.
   */
  private static boolean oneLine(List<BlockFeatures> blocks) {
    return blocks.size() == 1 && blocks.get(0).block().tag().equals("line");
  }

  /**
   * A cue phrase inside a long one-line text (an article written on one line, a plug or "read also:" at its end) is a
   * part of the text, not the whole of it: the line stays content. On tgcontest's 458 articles as a feed, 11 whole
   * articles were filler for "подписывайтесь на" or "also read:" somewhere in them.
   */
  private static void keepLongLine(Outcome o, BlockFeatures line) {
    boolean cue = o.rule[0] == Rule.CUE || o.rule[0] == Rule.TEASER_CUE;
    if (cue && o.cat[0] != null && line.tokens() > CueWords.PROMO_MAX_WORDS) {
      o.cat[0] = null;
      o.why[0] = o.why[0] + "; kept: a one-line text of " + line.tokens() + " words is more than its cue";
    }
  }

  /** Second copies of content blocks ({@link #REPEAT_WORDS}) become filler; the first copy stays content. */
  private static void repeats(Outcome o, List<BlockFeatures> blocks) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      BlockFeatures f = blocks.get(i);
      if (o.cat[i] != null || f.tokens() < REPEAT_WORDS) {
        continue;
      }
      Integer earlier = first.putIfAbsent(wordsOf(f.block().text()), f.block().blockNo());
      if (earlier != null) {
        o.cat[i] = Category.OTHER;
        o.why[i] = o.why[i] + "; repeats block " + earlier + " of this page";
      }
    }
  }

  /** The text's letters and digits, lower case, one space between words: two copies match across markup. */
  static String wordsOf(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        b.appendCodePoint(Character.toLowerCase(c));
        gap = false;
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  /**
   * The model's input for each block of a page, as {@link #classify} computes it (for training): the first stage's
   * vectors, or with {@code firstStage} given, the second stage's, built on its probabilities.
   */
  public double[][] vectors(String title, List<BlockFeatures> blocks, BlockModel firstStage) {
    BlockVector.Layout layout = BlockVector.of(blocks, rules(title, blocks));
    return firstStage == null ? layout.x() : BlockVector.second(layout, firstStage.firstStage(layout));
  }

  /** The feature names of {@link #vectors} for the first or the second stage, in order. */
  public static List<String> vectorNames(boolean second) {
    return second ? BlockVector.SECOND_NAMES : BlockVector.NAMES;
  }

  /**
   * The model's decision for one block. The reason keeps the rule first, so reasons group by rule; where the model
   * overrules it, the reason says so, and a block it turns into filler takes the category its cue or hint names.
   */
  private static void decide(Outcome o, int i, double p, double linkDensity) {
    double needed = contentAt(o, i);
    boolean content = p >= needed;
    if (content == (o.cat[i] == null)) {
      o.why[i] = o.why[i] + "; model p(content) " + twoDecimals(p)
          + (p >= 0.5 && !content ? ", below the " + twoDecimals(needed) + " that overrules this rule" : "");
      return;
    }
    o.why[i] = o.why[i] + "; overruled by the model, p(content) " + twoDecimals(p);
    if (content) {
      o.cat[i] = null;
    } else {
      CueWords.Cue cue = o.cue[i];
      CueWords.Cue hint = o.hint[i];
      o.cat[i] = cue != null && cue.category() != Category.OFF_TOPIC_TEASER ? cue.category()
          : hint != null ? hint.category() : linkDensity >= 0.5 ? Category.NAVIGATION : Category.OTHER;
    }
  }

  /**
   * The p(content) at which the model's word decides block i. A class/id hint (menu, nav, footer, sidebar) names
   * the box the page's own authors put the block in, which the model reads as one input among many: such filler
   * turns into content only from {@value #HINT_OVERRULED_AT} up. Comment hints are the exception, since a forum's
   * posts sit in "comment" and "reply" boxes. Both were chosen on WCXB's training domains; the held-out ones agree
   * (docs/benchmarks.md, session 28).
   */
  private static double contentAt(Outcome o, int i) {
    boolean hinted = o.cat[i] != null && o.rule[i] == Rule.HINT && o.hint[i].category() != Category.COMMENTS;
    return hinted ? HINT_OVERRULED_AT : 0.5;
  }

  /** A probability as "0.07": String.format costs more than the model's trees on a short block. */
  private static String twoDecimals(double p) {
    long hundredths = Math.round(p * 100);
    long rest = hundredths % 100;
    return hundredths / 100 + (rest < 10 ? ".0" : ".") + rest;
  }

  /**
   * Which rule decided a block. Binding rules are final: the crawl-level ones see what no page-local model can, and
   * the teaser rules find what the model's training pages never label (a story's teaser for another story).
   */
  enum Rule {
    HEADLINE(true), TEMPLATE(true), CROSS_DOMAIN(true), TEASER_CUE(true), CUE(false), HINT(false),
    LINK_DENSITY(false), BOX_HEADING(false), SECTION(false), TEASER(true), CAPTION(false), NO_PROSE(false),
    PROSE(false), INSIDE(false), OUTSIDE(false);

    private final boolean binding;

    Rule(boolean binding) {
      this.binding = binding;
    }

    boolean binding() {
      return binding;
    }
  }

  /**
   * What the rules decided, block by block, with the page context they computed: the model reads all of it.
   * {@code first} and {@code last} bound the main-text region (-1 when the page has no prose).
   */
  record Outcome(Category[] cat, String[] why, Rule[] rule, boolean[] kept, double[] titleSim, double[] pageSim,
                 CueWords.Cue[] cue, CueWords.Cue[] hint, int first, int last) {}

  Outcome rules(String title, List<BlockFeatures> blocks) {
    int n = blocks.size();
    Category[] cat = new Category[n];
    String[] why = new String[n];
    Rule[] rule = new Rule[n];
    CueWords.Cue[] cues = new CueWords.Cue[n];
    CueWords.Cue[] hints = new CueWords.Cue[n];
    boolean[] teaserCue = new boolean[n];
    List<Set<String>> terms = new ArrayList<>(n);
    Set<String> titleTerms = titleTerms(title);
    double[] titleSim = new double[n];
    boolean[] kept = new boolean[n];
    // Blocks of one container share their hints: look each distinct chain up once.
    Map<String, Optional<CueWords.Cue>> hintOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      BlockFeatures f = blocks.get(i);
      terms.add(new HashSet<>(f.terms()));
      titleSim[i] = share(titleTerms, terms.get(i));
      CueWords.Cue cue = CueWords.match(f.block().text(), f.words());
      CueWords.Cue hint = hintOf.computeIfAbsent(f.block().hints(), h -> Optional.ofNullable(CueWords.hint(h)))
          .orElse(null);
      cues[i] = cue;
      hints[i] = hint;
      if (isHeadline(f, titleSim[i])) {
        // The page's own headline also recurs in other pages' related lists: it must not count as a template.
        kept[i] = true;
        rule[i] = Rule.HEADLINE;
        why[i] = String.format(Locale.ROOT, "headline (title similarity %.2f)", titleSim[i]);
      } else if (f.domainPagesWithText() >= rules.templateMinPages() && f.domainPageShare() >= rules.templatePageShare()) {
        cat[i] = cue != null ? cue.category() : hint != null ? hint.category() : Category.OTHER;
        rule[i] = Rule.TEMPLATE;
        why[i] = "template: on " + f.domainPagesWithText() + " of " + f.domainPages() + " pages of the domain";
      } else if (f.crossDomainCount() >= rules.crossDomainMin() && f.pagesWithText() >= 2 * f.crossDomainCount()) {
        cat[i] = cue != null ? cue.category() : Category.PROMO_SPAM;
        rule[i] = Rule.CROSS_DOMAIN;
        why[i] = "recurs on " + f.pagesWithText() + " pages of " + f.crossDomainCount() + " domains";
      } else if (cue != null && cue.category() == Category.OFF_TOPIC_TEASER) {
        teaserCue[i] = true;
        cat[i] = Category.OFF_TOPIC_TEASER;
        rule[i] = Rule.TEASER_CUE;
        why[i] = "cue:teaser('" + cue.phrase() + "')";
      } else if (cue != null) {
        cat[i] = cue.category();
        rule[i] = Rule.CUE;
        why[i] = "cue:" + cue.category().id() + "('" + cue.phrase() + "')";
      } else if (hint != null) {
        cat[i] = hint.category();
        rule[i] = Rule.HINT;
        why[i] = "hint:" + hint.phrase();
      } else if (f.linkDensity() >= 0.5 && f.words() <= 40) {
        cat[i] = Category.NAVIGATION;
        rule[i] = Rule.LINK_DENSITY;
        why[i] = "link density " + twoDecimals(f.linkDensity());
      }
    }
    double[] pageSim = pageSimilarity(blocks, terms, cat);
    boxHeadings(blocks, cat, why, rule, kept);
    sections(blocks, cat, why, rule, pageSim, kept);
    teasers(blocks, terms, cat, why, rule, teaserCue, pageSim, kept);
    int[] region = mainRegion(blocks, cat, why, rule, kept);
    return new Outcome(cat, why, rule, kept, titleSim, pageSim, cues, hints, region[0], region[1]);
  }

  /** A short heading right before a box (e.g. "Become a Trendsetter" above "Sign up for …") takes its category. */
  private static void boxHeadings(List<BlockFeatures> blocks, Category[] cat, String[] why, Rule[] rule,
                                  boolean[] kept) {
    for (int i = blocks.size() - 2; i >= 0; i--) {
      if (cat[i] == null && !kept[i] && headingLike(blocks.get(i)) && cat[i + 1] != null
          && cat[i + 1] != Category.OFF_TOPIC_TEASER && cat[i + 1] != Category.OTHER) {
        cat[i] = cat[i + 1];
        rule[i] = Rule.BOX_HEADING;
        why[i] = "heading of a " + cat[i].id() + " box";
      }
    }
  }

  /**
   * A heading such as "Related posts" opens a section that runs over the blocks of the same container (in HTML) and
   * ends at on-topic prose or the next box.
   */
  private static void sections(List<BlockFeatures> blocks, Category[] cat, String[] why, Rule[] rule,
                               double[] pageSim, boolean[] kept) {
    Category open = null;
    String opener = null;
    String container = "";
    for (int i = 0; i < blocks.size(); i++) {
      BlockFeatures f = blocks.get(i);
      if (cat[i] != null && headingLike(f) && opensSection(cat[i])) {
        open = cat[i];
        opener = f.block().text();
        String path = f.block().tagPath();
        container = path.contains(">") ? path.substring(0, path.lastIndexOf('>') + 1) : "";
      } else if (cat[i] == null && !kept[i] && open != null) {
        if (!f.block().tagPath().startsWith(container) || (f.words() >= 20 && pageSim[i] >= SECTION_END)) {
          open = null;
        } else {
          cat[i] = open;
          rule[i] = Rule.SECTION;
          why[i] = "section: after '" + abbreviate(opener) + "'";
        }
      }
    }
  }

  private static boolean opensSection(Category c) {
    return c == Category.RELATED_LINKS || c == Category.NEWSLETTER || c == Category.COMMENTS
        || c == Category.PROMO_SPAM;
  }

  /**
   * A teaser cue ("Read more HERE.", "READ MORE: …") marks a teaser; the one or two paragraphs before it belong to
   * it when they share terms with it but little with the rest of the page.
   */
  private static void teasers(List<BlockFeatures> blocks, List<Set<String>> terms, Category[] cat, String[] why,
                              Rule[] rule, boolean[] teaserCue, double[] pageSim, boolean[] kept) {
    for (int i = 0; i < blocks.size(); i++) {
      if (!teaserCue[i]) {
        continue;
      }
      Set<String> teaserTerms = new HashSet<>(terms.get(i));
      int taken = 0;
      // Walk back over the teaser's paragraphs; boxes already labelled (an ad slot) may sit in between.
      for (int j = i - 1; j >= 0 && taken < 2; j--) {
        if (cat[j] != null && !kept[j]) {
          continue;
        }
        boolean related = intersects(terms.get(j), teaserTerms);
        if (kept[j] || !related || pageSim[j] >= ON_TOPIC || blocks.get(j).words() < 8) {
          break;
        }
        cat[j] = Category.OFF_TOPIC_TEASER;
        rule[j] = Rule.TEASER;
        why[j] = String.format(Locale.ROOT, "teaser: off-topic (page similarity %.2f) before '%s'", pageSim[j],
            abbreviate(blocks.get(i).block().text()));
        teaserTerms.addAll(terms.get(j));
        taken++;
      }
    }
  }

  /**
   * Undecided blocks between the first and last on-topic prose block are content; outside, filler. Returns the
   * region's bounds.
   */
  private static int[] mainRegion(List<BlockFeatures> blocks, Category[] cat, String[] why, Rule[] rule,
                                  boolean[] kept) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (cat[i] == null && prose(blocks.get(i))) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    for (int i = 0; i < blocks.size(); i++) {
      if (cat[i] != null || kept[i]) {
        continue;
      }
      BlockFeatures f = blocks.get(i);
      if (f.block().tag().equals("figcaption")) {
        rule[i] = Rule.CAPTION;
        why[i] = "caption";
      } else if (first < 0) {
        rule[i] = Rule.NO_PROSE;
        why[i] = "no prose on the page: kept";
      } else if (i >= first && i <= last) {
        rule[i] = prose(f) ? Rule.PROSE : Rule.INSIDE;
        why[i] = prose(f) ? "prose" : "inside the main text";
      } else {
        cat[i] = Category.OTHER;
        rule[i] = Rule.OUTSIDE;
        why[i] = "outside the main text";
      }
    }
    return new int[] {first, last};
  }

  /** The page's headline: its h1, or the first line of extracted text, matching the title. */
  private static boolean isHeadline(BlockFeatures f, double titleSim) {
    boolean position = f.block().tag().equals("h1") || (f.block().tag().equals("line") && f.block().blockNo() == 0);
    return position && titleSim >= 0.6 && f.words() <= 40;
  }

  static boolean prose(BlockFeatures f) {
    String t = f.block().text();
    char end = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    boolean sentenceEnd = ".!?\"”»'’)".indexOf(end) >= 0;
    // A text cut off with an ellipsis is an excerpt of something else (a teaser or a listing), not the article.
    boolean truncated = t.endsWith("…") || t.endsWith("...");
    return !truncated && f.words() >= 12 && f.linkDensity() < 0.3 && f.stopwordRatio() >= 0.08 && (sentenceEnd || f.words() >= 25);
  }

  static boolean headingLike(BlockFeatures f) {
    String t = f.block().text();
    return f.words() <= HEADING_WORDS && !t.endsWith(".") && !t.endsWith("?") && !t.endsWith("!");
  }

  /** Share of a block's terms that occur in other undecided prose-like blocks of the page. */
  private static double[] pageSimilarity(List<BlockFeatures> blocks, List<Set<String>> terms, Category[] cat) {
    Map<String, Integer> df = new HashMap<>();
    boolean[] counted = new boolean[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      if (cat[i] == null && blocks.get(i).words() >= 8) {
        counted[i] = true;
        for (String t : terms.get(i)) {
          df.merge(t, 1, Integer::sum);
        }
      }
    }
    double[] sim = new double[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      Set<String> ts = terms.get(i);
      if (ts.isEmpty()) {
        continue;
      }
      int shared = 0;
      for (String t : ts) {
        int elsewhere = df.getOrDefault(t, 0) - (counted[i] ? 1 : 0);
        if (elsewhere > 0) {
          shared++;
        }
      }
      sim[i] = shared / (double) ts.size();
    }
    return sim;
  }

  /** The title's words (runs of letters and numbers) of four chars or more, lower case. */
  static Set<String> titleTerms(String title) {
    Set<String> out = new HashSet<>();
    if (title != null) {
      String t = title.toLowerCase(Locale.ROOT);
      int start = -1;
      for (int i = 0; i <= t.length(); ) {
        int cp = i < t.length() ? t.codePointAt(i) : ' ';
        boolean word = Character.isLetter(cp) || isNumber(cp);
        if (word && start < 0) {
          start = i;
        } else if (!word && start >= 0) {
          if (i - start >= 4) {
            out.add(t.substring(start, i));
          }
          start = -1;
        }
        i += i < t.length() ? Character.charCount(cp) : 1;
      }
    }
    return out;
  }

  private static boolean isNumber(int cp) {
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static double share(Set<String> of, Set<String> in) {
    if (of.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String t : of) {
      if (in.contains(t)) {
        n++;
      }
    }
    return n / (double) of.size();
  }

  private static boolean intersects(Set<String> a, Set<String> b) {
    for (String t : a) {
      if (t.length() >= 4 && b.contains(t)) {
        return true;
      }
    }
    return false;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
