package winnow.filler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Multilingual (en, ru, uk) cue phrases that name a filler box. "Short" cues only count in short blocks (a
 * heading or a button: "Comments" inside an article sentence means nothing); "strong" cues count at any length.
 */
final class CueWords {
  record Cue(Category category, String phrase) {}

  private static final Map<Category, List<String>> STRONG = Map.of(
      Category.COMMENTS, List.of("your email address will not be published", "required fields are marked",
          "leave a reply", "leave a comment", "оставить комментарий", "залишити коментар", "ваш e-mail не будет",
          "ваша електронна адреса не буде"),
      Category.PROMO_SPAM, List.of("market research", "cagr", "market size", "market share", "forecast 2030",
          "forecast 2032", "industry analysis"),
      Category.LEGAL_COOKIE, List.of("we use cookies", "uses cookies", "cookie policy", "all rights reserved",
          "privacy policy", "используем cookie", "использует cookie", "файлы cookie", "використовуємо cookie",
          "файли cookie", "все права защищены", "усі права захищені", "всі права захищені"),
      Category.NEWSLETTER, List.of("sign up for", "subscribe to our", "our newsletter", "daily digest",
          "in your inbox", "подпишитесь на", "подписывайтесь на", "рассылк", "підпишіться на", "розсилк"),
      Category.OFF_TOPIC_TEASER, List.of("read more here", "read more:", "full story here", "full story:",
          "more on this story here", "also read:", "see also:", "подробнее здесь", "детальніше тут",
          "читайте также:", "читайте також:", "читайте также", "читайте також"));

  private static final Map<Category, List<String>> SHORT = Map.of(
      Category.RELATED_LINKS, List.of("related posts", "related articles", "related stories", "related news",
          "more from", "more stories", "more news", "you may also like", "recommended", "read next", "most read",
          "popular", "latest news", "top stories", "похожие", "по теме", "ещё новости", "еще новости", "схожі",
          "більше новин", "популярное", "популярне", "новости по теме", "новини на тему", "read more",
          "continue reading"),
      Category.NEWSLETTER, List.of("newsletter", "subscribe", "sign up", "подписаться", "підписатися",
          "подпишитесь", "підпишіться"),
      Category.COMMENTS, List.of("comments", "comment", "post comment", "reply", "комментарии", "коментарі",
          "комментарий", "коментар"),
      Category.SHARE_SOCIAL, List.of("share", "facebook", "twitter", "telegram", "whatsapp", "tweet", "linkedin",
          "поделиться", "поділитися", "вконтакте", "viber"),
      Category.LEGAL_COOKIE, List.of("cookie", "privacy", "terms of use", "terms of service", "©", "куки",
          "конфиденциальност", "конфіденційност"),
      Category.AD, List.of("advertisement", "sponsored", "реклама", "partner content", "ad"),
      Category.NAVIGATION, List.of("home", "menu", "skip to content", "main menu", "search", "главная", "меню",
          "головна", "пошук", "поиск", "войти", "увійти", "log in", "sign in"));

  /** Blocks with at most this many words may match short cues. */
  static final int SHORT_BLOCK_WORDS = 12;

  private static final List<Category> ORDER = List.of(Category.OFF_TOPIC_TEASER, Category.COMMENTS,
      Category.PROMO_SPAM, Category.NEWSLETTER, Category.LEGAL_COOKIE, Category.RELATED_LINKS,
      Category.SHARE_SOCIAL, Category.AD, Category.NAVIGATION);

  private CueWords() {}

  /** Market-research spam comes as a headline or a blurb; a long paragraph naming a market is reporting. */
  static final int PROMO_MAX_WORDS = 40;

  /** Every (category, phrase) of a cue list, most decisive first: ORDER, then each category's list order. */
  private record Phrases(Category[] categories, List<String> phrases, PhraseScanner scanner) {
    static Phrases of(Map<Category, List<String>> cues) {
      List<Category> categories = new ArrayList<>();
      List<String> phrases = new ArrayList<>();
      for (Category c : ORDER) {
        for (String phrase : cues.getOrDefault(c, List.of())) {
          categories.add(c);
          phrases.add(phrase);
        }
      }
      return new Phrases(categories.toArray(new Category[0]), phrases, new PhraseScanner(phrases));
    }

    Cue cue(int id) {
      return id == Integer.MAX_VALUE ? null : new Cue(categories[id], phrases.get(id));
    }
  }

  private static final Phrases STRONG_CUES = Phrases.of(STRONG);
  private static final Phrases SHORT_CUES = Phrases.of(SHORT);

