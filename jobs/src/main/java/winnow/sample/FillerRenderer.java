package winnow.sample;

import static winnow.sample.HtmlOut.a;
import static winnow.sample.HtmlOut.el;
import static winnow.sample.HtmlOut.t;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Filler sections of the HTML templates. */
final class FillerRenderer {
  private final Random rnd;

  FillerRenderer(Random rnd) {
    this.rnd = rnd;
  }

  private static final String F = "filler";

  private static String href(String s) {
    return "/" + Tpl.slug(s, 30);
  }

  void cookie(HtmlOut h, Outlet o) {
    h.open("div", " id=\"" + (o.style.equals("semantic") ? "cookie-consent" : o.c("cookie") + "-x") + "\"" + o.attr("cookie"));
    List<In2> btns = new ArrayList<>();
    if ("en".equals(o.lang)) {
      h.filler("p", "", "legal-cookie", UiText.COOKIE_EN.get(o.cookieVariant));
      for (String b : UiText.COOKIE_BUTTONS_EN.get(o.cookieVariant)) btns.add(new In2(b));
    } else {
      h.filler("p", "", "legal-cookie", "ru".equals(o.lang) ? UiText.COOKIE_RU : UiText.COOKIE_UK);
      btns.add(new In2("ru".equals(o.lang) ? UiText.COOKIE_BTN_RU : UiText.COOKIE_BTN_UK));
    }
    List<HtmlOut.In> parts = new ArrayList<>();
    for (In2 b : btns) {
      if (!parts.isEmpty()) parts.add(t(" "));
      parts.add(el("button", " type=\"button\"", b.text));
    }
    h.leaf("div", o.attr("cookieBtns"), F, "legal-cookie", parts);
    h.close("div");
  }

  private record In2(String text) {}

  void header(HtmlOut h, Outlet o) {
    h.open("header", o.attr("header"));
    h.leaf("div", o.attr("brand"), F, "navigation", a("/", o.name));
    h.open("nav", o.attr("nav"));
    if ("ul".equals(o.navStyle)) {
      h.open("ul", "");
      for (String item : o.navItems) h.leaf("li", o.attr("navItem"), F, "navigation", a(href(item) + "/", item));
      h.close("ul");
    } else {
      List<HtmlOut.In> parts = new ArrayList<>();
      for (String item : o.navItems) {
        if (!parts.isEmpty()) parts.add(t(" "));
        parts.add(a(href(item) + "/", item));
      }
      h.leaf("div", o.attr("navItem"), F, "navigation", parts);
    }
    h.close("nav");
    h.close("header");
  }

  void breadcrumb(HtmlOut h, Outlet o) {
    h.leaf("div", o.attr("breadcrumb"), F, "navigation", a("/", "Home"), t(" › "), a("/world/", "World"),
        t(" › "), a("/world/europe/", "Europe"), t(" › "), el("span", "", "Ukraine"));
  }

  void byline(HtmlOut h, Article ar) {
    Outlet o = ar.look();
    String date = "en".equals(ar.lang) ? Story.dayMonthYear(ar.published) : CyrText.dateLine(ar.published, ar.lang);
    String time = String.format(Locale.ROOT, "%02d:%02d", 6 + Math.floorMod(ar.url.hashCode(), 14), Math.floorMod(ar.url.hashCode() >> 5, 60));
    String dt = ar.published + "T" + time + ":00Z";
    if ("en".equals(ar.lang)) {
      h.leaf("div", o.attr("byline"), F, "other", t("By "), a("/author/" + Tpl.slug(ar.author, 30), ar.author),
          t(" | "), el("time", " datetime=\"" + dt + "\"", date + ", " + time));
    } else {
      h.leaf("div", o.attr("byline"), F, "other", el("span", "", ar.author), t(" · "),
          el("time", " datetime=\"" + dt + "\"", date + ", " + time));
    }
  }

