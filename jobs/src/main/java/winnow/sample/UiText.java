package winnow.sample;

import java.util.List;

/** Boilerplate strings of the page templates, per language. All invented. */
final class UiText {
  private UiText() {}

  record Spam(String title, String blurb) {}

  /** Market-research and lifestyle spam that recurs in the related lists of several outlets. */
  static final List<Spam> SPAM = List.of(
      new Spam("Drone Battery Market Size, Share 2023–2030, CAGR of 12.4%: Kestrel Insight Research",
          "According to Kestrel Insight Research, the global drone battery market is set to expand as commercial operators…"),
      new Spam("Portable Power Station Market Share and Report 2023, Growth Drivers, Challenges and Future Scope 2032: Vantrell Market Analytics",
          "Rising demand for off-grid energy, camping gear and home backup is pushing the portable power station market…"),
      new Spam("Diesel Generator Rental Market to Reach USD 21.7 Billion by 2031, Grow With an Impressive CAGR of 7.9%: Orbis Data Consulting",
          "Frequent grid failures and growing construction activity are among the main factors behind…"),
      new Spam("Thermal Imaging Camera Market Size, Trends, Scope, Investment Opportunities, Forecast 2032: Quorvex Market Insights",
          "Poor visibility conditions, growing security budgets and the spread of handheld devices among…"),
      new Spam("Body Armor Market Share, Industry Analysis and Regional Outlook 2023–2029: Kestrel Insight Research",
          "The body armor market is witnessing steady growth due to rising procurement by law enforcement…"),
      new Spam("Stay Warm in Style: A Guide to the Best Winter Parkas for Men",
          "Buying a winter parka is not only about warmth but also about style. Having a good parka is one of…"),
      new Spam("Satellite Phone Market Report 2023 – Business Challenges and Future Scope 2032: Vantrell Market Analytics",
          "Satellite phones are gaining traction among maritime, mining and emergency response users who…"));

  static final List<String> COOKIE_EN = List.of(
      "We use cookies to improve your experience, personalise ads and analyse traffic. By continuing to browse, you agree to our use of cookies.",
      "This website uses cookies and similar technologies to deliver content and measure audiences. You can change your choices at any time in Privacy settings.",
      "We and our partners store and access information on your device to show personalised content. See our Cookie Policy for details.");
  static final List<List<String>> COOKIE_BUTTONS_EN = List.of(
      List.of("Accept all", "Manage preferences"), List.of("OK", "Settings"), List.of("I agree", "Reject", "More options"));

  static final List<String> SPONSORED_EN = List.of(
      "Sponsored: Keep the lights on this winter — compare home battery deals from PowerNest",
      "Sponsored: Warm homes, lower bills. Get a free heat pump quote from Calderwell Heating",
      "Promoted: The ten best power banks of 2022, tested by our partners at GadgetVault",
      "Sponsored: Send money to Ukraine with zero fees this month — Remitto");

  static final List<String> AD_LABELS_EN = List.of("Advertisement", "ADVERTISEMENT", "Advertisement - scroll to continue", "Sponsored content");

  static final List<String> FOOTER_LINKS_EN = List.of("About us", "Contact", "Privacy policy", "Terms of use", "Advertise with us", "Cookie settings");

  static final List<String> COMMENT_LABELS_EN = List.of("Comment *", "Name *", "Email *", "Website");

  // --- Russian ---
  static final List<String> NAV_RU = List.of("Главная", "Новости", "Украина", "В мире", "Экономика", "Общество", "Происшествия");
  static final String COOKIE_RU = "Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим.";
  static final String COOKIE_BTN_RU = "Понятно";
  static final String SHARE_RU = "Поделиться:";
  static final List<String> SHARE_NETS_RU = List.of("ВКонтакте", "Одноклассники", "Telegram");
  static final String AD_RU = "Реклама";
  static final String RELATED_RU = "Читайте также";
  static final List<String> NEWSLETTER_RU = List.of("Подписывайтесь на рассылку", "Главные новости дня — каждое утро в вашей почте.", "Подписаться");
  static final List<String> COMMENTS_RU = List.of("Комментарии", "Чтобы оставить комментарий, войдите или зарегистрируйтесь.", "Отправить");
  static final List<String> FOOTER_RU = List.of("О редакции", "Контакты", "Реклама на сайте", "Правила использования материалов");

  // --- Ukrainian ---
  static final List<String> NAV_UK = List.of("Головна", "Новини", "Війна", "Економіка", "Суспільство", "Регіони", "Світ");
  static final String COOKIE_UK = "Ми використовуємо файли cookie для покращення роботи сайту. Залишаючись на сайті, ви погоджуєтеся з цим.";
  static final String COOKIE_BTN_UK = "Зрозуміло";
  static final String SHARE_UK = "Поділитися:";
  static final List<String> SHARE_NETS_UK = List.of("Facebook", "Telegram", "Viber");
  static final String AD_UK = "Реклама";
  static final String RELATED_UK = "Читайте також";
  static final List<String> NEWSLETTER_UK = List.of("Підпишіться на розсилку", "Найважливіші новини дня — щоранку у вашій поштовій скриньці.", "Підписатися");
  static final List<String> COMMENTS_UK = List.of("Коментарі", "Щоб залишити коментар, увійдіть або зареєструйтеся.", "Надіслати");
  static final List<String> FOOTER_UK = List.of("Про нас", "Контакти", "Реклама", "Правила використання матеріалів");

  /** Identical prose boxes, one per outlet, repeated on every page of that outlet. */
  static final String ABOUT_EASTERN =
      "Eastern Dispatch is an independent newsroom founded by reporters who covered the east of Ukraine for more than a decade. "
          + "We rely on local stringers, verified sources and our readers, who fund most of our work. "
          + "Our correspondents stay close to the front line so that the people living there are heard.";
  static final String ABOUT_KYIVMONITOR =
      "Kyiv Monitor publishes daily reporting and analysis on the war, the economy and everyday life in Ukraine. "
          + "Our small team works from Kyiv, Lviv and Dnipro and checks every claim against at least two sources "
          + "before it is published, because accuracy matters more than speed when lives are at stake.";
}
