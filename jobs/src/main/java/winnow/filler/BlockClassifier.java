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
 * templates, cross-domain spam), cue phrases and class/id hints, link density, box headings and sections,
 * teasers for other stories, and finally the main-text region spanned by the page's on-topic prose.
 */
public final class BlockClassifier implements Serializable {
  private static final double ON_TOPIC = 0.35;
  /** Prose this close to the page's topic ends a filler section (a related list rarely returns to the story). */
  private static final double SECTION_END = 0.5;
  private static final int HEADING_WORDS = 8;

  private final FillerRules rules;

  public BlockClassifier(FillerRules rules) {
    this.rules = rules;
  }

  public static BlockClassifier of(winnow.config.WinnowConfig.Filler f) {
    return new BlockClassifier(new FillerRules(f.templateMinPages(), f.templatePageShare(), f.crossDomainMin()));
  }

  /** Thresholds from configuration. */
  public record FillerRules(int templateMinPages, double templatePageShare, int crossDomainMin)
      implements Serializable {}

  public List<Label> classify(String title, List<BlockFeatures> blocks) {
    int n = blocks.size();
    Category[] cat = new Category[n];
    String[] why = new String[n];
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
      if (isHeadline(f, titleSim[i])) {
        // The page's own headline also recurs in other pages' related lists: it must not count as a template.
        kept[i] = true;
        why[i] = String.format(Locale.ROOT, "headline (title similarity %.2f)", titleSim[i]);
      } else if (f.domainPagesWithText() >= rules.templateMinPages() && f.domainPageShare() >= rules.templatePageShare()) {
        cat[i] = cue != null ? cue.category() : hint != null ? hint.category() : Category.OTHER;
        why[i] = String.format(Locale.ROOT, "template: on %d of %d pages of the domain", f.domainPagesWithText(),
            f.domainPages());
      } else if (f.crossDomainCount() >= rules.crossDomainMin() && f.pagesWithText() >= 2 * f.crossDomainCount()) {
        cat[i] = cue != null ? cue.category() : Category.PROMO_SPAM;
        why[i] = "recurs on " + f.pagesWithText() + " pages of " + f.crossDomainCount() + " domains";
      } else if (cue != null && cue.category() == Category.OFF_TOPIC_TEASER) {
        teaserCue[i] = true;
        cat[i] = Category.OFF_TOPIC_TEASER;
        why[i] = "cue:teaser('" + cue.phrase() + "')";
      } else if (cue != null) {
        cat[i] = cue.category();
        why[i] = "cue:" + cue.category().id() + "('" + cue.phrase() + "')";
      } else if (hint != null) {
        cat[i] = hint.category();
        why[i] = "hint:" + hint.phrase();
      } else if (f.linkDensity() >= 0.5 && f.words() <= 40) {
        cat[i] = Category.NAVIGATION;
        why[i] = String.format(Locale.ROOT, "link density %.2f", f.linkDensity());
      }
    }
    double[] pageSim = pageSimilarity(blocks, terms, cat);
    boxHeadings(blocks, cat, why, kept);
    sections(blocks, cat, why, pageSim, kept);
    teasers(blocks, terms, cat, why, teaserCue, pageSim, kept);
    mainRegion(blocks, cat, why, kept);
    List<Label> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Label(cat[i] != null, cat[i], why[i], titleSim[i], pageSim[i]));
    }
    return out;
  }

  /** A short heading right before a box (e.g. "Become a Trendsetter" above "Sign up for …") takes its category. */
  private static void boxHeadings(List<BlockFeatures> blocks, Category[] cat, String[] why, boolean[] kept) {
    for (int i = blocks.size() - 2; i >= 0; i--) {
      if (cat[i] == null && !kept[i] && headingLike(blocks.get(i)) && cat[i + 1] != null
          && cat[i + 1] != Category.OFF_TOPIC_TEASER && cat[i + 1] != Category.OTHER) {
        cat[i] = cat[i + 1];
        why[i] = "heading of a " + cat[i].id() + " box";
      }
    }
  }

  /**
   * A heading such as "Related posts" opens a section that runs over the blocks of the same container (in HTML) and
   * ends at on-topic prose or the next box.
   */
  private static void sections(List<BlockFeatures> blocks, Category[] cat, String[] why, double[] pageSim,
                               boolean[] kept) {
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
                              boolean[] teaserCue, double[] pageSim, boolean[] kept) {
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
        why[j] = String.format(Locale.ROOT, "teaser: off-topic (page similarity %.2f) before '%s'", pageSim[j],
            abbreviate(blocks.get(i).block().text()));
        teaserTerms.addAll(terms.get(j));
        taken++;
      }
    }
  }

  /** Undecided blocks between the first and last on-topic prose block are content; outside, filler. */
  private static void mainRegion(List<BlockFeatures> blocks, Category[] cat, String[] why, boolean[] kept) {
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
        why[i] = "caption";
      } else if (first < 0) {
        why[i] = "no prose on the page: kept";
      } else if (i >= first && i <= last) {
        why[i] = prose(f) ? "prose" : "inside the main text";
      } else {
        cat[i] = Category.OTHER;
        why[i] = "outside the main text";
      }
    }
  }

  /** The page's headline: its h1, or the first line of extracted text, matching the title. */
  private static boolean isHeadline(BlockFeatures f, double titleSim) {
    boolean position = f.block().tag().equals("h1") || (f.block().tag().equals("line") && f.block().blockNo() == 0);
    return position && titleSim >= 0.6 && f.words() <= 40;
  }

  private static boolean prose(BlockFeatures f) {
    String t = f.block().text();
    char end = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    boolean sentenceEnd = ".!?\"”»'’)".indexOf(end) >= 0;
    // A text cut off with an ellipsis is an excerpt of something else (a teaser or a listing), not the article.
    boolean truncated = t.endsWith("…") || t.endsWith("...");
    return !truncated && f.words() >= 12 && f.linkDensity() < 0.3 && f.stopwordRatio() >= 0.08 && (sentenceEnd || f.words() >= 25);
  }

  private static boolean headingLike(BlockFeatures f) {
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