  void share(HtmlOut h, Outlet o) {
    if ("ul".equals(o.shareStyle)) {
      h.open("ul", o.attr("share"));
      for (String n : o.shareNets) h.leaf("li", "", F, "share-social", a("#share-" + Tpl.slug(n, 20), n));
      h.close("ul");
    } else {
      List<HtmlOut.In> parts = new ArrayList<>();
      parts.add(el("span", "", o.shareLabel));
      for (String n : o.shareNets) {
        parts.add(t(" "));
        parts.add(a("#share-" + Tpl.slug(n, 20), n));
      }
      h.leaf("div", o.attr("share"), F, "share-social", parts);
    }
  }

  void ad(HtmlOut h, Outlet o, int k) {
    if (!"en".equals(o.lang)) {
      h.open("div", o.attr("ad"));
      h.leaf("div", "", F, "ad", el("span", "", UiText.AD_RU));
      h.close("div");
      return;
    }
    if (o.sponsored && k % 2 == 1) {
      h.open("aside", o.attr("sponsored"));
      h.leaf("p", "", F, "ad", a("https://ads.example-adnet.com/c?id=" + (k + 17), Tpl.pick(UiText.SPONSORED_EN, rnd)));
      h.close("aside");
    } else {
      h.open("div", o.attr("ad"));
      h.leaf("div", "", F, "ad", el("span", "", UiText.AD_LABELS_EN.get(Math.floorMod(o.domain.hashCode() + k, UiText.AD_LABELS_EN.size()))));
      h.close("div");
    }
  }

  void newsletter(HtmlOut h, Outlet o) {
    h.open("section", o.attr("newsletter"));
    h.filler("h3", "", "newsletter", o.newsletterTitle);
    h.filler("p", "", "newsletter", o.newsletterText);
    h.open("form", " action=\"/subscribe\" method=\"post\"");
    if ("en".equals(o.lang)) {
      h.leaf("div", "", F, "newsletter", el("label", " for=\"nl-email\"", "Email address"), t(" "),
          el("input", " type=\"email\" id=\"nl-email\" name=\"email\"", ""), t(" "), el("button", " type=\"submit\"", o.newsletterButton));
    } else {
      h.leaf("div", "", F, "newsletter", el("input", " type=\"email\" name=\"email\" placeholder=\"e-mail\"", ""), t(" "),
          el("button", " type=\"submit\"", o.newsletterButton));
    }
    h.close("form");
    h.close("section");
  }

  void related(HtmlOut h, Article ar) {
    Outlet o = ar.look();
    h.open("en".equals(ar.lang) && o.mainOrder.indexOf("related") == 0 ? "aside" : "section", o.attr("related"));
    h.filler(o.relatedTag, "", "related-links", o.relatedTitle);
    if (ar.spam.isEmpty()) {
      h.open("ul", "");
      for (Article r : ar.related) h.leaf("li", o.attr("relatedItem"), F, "related-links", a(r.url, r.headline));
      h.close("ul");
    } else {
      // mixed list like the seed page: real related posts and market-research spam look alike
      List<Object> items = new ArrayList<>(ar.related);
      for (int i = 0; i < ar.spam.size(); i++) items.add(Math.min(items.size(), 1 + 2 * i), UiText.SPAM.get(ar.spam.get(i)));
      for (Object it : items) {
        boolean spam = it instanceof UiText.Spam;
        String cat = spam ? "promo-spam" : "related-links";
        String title = spam ? ((UiText.Spam) it).title() : ((Article) it).headline;
        String blurb = spam ? ((UiText.Spam) it).blurb() : teaserOf((Article) it);
        String url = spam ? "https://press.example-wire.net/" + Tpl.slug(title, 40) : ((Article) it).url;
        h.open("div", o.attr(spam ? "spam" : "relatedItem"));
        h.leaf("h4", "", F, cat, a(url, title));
        h.filler("p", "", cat, blurb);
        h.leaf("div", "", F, cat, a(url, "Read more"));
        h.close("div");
      }
    }
    h.close("en".equals(ar.lang) && o.mainOrder.indexOf("related") == 0 ? "aside" : "section");
  }

