package winnow.filler;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Splits an HTML page into DOM blocks in reading order: leaf block elements (p, headings, list items, cells …)
 * and runs of inline text inside containers. Script, style and other invisible elements are skipped.
 */
public final class HtmlSegmenter {
  static final Set<String> BLOCK_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "dt",
      "dd", "blockquote", "pre", "figcaption", "caption", "div", "section", "article", "aside", "nav", "header",
      "footer", "main", "form", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "tr", "figure", "address",
      "details", "summary", "fieldset", "body", "center", "hr");
  private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
      "head", "select", "option", "textarea", "object", "canvas", "map");
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
    List<Block> blocks = new ArrayList<>();
    if (body != null) {
      Map<Element, Boolean> hasBlock = blockContainers(body);
      new Walk(blocks, hasBlock, maxDepth).element(body, 0);
    }
    return new Result(blocks, publishedAt(doc));
  }

  /** Marks, in one post-order pass, every element that has a block element somewhere below it. */
  private static Map<Element, Boolean> blockContainers(Element root) {
    Map<Element, Boolean> marks = new IdentityHashMap<>();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && e != root && e.parent() != null
            && (isBlock(e) || marks.containsKey(e))) {
          marks.put(e.parent(), Boolean.TRUE);
        }
      }
    }, root);
    return marks;
  }

  private static boolean isBlock(Element e) {
    return BLOCK_TAGS.contains(e.normalName());
  }

  private static final class Walk {
    private final List<Block> out;
    private final Map<Element, Boolean> hasBlock;
    private final int maxDepth;

    Walk(List<Block> out, Map<Element, Boolean> hasBlock, int maxDepth) {
      this.out = out;
      this.hasBlock = hasBlock;
      this.maxDepth = maxDepth;
    }

    void element(Element e, int depth) {
      if (SKIP_TAGS.contains(e.normalName())) {
        return;
      }
      // Past the depth limit the subtree becomes one block: pathological nesting must not blow the stack.
      if (!hasBlock.containsKey(e) || depth >= maxDepth) {
        emit(e, List.of(e));
        return;
      }
      List<Node> inline = new ArrayList<>();
      for (Node child : e.childNodes()) {
        if (child instanceof Element c && (isBlock(c) || hasBlock.containsKey(c))) {
          emit(e, inline);
          inline.clear();
          element(c, depth + 1);
        } else if (!(child instanceof Element c2 && SKIP_TAGS.contains(c2.normalName()))) {
          inline.add(child);
        }
      }
      emit(e, inline);
    }

    private void emit(Element owner, List<? extends Node> nodes) {
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
      out.add(new Block(out.size(), collapsed, owner.normalName(), path(owner), hints(owner),
          Math.min(linkChars, collapsed.length())));
    }
  }

  private static int linkText(Element e) {
    int n = 0;
    for (Element a : e.getElementsByTag("a")) {
      n += a.text().length();
    }
    return n;
  }

  static String path(Element e) {
    Deque<String> parts = new ArrayDeque<>();
    for (Element cur = e; cur != null && parts.size() < PATH_ELEMENTS; cur = cur.parent()) {
      StringBuilder p = new StringBuilder(cur.normalName());
      if (!cur.id().isEmpty()) {
        p.append('#').append(cur.id());
      }
      for (String cls : cur.classNames()) {
        p.append('.').append(cls);
      }
      parts.addFirst(p.toString());
      if (cur.normalName().equals("body")) {
        break;
      }
    }
    return String.join(">", parts);
  }

  /** Tokens of the ancestors' semantic tag names, ids and classes: "related-posts" gives "related posts". */
  static String hints(Element e) {
    StringBuilder sb = new StringBuilder();
    for (Element cur = e; cur != null && !cur.normalName().equals("body"); cur = cur.parent()) {
      if (SEMANTIC_TAGS.contains(cur.normalName())) {
        sb.append(cur.normalName()).append(' ');
      }
      String attrs = cur.id() + " " + cur.className() + " " + cur.attr("role") + " " + cur.attr("aria-label");
      for (String tok : attrs.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
        if (tok.length() > 1) {
          sb.append(tok).append(' ');
        }
      }
    }
    return sb.toString().trim();
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

  private static OffsetDateTime publishedAt(Document doc) {
    String[] candidates = {
        doc.select("meta[property=article:published_time]").attr("content"),
        doc.select("meta[name=date]").attr("content"),
        doc.select("time[datetime]").attr("datetime")};
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        try {
          return OffsetDateTime.parse(c.trim());
        } catch (DateTimeParseException e) {
          // try the next source; a page with no parseable date falls back to its fetch time
        }
      }
    }
    return null;
  }
}
