package winnow.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of a record-per-row input (a JSONL object, a Parquet row): {@code url}, the body in {@code html},
 * {@code body}, {@code text} or {@code content}, optional {@code fetched_at} (ISO-8601, or a typed timestamp) and
 * {@code content_type}. A feed's items may also carry {@code title} (the headline, kept over the body's own) and
 * {@code published} or {@code published_at} (an ISO-8601 date or time, or in Parquet a typed timestamp or date: when
 * the item was published, which a fetch time is not). One place decides what such a row becomes, whatever file
 * format carried it.
 */
final class PageFields {
  private PageFields() {}

  /**
   * @param field a column's text, or null when absent, null or not text
   * @param typedMillis a time column's value when the source typed it (Parquet), else null; null for a source
   *                    whose times are all text (JSONL)
   */
  static RawRecord toRecord(InputFile file, long offset, Function<String, String> field,
                            Function<String, Long> typedMillis, byte[] sample) {
    String url = field.apply("url");
    String bodyField = firstPresent(field, "html", "body", "text", "content");
    if (url == null || bodyField == null) {
      return RawRecord.problem(file, offset, url, "missing-field",
          url == null ? "no \"url\" field" : "no \"html\", \"body\", \"text\" or \"content\" field", sample);
    }
    Long fetched = typedMillis == null ? null : typedMillis.apply("fetched_at");
    String fetchedAt = fetched == null ? field.apply("fetched_at") : null;
    if (fetchedAt != null) {
      try {
        fetched = OffsetDateTime.parse(fetchedAt).toInstant().toEpochMilli();
      } catch (DateTimeParseException e) {
        return RawRecord.problem(file, offset, url, "bad-field", "fetched_at is not ISO-8601: " + fetchedAt, sample);
      }
    }
    Long published = typedMillis == null ? null : firstTyped(typedMillis, "published_at", "published");
    String publishedField = published != null ? null : firstPresent(field, "published_at", "published");
    if (publishedField != null && !field.apply(publishedField).isBlank()) {
      published = instant(field.apply(publishedField));
      if (published == null) {
        return RawRecord.problem(file, offset, url, "bad-field",
            publishedField + " is not an ISO-8601 date or time: " + field.apply(publishedField), sample);
      }
    }
    String contentType = field.apply("content_type");
    String mediaType = contentType == null ? (bodyField.equals("html") ? "text/html" : null)
        : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    // The text is already decoded: re-encoding as UTF-8 is exact, whatever the page declared.
    return new RawRecord(file, offset, url, fetched, mediaType, "utf-8",
        field.apply(bodyField).getBytes(StandardCharsets.UTF_8), null, null, field.apply("title"), published);
  }

  /**
   * Epoch milliseconds of an ISO-8601 date ({@code 2022-11-14}, read as UTC midnight), date-time with an offset, or
   * local date-time (read as UTC); null if the text is none of these.
   */
  static Long instant(String text) {
    String t = text.strip();
    try {
      return OffsetDateTime.parse(t).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      // not a time with an offset: try the shorter forms
    }
    try {
      return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toEpochMilli();
    } catch (DateTimeParseException e) {
      // not a local time either
    }
    try {
      return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Long firstTyped(Function<String, Long> typedMillis, String... names) {
    for (String n : names) {
      Long t = typedMillis.apply(n);
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private static String firstPresent(Function<String, String> field, String... names) {
    for (String n : names) {
      if (field.apply(n) != null) {
        return n;
      }
    }
    return null;
  }
}