  static String teaserOf(Article r) {
    String first = r.paras.get(0).sentences().get(0);
    String[] w = first.split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(14, w.length); i++) sb.append(i == 0 ? "" : " ").append(w[i]);
    return sb.toString().replaceAll("[,.;:]+$", "") + "…";
  }

  void comments(HtmlOut h, Outlet o) {
    h.open("section", " id=\"respond\"" + o.attr("comments"));
    if ("en".equals(o.lang)) {
      h.filler("h3", "", "comments", "Leave a Reply");
      h.filler("p", "", "comments", "Your email address will not be published. Required fields are marked *");
      h.open("form", " action=\"/wp-comments-post.php\" method=\"post\"");
      h.leaf("p", "", F, "comments", el("label", " for=\"comment\"", "Comment *"), t(" "), el("textarea", " id=\"comment\" name=\"comment\"", ""));
      for (String l : UiText.COMMENT_LABELS_EN.subList(1, 4)) {
        String id = Tpl.slug(l, 10);
        h.leaf("p", "", F, "comments", el("label", " for=\"" + id + "\"", l), t(" "), el("input", " id=\"" + id + "\" type=\"text\"", ""));
      }
      h.leaf("p", "", F, "comments", el("input", " type=\"checkbox\" id=\"consent\"", ""), t(" "),
          el("label", " for=\"consent\"", "Save my name, email, and website in this browser for the next time I comment."));
      h.leaf("p", "", F, "comments", el("button", " type=\"submit\"", "Post Comment"));
      h.close("form");
    } else {
      List<String> c = "ru".equals(o.lang) ? UiText.COMMENTS_RU : UiText.COMMENTS_UK;
      h.filler("h3", "", "comments", c.get(0));
      h.filler("p", "", "comments", c.get(1));
      h.leaf("div", "", F, "comments", el("button", " type=\"button\"", c.get(2)));
    }
    h.close("section");
  }

  void about(HtmlOut h, Outlet o) {
    if (o.about == null) return;
    h.open("div", o.attr("about"));
    h.filler("p", "", "other", o.about);
    h.close("div");
  }

  void footer(HtmlOut h, Outlet o) {
    h.open("footer", o.attr("footer"));
    List<String> links = "ru".equals(o.lang) ? UiText.FOOTER_RU : "uk".equals(o.lang) ? UiText.FOOTER_UK : UiText.FOOTER_LINKS_EN;
    h.open("ul", "");
    for (String l : links) h.leaf("li", "", F, "other", a("/" + Tpl.slug(l, 20), l));
    h.close("ul");
    h.filler("p", "", "other", o.footerText);
    h.close("footer");
  }

  void tags(HtmlOut h, Article ar) {
    Outlet o = ar.look();
    List<HtmlOut.In> parts = new ArrayList<>();
    parts.add(el("span", "", "Topics:"));
    for (String tag : List.of("Ukraine", ar.story.city(), kindTag(ar.story.kind()))) {
      parts.add(t(" "));
      parts.add(a("/tag/" + Tpl.slug(tag, 30), tag));
    }
    h.leaf("div", o.attr("tags"), F, "navigation", parts);
  }

  static String kindTag(String kind) {
    switch (kind) {
      case "drone-energy": return "Energy";
      case "missile-strike": return "Missile strikes";
      case "shelling": return "Shelling";
      case "bridge-attack": return "Infrastructure";
      case "prisoner-exchange": return "Prisoners of war";
      case "evacuation": return "Evacuation";
      case "grain-convoy": return "Grain deal";
      case "recapture": return "Counteroffensive";
      default: return "Blackouts";
    }
  }
}