  /**
   * The most decisive cue in the text: a strong phrase anywhere (market-research phrases only in a block of at most
   * {@value #PROMO_MAX_WORDS} words), else, in a block of at most {@value #SHORT_BLOCK_WORDS} words, a short phrase
   * on word boundaries.
   */
  static Cue match(String text, int words) {
    String t = text.toLowerCase(Locale.ROOT);
    int[] best = {Integer.MAX_VALUE};
    STRONG_CUES.scanner().scan(t, (id, start, end) -> {
      if (!(STRONG_CUES.categories()[id] == Category.PROMO_SPAM && words > PROMO_MAX_WORDS)) {
        best[0] = Math.min(best[0], id);
      }
      return best[0] == 0;
    });
    if (best[0] == Integer.MAX_VALUE && words <= SHORT_BLOCK_WORDS) {
      SHORT_CUES.scanner().scan(t, (id, start, end) -> {
        if (onWordBoundaries(t, SHORT_CUES.phrases().get(id), start, end)) {
          best[0] = Math.min(best[0], id);
        }
        return best[0] == 0;
      });
      return SHORT_CUES.cue(best[0]);
    }
    return STRONG_CUES.cue(best[0]);
  }

  /** Phrase match on word boundaries ("ad" must not match "road"; Cyrillic stems may continue). */
  private static boolean onWordBoundaries(String text, String phrase, int start, int end) {
    boolean startOk = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
    boolean cyrillicStem = Character.UnicodeScript.of(phrase.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    return startOk && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end)) || cyrillicStem
        || phrase.equals("comment") || phrase.equals("cookie"));
  }

  private static final Map<String, Category> HINTS = Map.ofEntries(
      Map.entry("nav", Category.NAVIGATION), Map.entry("navbar", Category.NAVIGATION),
      Map.entry("menu", Category.NAVIGATION), Map.entry("breadcrumb", Category.NAVIGATION),
      Map.entry("breadcrumbs", Category.NAVIGATION), Map.entry("navigation", Category.NAVIGATION),
      Map.entry("related", Category.RELATED_LINKS), Map.entry("recommended", Category.RELATED_LINKS),
      Map.entry("more", Category.RELATED_LINKS), Map.entry("popular", Category.RELATED_LINKS),
      Map.entry("newsletter", Category.NEWSLETTER), Map.entry("subscribe", Category.NEWSLETTER),
      Map.entry("signup", Category.NEWSLETTER), Map.entry("subscription", Category.NEWSLETTER),
      Map.entry("comments", Category.COMMENTS), Map.entry("comment", Category.COMMENTS),
      Map.entry("respond", Category.COMMENTS), Map.entry("reply", Category.COMMENTS),
      Map.entry("disqus", Category.COMMENTS), Map.entry("share", Category.SHARE_SOCIAL),
      Map.entry("social", Category.SHARE_SOCIAL), Map.entry("sharing", Category.SHARE_SOCIAL),
      Map.entry("cookie", Category.LEGAL_COOKIE), Map.entry("cookies", Category.LEGAL_COOKIE),
      Map.entry("consent", Category.LEGAL_COOKIE), Map.entry("gdpr", Category.LEGAL_COOKIE),
      Map.entry("ad", Category.AD), Map.entry("ads", Category.AD), Map.entry("advert", Category.AD),
      Map.entry("advertisement", Category.AD), Map.entry("sponsor", Category.AD),
      Map.entry("sponsored", Category.AD), Map.entry("banner", Category.AD), Map.entry("promo", Category.AD),
      Map.entry("footer", Category.OTHER), Map.entry("sidebar", Category.OTHER), Map.entry("aside", Category.OTHER),
      Map.entry("masthead", Category.NAVIGATION), Map.entry("byline", Category.OTHER),
      Map.entry("tags", Category.OTHER));

  /** Tokens of an article container: the nearest such ancestor ends the search for a filler hint. */
  private static final java.util.Set<String> CONTENT_TOKENS = java.util.Set.of("article", "content", "entry",
      "story", "body", "text", "main", "post");

  /** True when an ancestor's class, id or tag names an article container. */
  static boolean hintsContent(String hints) {
    if (hints == null || hints.isEmpty()) {
      return false;
    }
    for (String tok : hints.split(" ")) {
      if (CONTENT_TOKENS.contains(tok)) {
        return true;
      }
    }
    return false;
  }

  /** Category named by the nearest ancestor class/id/tag token, or null. */
  static Cue hint(String hints) {
    if (hints == null || hints.isEmpty()) {
      return null;
    }
    // Tokens nearest first; the chain can be long, and most blocks stop at their first few tokens.
    for (int start = 0; start < hints.length(); ) {
      int end = hints.indexOf(' ', start);
      end = end < 0 ? hints.length() : end;
      String tok = hints.substring(start, end);
      if (CONTENT_TOKENS.contains(tok)) {
        return null;
      }
      Category c = HINTS.get(tok);
      if (c != null) {
        return new Cue(c, tok);
      }
      start = end + 1;
    }
    return null;
  }
}
