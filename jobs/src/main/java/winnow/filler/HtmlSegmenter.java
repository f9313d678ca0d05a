package winnow.filler;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits an HTML page into DOM blocks in reading order: leaf block elements (p, headings, list items, cells …)
 * and runs of inline text inside containers. Script, style and other invisible elements are skipped, and so is
 * {@code <noscript>} unless the page is a script-rendered app whose readable text is all inside it (the view a
 * reader without scripts gets, and the only one a crawl holds).
 */
public final class HtmlSegmenter {
  static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt",
      "dd", "blockquote", "pre", "figcaption", "caption", "div", "section", "article", "aside", "nav", "header",
      "footer", "main", "form", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "tr", "figure", "address",
      "details", "summary", "fieldset", "body", "center", "hr");
  private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
      "head", "select", "option", "textarea", "object", "canvas", "map");
  private static final Set<String> SKIP_TAGS_BUT_NOSCRIPT = SKIP_TAGS.stream().filter(t -> !t.equals("noscript"))
      .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> SEMANTIC_TAGS = Set.of("nav", "header", "footer", "aside", "form", "main",
      "article");
  /** Deep enough that blocks of one box share their path prefix (sections are bounded by it). */
  private static final int PATH_ELEMENTS = 16;

  /** Blocks plus the publication time the page declares, if any. */
  public record Result(List<Block> blocks, OffsetDateTime publishedAt) {}

  private HtmlSegmenter() {}

  public static Result segment(String html, int maxDepth) {
    Document doc = Jsoup.parse(html);
    Element body = doc.body();
    List<Element> dated = new ArrayList<>();
    List<Element> noscripts = new ArrayList<>();
    Map<Element, Boolean> hasBlock = scan(doc, dated, noscripts);
    List<Block> blocks = new ArrayList<>();
    if (body != null) {
      new Walk(blocks, hasBlock, maxDepth, SKIP_TAGS).element(body, 0, null);
      if (!noscripts.isEmpty() && chars(blocks) < noscriptChars(noscripts)) {
        blocks.clear();
        new Walk(blocks, hasBlock, maxDepth, SKIP_TAGS_BUT_NOSCRIPT).element(body, 0, null);
      }
    }
    return new Result(blocks, publishedAt(dated));
  }

  private static long chars(List<Block> blocks) {
    long n = 0;
    for (Block b : blocks) {
      n += b.text().length();
    }
    return n;
  }

  /** Visible text inside the body's outermost noscript elements (a tracking pixel's fallback has none). */
  private static long noscriptChars(List<Element> noscripts) {
    long n = 0;
    for (Element e : noscripts) {
      boolean nested = false;
      for (Element up = e.parent(); up != null && !nested; up = up.parent()) {
        nested = up.normalName().equals("noscript") || up.normalName().equals("head");
      }
      if (!nested) {
        n += e.text().length();
      }
    }
    return n;
  }

  /**
   * One pass over the document: marks every element that has a block element somewhere below it (post-order), lists
   * the meta and time elements, in document order, that may date the page, and the noscript elements.
   */
  private static Map<Element, Boolean> scan(Document doc, List<Element> dated, List<Element> noscripts) {
    Map<Element, Boolean> marks = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e && (e.normalName().equals("meta") || e.normalName().equals("time"))) {
          dated.add(e);
        } else if (node instanceof Element e && e.normalName().equals("noscript")) {
          noscripts.add(e);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e.parent() != null && (isBlock(e) || marks.containsKey(e))) {
          marks.put(e.parent(), Boolean.TRUE);
        }
      }
    }, doc);
    return marks;
  }

  private static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  /**
   * An element on the walk with its path step and hint tokens, linked to its parent's: paths and hints are built
   * once per container on the way down instead of once per block on the way up. Siblings with the same step share
   * one path string (a list's items, a text's paragraphs), which keeps pages small once packed.
   */
  private static final class Ancestry {
    private final Ancestry parent;
    private final String step;
    private final String hints;
    private final int depth;
    private String path;
    private Map<String, String> childPaths;

    private Ancestry(Ancestry parent, String step, String hints, int depth) {
      this.parent = parent;
      this.step = step;
      this.hints = hints;
      this.depth = depth;
    }

    static Ancestry of(Element e, Ancestry parent) {
      String own = ownHints(e);
      String inherited = parent == null ? "" : parent.hints;
      String hints = own.isEmpty() ? inherited : inherited.isEmpty() ? own : own + " " + inherited;
      return new Ancestry(parent, HtmlSegmenter.step(e), e.normalName().equals("body") ? "" : hints,
          parent == null ? 0 : parent.depth + 1);
    }

    /** The last {@value #PATH_ELEMENTS} steps down to this element, joined by '>'. */
    String path() {
      if (path == null) {
        path = parent == null ? step : parent.childPath(step);
      }
      return path;
    }

    private String childPath(String childStep) {
      if (childPaths == null) {
        childPaths = new HashMap<>();
      }
      return childPaths.computeIfAbsent(childStep, s -> {
        String mine = path();
        if (depth + 1 >= PATH_ELEMENTS) {
          // The child's path no longer reaches this path's first step.
          Ancestry first = this;
          for (int i = 0; i < PATH_ELEMENTS - 1; i++) {
            first = first.parent;
          }
          mine = mine.substring(first.step.length() + 1);
        }
        return mine + ">" + s;
      });
    }

    String hints() {
      return hints;
    }
  }

  private static final class Walk {
    private final List<Block> out;
    private final Map<Element, Boolean> hasBlock;
    private final int maxDepth;
    private final Set<String> skip;

    Walk(List<Block> out, Map<Element, Boolean> hasBlock, int maxDepth, Set<String> skip) {
      this.out = out;
      this.hasBlock = hasBlock;
      this.maxDepth = maxDepth;
      this.skip = skip;
    }

    void element(Element e, int depth, Ancestry parent) {
      if (skip.contains(e.normalName())) {
        return;
      }
      Ancestry here = Ancestry.of(e, parent);
      // Past the depth limit the subtree becomes one block: pathological nesting must not blow the stack.
      if (!hasBlock.containsKey(e) || depth >= maxDepth) {
        emit(e, here, List.of(e));
        return;
      }
      List<Node> inline = new ArrayList<>();
      for (Node child : e.childNodes()) {
        if (child instanceof Element c && (isBlock(c) || hasBlock.containsKey(c))) {
          emit(e, here, inline);
          inline.clear();
          element(c, depth + 1, here);
        } else if (!(child instanceof Element c2 && skip.contains(c2.normalName()))) {
          inline.add(child);
        }
      }
      emit(e, here, inline);
    }

    private void emit(Element owner, Ancestry ancestry, List<? extends Node> nodes) {
      if (nodes.isEmpty()) {
        return;
      }
      StringBuilder text = new StringBuilder();
      int linkChars = 0;
      for (Node n : nodes) {
        String t = n instanceof TextNode tn ? tn.getWholeText() : n instanceof Element el ? el.text() : "";
        text.append(t).append(n instanceof Element el2 && isBlock(el2) ? " " : "");
        if (n instanceof Element el) {
          linkChars += el.normalName().equals("a") ? el.text().length() : linkText(el);
        }
      }
      String collapsed = collapse(text.toString());
      if (collapsed.isEmpty()) {
        return;
      }
      out.add(new Block(out.size(), collapsed, owner.normalName(), ancestry.path(), ancestry.hints(),
          Math.min(linkChars, collapsed.length())));
    }
  }

  private static int linkText(Element e) {
    if (e.childrenSize() == 0) {
      return 0;
    }
    int n = 0;
    for (Element a : e.getElementsByTag("a")) {
      n += a.text().length();
    }
    return n;
  }

  private static boolean hasClass(String cls, int start, int end) {
    int at = cls.lastIndexOf(cls.substring(start, end), start - 1);
    for (; at >= 0; at = at == 0 ? -1 : cls.lastIndexOf(cls.substring(start, end), at - 1)) {
      boolean before = at == 0 || Character.isWhitespace(cls.charAt(at - 1));
      int after = at + end - start;
      if (before && after < cls.length() && Character.isWhitespace(cls.charAt(after))) {
        return true;
      }
    }
    return false;
  }

  /** One path step: tag, #id and .classes. */
  private static String step(Element e) {
    StringBuilder p = new StringBuilder(e.normalName());
    String id = e.id();
    if (!id.isEmpty()) {
      p.append('#').append(id);
    }
    String cls = e.className();
    int i = 0;
    while (i < cls.length()) {
      while (i < cls.length() && Character.isWhitespace(cls.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < cls.length() && !Character.isWhitespace(cls.charAt(i))) {
        i++;
      }
      // A class written twice is one class (as in the DOM's classList).
      if (i > start && !hasClass(cls, start, i)) {
        p.append('.').append(cls, start, i);
      }
    }
    return p.toString();
  }

  /**
   * An element's own hint tokens: its semantic tag name, then the lower-case ASCII word pieces of its id, classes,
   * role and aria-label ("related-posts" gives "related posts").
   */
  private static String ownHints(Element e) {
    StringBuilder sb = new StringBuilder();
    if (SEMANTIC_TAGS.contains(e.normalName())) {
      sb.append(e.normalName());
    }
    appendTokens(sb, e.id());
    appendTokens(sb, e.className());
    appendTokens(sb, e.attr("role"));
    appendTokens(sb, e.attr("aria-label"));
    return sb.toString();
  }

  private static void appendTokens(StringBuilder sb, String attr) {
    int start = -1;
    for (int i = 0; i <= attr.length(); i++) {
      char c = i < attr.length() ? asciiLower(attr.charAt(i)) : ' ';
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        if (i - start > 1) {
          if (sb.length() > 0) {
            sb.append(' ');
          }
          for (int j = start; j < i; j++) {
            sb.append(asciiLower(attr.charAt(j)));
          }
        }
        start = -1;
      }
    }
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The first parseable of: meta article:published_time, meta name=date, the first time[datetime]. */
  private static OffsetDateTime publishedAt(List<Element> dated) {
    String property = null;
    String named = null;
    for (Element meta : dated) {
      if (!meta.normalName().equals("meta")) {
        continue;
      }
      if (property == null && meta.attr("property").equals("article:published_time")) {
        property = meta.attr("content");
      } else if (named == null && meta.attr("name").equals("date")) {
        named = meta.attr("content");
      }
    }
    OffsetDateTime found = parseTime(property);
    found = found != null ? found : parseTime(named);
    if (found == null) {
      for (Element time : dated) {
        if (time.normalName().equals("time") && time.hasAttr("datetime")) {
          return parseTime(time.attr("datetime"));
        }
      }
    }
    return found;
  }

  private static OffsetDateTime parseTime(String c) {
    if (c == null || c.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(c.trim());
    } catch (DateTimeParseException e) {
      return null; // the caller tries the next source; a page with no parseable date falls back to its fetch time
    }
  }
}
