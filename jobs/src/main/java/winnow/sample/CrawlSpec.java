package winnow.sample;

import java.util.List;
import java.util.Set;

/**
 * The shape of a generated crawl at scale: {@code pages} pages (about: originals are planned per story, copies fill
 * up to it) from {@code outlets} outlets, {@code stories} events over {@code days} days, a {@code syndication} share of
 * pages that are copies of another outlet's article, the {@code languages} written (en, ru, uk; en is required, the
 * copies are English), and at most {@code segmentRecords} responses per WARC.gz file.
 */
public record CrawlSpec(int pages, int outlets, int stories, int days, double syndication, Set<String> languages,
                        int segmentRecords) {
  static final Set<String> LANGUAGES = Set.of("en", "ru", "uk");

  public CrawlSpec {
    languages = Set.copyOf(languages);
    if (pages < 100) throw new IllegalArgumentException("--pages must be at least 100, not " + pages);
    if (stories < 1 || stories > pages) {
      throw new IllegalArgumentException("--stories must be between 1 and the pages (" + pages + "), not " + stories);
    }
    if (days < 1) throw new IllegalArgumentException("--days must be at least 1, not " + days);
    if (!(syndication >= 0 && syndication <= 0.5)) {
      throw new IllegalArgumentException("--syndication must be a share between 0 and 0.5, not " + syndication);
    }
    if (!languages.contains("en") || !LANGUAGES.containsAll(languages)) {
      throw new IllegalArgumentException("--languages must include en and be among " + List.of("en", "ru", "uk")
          + ", not " + languages);
    }
    Set<String> langs = languages;
    int needed = (int) Outlets.all().stream().filter(o -> langs.contains(o.lang)).count();
    if (outlets < needed) {
      throw new IllegalArgumentException("--outlets must be at least " + needed + " for languages " + languages
          + ", not " + outlets);
    }
    if (segmentRecords < 1) throw new IllegalArgumentException("--segment-records must be at least 1");
  }

  /** A crawl of {@code pages} pages with the defaults scaled to it: one outlet per 250 pages, one story per 8 pages. */
  public static CrawlSpec scaled(int pages) {
    return new CrawlSpec(pages, Math.max(10, pages / 250), Math.max(1, pages / 8), 30, 0.15, LANGUAGES, 1000);
  }
}
