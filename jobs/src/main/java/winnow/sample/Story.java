package winnow.sample;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One war-coverage event with its facts. {@code facts} holds the English slots used by the
 * sentence templates; {@code cyr} the Russian ("ru.*") and Ukrainian ("uk.*") slots, empty for
 * stories that the Russian and Ukrainian outlets do not cover.
 */
record Story(String id, String kind, LocalDate date, Map<String, String> facts,
             Map<String, String> cyr, String lookalikeOf) {

  Story {
    facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    cyr = Collections.unmodifiableMap(new LinkedHashMap<>(cyr));
  }

  boolean cyrillic() {
    return !cyr.isEmpty();
  }

  String city() {
    return facts.get("city");
  }

  /** Theme used to choose generic context sentences. */
  String theme() {
    switch (kind) {
      case "prisoner-exchange":
      case "evacuation":
      case "grain-convoy":
        return "human";
      case "recapture":
        return "front";
      default:
        return "strike";
    }
  }

  static String weekday(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String dayMonth(LocalDate d) {
    return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String dayMonthYear(LocalDate d) {
    return dayMonth(d) + " " + d.getYear();
  }
}
