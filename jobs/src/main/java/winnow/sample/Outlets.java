package winnow.sample;

import java.util.ArrayList;
import java.util.List;

/** The ten fictional outlets of the sample crawl, and regional editions of them for larger crawls. */
final class Outlets {
  private Outlets() {}

  private static final List<String> EDITIONS = List.of("North", "South", "East", "West", "Central", "Coast", "Metro",
      "Evening", "Weekend", "Online", "Express", "Today", "Live", "Plus", "Extra", "Daily");
  private static final List<String> EDITIONS_RU = List.of("Север", "Юг", "Восток", "Запад", "Центр", "Побережье",
      "Город", "Вечер", "Выходные", "Онлайн", "Экспресс", "Сегодня", "Live", "Плюс", "Экстра", "День");
  private static final List<String> EDITIONS_UK = List.of("Північ", "Південь", "Схід", "Захід", "Центр", "Узбережжя",
      "Місто", "Вечір", "Вихідні", "Онлайн", "Експрес", "Сьогодні", "Live", "Плюс", "Екстра", "День");

  /**
   * {@code count} outlets writing in the given languages: the sample's outlets in those languages first, then
   * regional editions of them in turn (same publisher template, own domain and name).
   */
  static List<Outlet> fleet(int count, java.util.Set<String> langs) {
    List<Outlet> base = new ArrayList<>();
    for (Outlet o : all()) if (langs.contains(o.lang)) base.add(o);
    if (count < base.size()) {
      throw new IllegalArgumentException("at least " + base.size() + " outlets are needed for languages " + langs);
    }
    List<Outlet> out = new ArrayList<>(base);
    for (int i = 0; out.size() < count; i++) {
      Outlet o = base.get(i % base.size());
      int round = i / base.size();
      String label = EDITIONS.get(round % EDITIONS.size()) + (round >= EDITIONS.size() ? " " + (round / EDITIONS.size() + 1) : "");
      List<String> local = "ru".equals(o.lang) ? EDITIONS_RU : "uk".equals(o.lang) ? EDITIONS_UK : EDITIONS;
      String name = o.name + " " + local.get(round % local.size())
          + (round >= local.size() ? " " + (round / local.size() + 1) : "");
      int dot = o.domain.indexOf('.');
      String domain = o.domain.substring(0, dot) + "-" + label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')
          + o.domain.substring(dot);
      out.add(o.edition(o.key + "-" + label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'), domain, name));
    }
    return out;
  }

  static List<Outlet> all() {
    List<Outlet> out = new ArrayList<>();

    Outlet fh = new Outlet("frontline", "frontlineherald.com", "Frontline Herald", "en", "warc", "utf-8", "semantic");
    fh.pageOrder = List.of("cookie", "header", "breadcrumb", "main", "footer");
    fh.mainOrder = List.of("article", "sidebar", "newsletter", "related", "comments");
    fh.articleOrder = List.of("headline", "standfirst", "byline", "share", "figure", "body", "tags");
    fh.navItems = List.of("Home", "World", "Ukraine", "Europe", "Politics", "Business", "Opinion", "Video");
    fh.adsInBody = 2;
    fh.newsletterTitle = "Get the Frontline Briefing";
    fh.newsletterText = "Sign up for the Frontline Herald morning briefing and get the day's most important war coverage in your inbox.";
    fh.spam = 3;
    fh.comments = true;
    fh.entities = true;
    fh.urlPattern = "https://www.{domain}/world/europe/{yyyy}/{mm}/{dd}/{slug}/";
    fh.authors = List.of("Olena Hart", "Marcus Reid", "Staff reporter");
    fh.footerText = "© 2022 Frontline Herald Media Ltd. All rights reserved.";
    out.add(fh);

    Outlet ed = new Outlet("eastern", "easterndispatch.net", "Eastern Dispatch", "en", "warc", "utf-8", "obfuscated");
    ed.pageOrder = List.of("header", "main", "about", "footer", "cookie");
    ed.mainOrder = List.of("related", "article", "newsletter");
    ed.articleOrder = List.of("byline", "headline", "figure", "body", "share");
    ed.navStyle = "inline";
    ed.navItems = List.of("News", "Front line", "Energy", "Humanitarian", "Analysis", "Donate");
    ed.shareStyle = "ul";
    ed.shareNets = List.of("Share on Facebook", "Share on Telegram", "Share on X", "Copy link");
    ed.cookieVariant = 1;
    ed.sponsored = true;
    ed.newsletterTitle = "Become a Dispatch insider";
    ed.newsletterText = "Sign up for Eastern Dispatch Weekly and get our best reporting from the east, tailored for you.";
    ed.relatedTitle = "More from Eastern Dispatch";
    ed.relatedTag = "h4";
    ed.spam = 2;
    ed.about = UiText.ABOUT_EASTERN;
    ed.wrapTag = "div";
    ed.articleTag = "div";
    ed.urlPattern = "https://{domain}/news/{slug}-{id}.html";
    ed.authors = List.of("Dmytro Kovalchuk", "Anna Bright", "Eastern Dispatch staff");
    ed.footerText = "© Eastern Dispatch 2014–2022";
    ed.server = "Apache";
    out.add(ed);

    Outlet ww = new Outlet("warwire", "thewarwire.co.uk", "The War Wire", "en", "warc", "utf-8", "semantic");
    ww.pageOrder = List.of("header", "main", "footer", "cookie");
    ww.mainOrder = List.of("article", "related");
    ww.articleOrder = List.of("headline", "byline", "body", "newsletter", "share");
    ww.navItems = List.of("Latest", "Ukraine war", "Russia", "Analysis", "Maps", "Podcasts");
    ww.shareStyle = "ul";
    ww.shareNets = List.of("Facebook", "Twitter", "WhatsApp", "Telegram", "Email");
    ww.cookieVariant = 2;
    ww.adsInBody = 1;
    ww.newsletterTitle = "The Wire Daily";
    ww.newsletterText = "Our free newsletter with the latest from the front line, every weekday at 7am.";
    ww.newsletterButton = "Sign up";
    ww.relatedTitle = "Read next";
    ww.relatedTag = "h2";
    ww.urlPattern = "https://www.{domain}/ukraine/{slug}";
    ww.authors = List.of("Harriet Lowe", "James Okafor", "Wire correspondents");
    ww.footerText = "© The War Wire 2022. Registered in England and Wales.";
    ww.redesign = warWireRedesign(ww);
    ww.redesignFrom = java.time.LocalDate.of(2022, 11, 19);
    out.add(ww);

    Outlet sp = new Outlet("steppe", "steppepost.com", "Steppe Post", "en", "jsonl", "utf-8", "mixed");
    sp.pageOrder = List.of("cookie", "header", "main", "footer");
    sp.mainOrder = List.of("article", "related", "newsletter", "comments");
    sp.articleOrder = List.of("headline", "share", "byline", "body");
    sp.navItems = List.of("Home", "Ukraine", "Russia", "Caucasus", "Central Asia", "Opinion");
    sp.adsInBody = 1;
    sp.sponsored = true;
    sp.newsletterTitle = "Stay informed";
    sp.newsletterText = "Get the Steppe Post digest twice a week. No spam, unsubscribe at any time.";
    sp.spam = 3;
    sp.comments = true;
    sp.urlPattern = "https://{domain}/{yyyy}/{mm}/{dd}/{slug}";
    sp.authors = List.of("Aigerim Sadykova", "Peter Lanz");
    sp.footerText = "Steppe Post © 2022 | Powered by independent journalism";
    sp.weight = 0.3;
    sp.american = true;
    out.add(sp);

    Outlet km = new Outlet("kyivmon", "kyivmonitor.org", "Kyiv Monitor", "en", "warc", "utf-8", "obfuscated");
    km.pageOrder = List.of("cookie", "header", "main", "footer");
    km.mainOrder = List.of("article", "about", "related");
    km.articleOrder = List.of("headline", "standfirst", "byline", "body", "share", "tags");
    km.navItems = List.of("War", "Politics", "Economy", "Kyiv", "Culture", "Opinion", "Support us");
    km.cookieVariant = 0;
    km.adsInBody = 0;
    km.relatedTitle = "You may also like";
    km.about = UiText.ABOUT_KYIVMONITOR;
    km.entities = true;
    km.urlPattern = "https://{domain}/en/articles/{id}-{slug}";
    km.authors = List.of("Iryna Shevchuk", "Tom Wexley");
    km.footerText = "Kyiv Monitor, 2022. Content may be republished with attribution.";
    out.add(km);

    Outlet bs = new Outlet("blacksea", "blacksearegister.com", "Black Sea Register", "en", "warc", "utf-8", "mixed");
    bs.pageOrder = List.of("header", "breadcrumb", "main", "cookie", "footer");
    bs.mainOrder = List.of("article", "related", "sidebar", "newsletter");
    bs.articleOrder = List.of("headline", "byline", "figure", "share", "body", "tags");
    bs.navItems = List.of("Home", "Shipping", "Ukraine", "Turkey", "Energy", "Markets");
    bs.navStyle = "inline";
    bs.cookieVariant = 2;
    bs.adsInBody = 2;
    bs.newsletterTitle = "Register Morning Brief";
    bs.newsletterText = "Shipping, energy and security news from around the Black Sea, delivered each morning.";
    bs.relatedTitle = "Related coverage";
    bs.spam = 2;
    bs.urlPattern = "https://www.{domain}/news/ukraine/{slug}-{yyyy}{mm}{dd}";
    bs.authors = List.of("Selin Aydın", "George Pappas", "Register staff");
    bs.footerText = "© 2022 Black Sea Register. All rights reserved.";
    out.add(bs);

    Outlet br = new Outlet("borderline", "borderlinereport.net", "Borderline Report", "en", "jsonl", "utf-8", "obfuscated");
    br.pageOrder = List.of("header", "main", "footer", "cookie");
    br.mainOrder = List.of("article", "newsletter", "related", "comments");
    br.articleOrder = List.of("headline", "byline", "body", "share");
    br.navItems = List.of("Top stories", "Ukraine", "Border regions", "Refugees", "Investigations");
    br.shareStyle = "ul";
    br.cookieVariant = 1;
    br.adsInBody = 1;
    br.newsletterTitle = "Don't miss a story";
    br.newsletterText = "Join 40,000 readers who get Borderline Report in their inbox every Friday.";
    br.newsletterButton = "Join now";
    br.relatedTitle = "Latest news";
    br.relatedTag = "h2";
    br.comments = true;
    br.urlPattern = "https://{domain}/story/{id}/{slug}";
    br.authors = List.of("Kasia Nowak", "Borderline desk");
    br.footerText = "© Borderline Report 2022";
    br.weight = 0.3;
    br.american = true;
    out.add(br);

    Outlet gg = new Outlet("granite", "granitegazette.com", "Granite Gazette", "en", "text", "utf-8", "mixed");
    gg.newsletterTitle = "Never miss a headline";
    gg.newsletterText = "Sign up for the Granite Gazette Daily Digest and get the best of the Gazette, tailored for you.";
    gg.spam = 3;
    gg.comments = true;
    gg.adsInBody = 1;
    gg.authors = List.of("Rob Tanner");
    gg.weight = 0.36;
    out.add(gg);

    Outlet vf = new Outlet("vestnik", "vestnik-fronta.ru", "Вестник фронта", "ru", "warc", "windows-1251", "semantic");
    vf.pageOrder = List.of("header", "main", "footer", "cookie");
    vf.mainOrder = List.of("article", "related", "newsletter", "comments");
    vf.articleOrder = List.of("headline", "byline", "share", "body");
    vf.navItems = UiText.NAV_RU;
    vf.shareLabel = UiText.SHARE_RU;
    vf.shareNets = UiText.SHARE_NETS_RU;
    vf.relatedTitle = UiText.RELATED_RU;
    vf.newsletterTitle = UiText.NEWSLETTER_RU.get(0);
    vf.newsletterText = UiText.NEWSLETTER_RU.get(1);
    vf.newsletterButton = UiText.NEWSLETTER_RU.get(2);
    vf.comments = true;
    vf.metaCharset = false;
    vf.urlPattern = "https://{domain}/news/{yyyy}/{mm}/{dd}/{id}.html";
    vf.authors = List.of("Игорь Смирнов", "Редакция");
    vf.footerText = "© 2022 «Вестник фронта». Все права защищены. 18+";
    out.add(vf);

    Outlet hk = new Outlet("hromadska", "hromadska-khvylia.com.ua", "Громадська хвиля", "uk", "warc", "utf-8", "mixed");
    hk.pageOrder = List.of("cookie", "header", "main", "footer");
    hk.mainOrder = List.of("article", "newsletter", "related", "comments");
    hk.articleOrder = List.of("headline", "byline", "body", "share");
    hk.navItems = UiText.NAV_UK;
    hk.navStyle = "inline";
    hk.shareLabel = UiText.SHARE_UK;
    hk.shareNets = UiText.SHARE_NETS_UK;
    hk.relatedTitle = UiText.RELATED_UK;
    hk.relatedTag = "h2";
    hk.newsletterTitle = UiText.NEWSLETTER_UK.get(0);
    hk.newsletterText = UiText.NEWSLETTER_UK.get(1);
    hk.newsletterButton = UiText.NEWSLETTER_UK.get(2);
    hk.comments = true;
    hk.headerCharset = false;
    hk.urlPattern = "https://{domain}/novyny/{id}";
    hk.authors = List.of("Оксана Мельник", "Андрій Ткач");
    hk.footerText = "© 2022 Громадська хвиля. Усі права захищено.";
    out.add(hk);
    return out;
  }

  /**
   * The War Wire's new site from 19 November: new markup (other class names), a cookie wall first, sponsored
   * links and market-research spam under the article, a comment section, more ads. Its pages get heavier
   * with filler overnight: the case the redesign notebook looks for.
   */
  private static Outlet warWireRedesign(Outlet old) {
    Outlet n = new Outlet("wirenew", old.domain, old.name, old.lang, old.format, old.charset, "mixed");
    n.pageOrder = List.of("cookie", "header", "main", "footer");
    n.mainOrder = List.of("article", "newsletter", "related", "comments");
    n.articleOrder = List.of("headline", "share", "byline", "figure", "body", "tags");
    n.navItems = List.of("Latest", "Ukraine war", "Russia", "Analysis", "Maps", "Podcasts", "Shop", "Events");
    n.shareNets = old.shareNets;
    n.cookieVariant = 1;
    n.adsInBody = 2;
    n.sponsored = true;
    n.newsletterTitle = old.newsletterTitle;
    n.newsletterText = "Join 200,000 readers: the latest from the front line, every weekday at 7am. Free, and you can leave any time.";
    n.newsletterButton = old.newsletterButton;
    n.relatedTitle = "More from The War Wire";
    n.relatedTag = "h3";
    n.spam = 3;
    n.comments = true;
    n.urlPattern = old.urlPattern;
    n.authors = old.authors;
    n.footerText = old.footerText;
    n.weight = old.weight;
    return n;
  }
}
