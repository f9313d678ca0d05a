package winnow.sample;

import static winnow.sample.HtmlOut.a;
import static winnow.sample.HtmlOut.el;
import static winnow.sample.HtmlOut.t;

import java.util.List;
import java.util.Random;

/** Renders an article into its outlet's HTML template, recording the truth blocks on the article. */
final class PageRenderer {
  private final Random rnd;
  private final FillerRenderer filler;

  PageRenderer(Random rnd) {
    this.rnd = rnd;
    this.filler = new FillerRenderer(rnd);
  }

  String render(Article ar) {
    Outlet o = ar.look();
    HtmlOut h = new HtmlOut(o.entities);
    h.line("<!DOCTYPE html>");
    h.line("<html lang=\"" + ar.lang + "\">");
    h.open("head", "");
    if (o.metaCharset) h.line("<meta charset=\"" + o.charset + "\">");
    h.line("<title>" + h.esc(ar.headline) + " | " + h.esc(o.name) + "</title>");
    h.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.line("<link rel=\"canonical\" href=\"" + HtmlOut.attr(ar.url) + "\">");
    h.line("<meta property=\"og:title\" content=\"" + HtmlOut.attr(ar.headline) + "\">");
    if (o.entities) {
      h.line("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"" + ar.published + "\"}</script>");
    }
    if (!"semantic".equals(o.style)) {
      h.line("<style>." + o.c("body") + " p{line-height:1.6}." + o.c("ad") + "{min-height:250px}</style>");
    }
    h.close("head");
    h.open("body", o.attr("page"));
    for (String section : o.pageOrder) {
      switch (section) {
        case "cookie": filler.cookie(h, o); break;
        case "header": filler.header(h, o); break;
        case "breadcrumb": filler.breadcrumb(h, o); break;
        case "about": filler.about(h, o); break;
        case "footer": filler.footer(h, o); break;
        case "main":
          h.open("main".equals(o.wrapTag) ? "main" : "div", " id=\"content\"" + o.attr("main"));
          for (String s : o.mainOrder) mainSection(h, ar, s);
          h.close("main".equals(o.wrapTag) ? "main" : "div");
          break;
        default: throw new IllegalStateException(section);
      }
    }
    h.close("body");
    h.line("</html>");
    ar.blocks = h.blocks;
    return h.html();
  }

  private void mainSection(HtmlOut h, Article ar, String s) {
    Outlet o = ar.look();
    switch (s) {
      case "article":
        h.open(o.articleTag, o.attr("article"));
        for (String part : o.articleOrder) articlePart(h, ar, part);
        h.close(o.articleTag);
        break;
      case "newsletter": filler.newsletter(h, o); break;
      case "related": filler.related(h, ar); break;
      case "comments": if (o.comments) filler.comments(h, o); break;
      case "about": filler.about(h, o); break;
      case "sidebar":
        h.open("aside", o.attr("sidebar"));
        filler.ad(h, o, 1);
        filler.ad(h, o, 2);
        h.close("aside");
        break;
      default: throw new IllegalStateException(s);
    }
  }

  private void articlePart(HtmlOut h, Article ar, String part) {
    Outlet o = ar.look();
    switch (part) {
      case "headline": h.content("h1", o.attr("headline"), ar.headline); break;
      case "standfirst": if (ar.standfirst != null) h.content("p", o.attr("standfirst"), ar.standfirst); break;
      case "byline": filler.byline(h, ar); break;
      case "share": filler.share(h, o); break;
      case "tags": filler.tags(h, ar); break;
      case "newsletter": filler.newsletter(h, o); break;
      case "figure":
        h.open("figure", o.attr("figure"));
        h.line("<img src=\"/img/" + Tpl.slug(ar.headline, 40) + ".jpg\" alt=\"\">");
        h.content("figcaption", "", ar.caption + " Photo: " + o.name);
        h.close("figure");
        break;
      case "body": body(h, ar); break;
      default: throw new IllegalStateException(part);
    }
  }

  private void body(HtmlOut h, Article ar) {
    Outlet o = ar.look();
    h.open("div", o.attr("body"));
    String pc = "semantic".equals(o.style) ? "" : o.attr("teaser");
    List<Article.Para> paras = ar.paras;
    int n = paras.size();
    int ad1 = o.adsInBody >= 1 ? Math.min(2, n - 2) : -1;
    int ad2 = o.adsInBody >= 2 ? Math.max(ad1 + 2, n / 2 + 1) : -1;
    if (ad2 >= n - 1) ad2 = -1;
    for (int i = 0; i < n; i++) {
      para(h, paras.get(i), pc);
      if (i == ad1) filler.ad(h, o, 0);
      if (i == ad2) filler.ad(h, o, 1);
    }
    if (ar.credit != null) h.filler("p", pc, "other", ar.credit);
    h.close("div");
  }

  static final List<String> TEASER_ENDS = List.of("Read more HERE.", "Read more here.", "Full story HERE.",
      "Подробнее — здесь.", "Подробнее ЗДЕСЬ.", "Детальніше — тут.", "Детальніше ТУТ.");

  private void para(HtmlOut h, Article.Para p, String pc) {
    switch (p.kind()) {
      case BODY:
        h.content("p", pc, p.text());
        break;
      case TEASER: {
        List<String> s = p.sentences();
        String last = s.get(s.size() - 1);
        if (TEASER_ENDS.contains(last)) {
          String before = String.join(" ", s.subList(0, s.size() - 1));
          int sp = last.lastIndexOf(' ');
          String word = last.substring(sp + 1, last.length() - 1);
          h.leaf("p", pc, "filler", "off-topic-teaser", t(before + " " + last.substring(0, sp + 1)), a(p.link(), word), t("."));
        } else {
          h.filler("p", pc, "off-topic-teaser", p.text());
        }
        break;
      }
      case READMORE: {
        String text = p.text();
        int colon = text.indexOf(':');
        h.leaf("p", pc, "filler", "off-topic-teaser", el("strong", "", text.substring(0, colon + 1)), t(" "),
            a(p.link(), text.substring(colon + 2)));
        break;
      }
      default: throw new IllegalStateException();
    }
  }
}
