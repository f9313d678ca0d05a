package winnow.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A fictional outlet and its page template settings. */
final class Outlet {
  static final List<String> ROLES = List.of("page", "header", "brand", "nav", "navItem", "breadcrumb", "cookie", "cookieBtns",
      "main", "article", "headline", "standfirst", "byline", "share", "figure", "body", "tags", "ad", "sponsored",
      "newsletter", "related", "relatedItem", "spam", "comments", "footer", "about", "sidebar", "teaser");

  final String key;
  final String domain;
  final String name;
  final String lang;
  /** warc | jsonl | text */
  final String format;
  final String charset;
  /** semantic | obfuscated | mixed */
  final String style;
  final Map<String, String> cls = new LinkedHashMap<>();

  // template options (set by Outlets)
  List<String> pageOrder = List.of("cookie", "header", "main", "footer");
  List<String> mainOrder = List.of("article", "newsletter", "related", "comments");
  List<String> articleOrder = List.of("headline", "byline", "share", "body");
  List<String> navItems = List.of();
  String navStyle = "ul";
  String shareStyle = "inline";
  List<String> shareNets = List.of("Facebook", "Twitter", "Telegram", "Email");
  String shareLabel = "Share this article";
  int cookieVariant = 0;
  int adsInBody = 1;
  boolean sponsored = false;
  String newsletterTitle = "";
  String newsletterText = "";
  String newsletterButton = "Subscribe";
  String relatedTitle = "Related posts";
  String relatedTag = "h3";
  int spam = 0;
  boolean comments = false;
  boolean entities = false;
  boolean headerCharset = true;
  boolean metaCharset = true;
  boolean credit = true;
  /** American spelling and straight quotes in the outlet's own articles. */
  boolean american = false;
  String about = null;
  String articleTag = "article";
  String wrapTag = "div";
  String urlPattern = "https://{domain}/{slug}";
  String server = "nginx";
  List<String> authors = new ArrayList<>();
  double weight = 1.0;
  String footerText = "";
  /** The site's new template from {@link #redesignFrom} on (null: never redesigned). */
  Outlet redesign;
  java.time.LocalDate redesignFrom;

  Outlet(String key, String domain, String name, String lang, String format, String charset, String style) {
    this.key = key;
    this.domain = domain;
    this.name = name;
    this.lang = lang;
    this.format = format;
    this.charset = charset;
    this.style = style;
    Random r = new Random(domain.hashCode());
    String prefix = key.length() >= 2 ? key.substring(0, 2) : key;
    for (String role : ROLES) {
      String semantic = semanticName(role);
      String obf = "c-" + Integer.toString(36 * 36 * 36 + r.nextInt(36 * 36 * 36 * 35), 36);
      switch (style) {
        case "semantic":
          cls.put(role, semantic);
          break;
        case "obfuscated":
          cls.put(role, obf);
          break;
        default:
          cls.put(role, r.nextBoolean() ? prefix + "-" + semantic : "x" + obf.substring(2));
      }
    }
    if ("mixed".equals(style)) cls.put("nav", prefix + "-nav");
  }

  private static String semanticName(String role) {
    switch (role) {
      case "nav": return "site-nav";
      case "navItem": return "menu-item";
      case "cookie": return "cookie-banner";
      case "cookieBtns": return "cookie-actions";
      case "share": return "share";
      case "ad": return "ad-slot";
      case "sponsored": return "sponsored";
      case "newsletter": return "newsletter";
      case "related": return "related-posts";
      case "relatedItem": return "related-item";
      case "spam": return "related-item";
      case "comments": return "comments";
      case "footer": return "site-footer";
      case "body": return "article-body";
      case "about": return "about-box";
      case "teaser": return "article-body-p";
      default: return role;
    }
  }

  /**
   * Another edition of this outlet (a regional site of the same publisher): same template settings, its own
   * domain and name, and its own class names where the markup is obfuscated (they derive from the domain).
   */
  Outlet edition(String newKey, String newDomain, String newName) {
    Outlet e = new Outlet(newKey, newDomain, newName, lang, format, charset, style);
    e.pageOrder = pageOrder;
    e.mainOrder = mainOrder;
    e.articleOrder = articleOrder;
    e.navItems = navItems;
    e.navStyle = navStyle;
    e.shareStyle = shareStyle;
    e.shareNets = shareNets;
    e.shareLabel = shareLabel;
    e.cookieVariant = cookieVariant;
    e.adsInBody = adsInBody;
    e.sponsored = sponsored;
    e.newsletterTitle = newsletterTitle.replace(name, newName);
    e.newsletterText = newsletterText.replace(name, newName);
    e.newsletterButton = newsletterButton;
    e.relatedTitle = relatedTitle.replace(name, newName);
    e.relatedTag = relatedTag;
    e.spam = spam;
    e.comments = comments;
    e.entities = entities;
    e.headerCharset = headerCharset;
    e.metaCharset = metaCharset;
    e.credit = credit;
    e.american = american;
    e.about = about == null ? null : about.replace(name, newName);
    e.articleTag = articleTag;
    e.wrapTag = wrapTag;
    e.urlPattern = urlPattern;
    e.server = server;
    e.authors = authors;
    e.weight = weight;
    e.footerText = footerText.replace(name, newName);
    e.redesignFrom = redesignFrom;
    e.redesign = redesign == null ? null : redesign.edition(redesign.key + "-" + newKey, newDomain, newName);
    return e;
  }

  /** The template in use on a given day. */
  Outlet on(java.time.LocalDate day) {
    return redesign != null && !day.isBefore(redesignFrom) ? redesign : this;
  }

  String c(String role) {
    String v = cls.get(role);
    if (v == null) throw new IllegalArgumentException(role);
    return v;
  }

  /** ' class="…"' for a role, or empty for the page-level teaser paragraphs which look like body text. */
  String attr(String role) {
    return " class=\"" + c(role) + "\"";
  }

  String contentType() {
    if ("uk".equals(lang)) return "text/html";
    return "text/html; charset=" + charset;
  }
}
