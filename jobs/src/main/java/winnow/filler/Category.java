package winnow.filler;

import java.util.Locale;

/** Filler categories. The ids are what tables and reports carry. */
public enum Category {
  NAVIGATION, RELATED_LINKS, PROMO_SPAM, NEWSLETTER, COMMENTS, SHARE_SOCIAL, LEGAL_COOKIE, OFF_TOPIC_TEASER, AD,
  OTHER;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static Category fromId(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
