package winnow.ingest;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of a record-per-row input (a JSONL object, a Parquet row): {@code url}, the body in {@code html},
 * {@code body}, {@code text} or {@code content}, optional {@code fetched_at} (ISO-8601, or a typed timestamp) and
 * {@code content_type}. One place decides what such a row becomes, whatever file format carried it.
 */
final class PageFields {
  private PageFields() {}

  /**
   * @param field a column's text, or null when absent or null
   * @param fetchedMillis the fetch time when the source typed it; null to parse the fetched_at text
   */
  static RawRecord toRecord(InputFile file, long offset, Function<String, String> field, Long fetchedMillis,
                            byte[] sample) {
    String url = field.apply("url");
    String bodyField = firstPresent(field, "html", "body", "text", "content");
    if (url == null || bodyField == null) {
      return RawRecord.problem(file, offset, url, "missing-field",
          url == null ? "no \"url\" field" : "no \"html\", \"body\", \"text\" or \"content\" field", sample);
    }
    Long fetched = fetchedMillis;
    String fetchedAt = fetched == null ? field.apply("fetched_at") : null;
    if (fetchedAt != null) {
      try {
        fetched = OffsetDateTime.parse(fetchedAt).toInstant().toEpochMilli();
      } catch (DateTimeParseException e) {
        return RawRecord.problem(file, offset, url, "bad-field", "fetched_at is not ISO-8601: " + fetchedAt, sample);
      }
    }
    String contentType = field.apply("content_type");
    String mediaType = contentType == null ? (bodyField.equals("html") ? "text/html" : null)
        : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    // The text is already decoded: re-encoding as UTF-8 is exact, whatever the page declared.
    return new RawRecord(file, offset, url, fetched, mediaType, "utf-8",
        field.apply(bodyField).getBytes(StandardCharsets.UTF_8), null, null);
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
