package winnow.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * HTML builder that records a truth block for every leaf block element it writes. Leaf content
 * is a list of inline pieces; the block's text is their concatenated text with whitespace
 * collapsed, which is what jsoup's {@code Element.text()} returns for the element.
 */
final class HtmlOut {
  record Block(String text, String label, String category) {}

  /** Inline piece: a bare text node (tag == null) or an inline element with text. */
  record In(String tag, String attrs, String text) {}

  static In t(String text) {
    return new In(null, "", text);
  }

  static In a(String href, String text) {
    return new In("a", " href=\"" + attr(href) + "\"", text);
  }

  static In el(String tag, String attrs, String text) {
    return new In(tag, attrs, text);
  }

  private final StringBuilder sb = new StringBuilder(16 * 1024);
  private final boolean entities;
  private int depth;
  final List<Block> blocks = new ArrayList<>();

  HtmlOut(boolean entities) {
    this.entities = entities;
  }

  void line(String raw) {
    sb.append("  ".repeat(depth)).append(raw).append('\n');
  }

  void open(String tag, String attrs) {
    line("<" + tag + attrs + ">");
    depth++;
  }

  void close(String tag) {
    depth--;
    line("</" + tag + ">");
  }

  void leaf(String tag, String attrs, String label, String category, In... parts) {
    leaf(tag, attrs, label, category, List.of(parts));
  }

  void leaf(String tag, String attrs, String label, String category, List<In> parts) {
    StringBuilder html = new StringBuilder();
    StringBuilder text = new StringBuilder();
    for (In p : parts) {
      if (p.tag() == null) {
        html.append(esc(p.text()));
      } else if ("input".equals(p.tag()) || "img".equals(p.tag())) {
        html.append('<').append(p.tag()).append(p.attrs()).append('>');
        continue;
      } else {
        html.append('<').append(p.tag()).append(p.attrs()).append('>').append(esc(p.text()))
            .append("</").append(p.tag()).append('>');
      }
      text.append(p.text());
    }
    String norm = Tpl.norm(text.toString());
    if (norm.isEmpty()) throw new IllegalStateException("empty block <" + tag + attrs + ">");
    line("<" + tag + attrs + ">" + html + "</" + tag + ">");
    blocks.add(new Block(norm, label, "content".equals(label) ? null : category));
  }

  void content(String tag, String attrs, String text) {
    leaf(tag, attrs, "content", null, t(text));
  }

  void filler(String tag, String attrs, String category, String text) {
    leaf(tag, attrs, "filler", category, t(text));
  }

  String html() {
    return sb.toString();
  }

  String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': out.append("&amp;"); break;
        case '<': out.append("&lt;"); break;
        case '>': out.append("&gt;"); break;
        default:
          String e = entities ? named(c) : null;
          if (e != null) out.append(e);
          else out.append(c);
      }
    }
    return out.toString();
  }

  private static String named(char c) {
    switch (c) {
      case '\u2019': return "&rsquo;";
      case '\u2018': return "&lsquo;";
      case '\u201C': return "&ldquo;";
      case '\u201D': return "&rdquo;";
      case '\u2014': return "&mdash;";
      case '\u2013': return "&ndash;";
      case '\u2026': return "&hellip;";
      case '\u00A9': return "&copy;";
      case '\u203A': return "&rsaquo;";
      case '\'': return "&#39;";
      default: return null;
    }
  }

  static String attr(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
