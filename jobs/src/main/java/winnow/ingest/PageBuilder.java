package winnow.ingest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import winnow.tables.RowBuilder;
import winnow.tables.TableSchema;

/**
 * Turns one {@link RawRecord} into an outcome row: a page (decoded body, title, language, deterministic id) or a
 * reject with its reason. Every record yields exactly one outcome, so input records = pages + rejects.
 */
public final class PageBuilder {
  public static final String KIND_PAGE = "page";
  public static final String KIND_REJECT = "reject";

  private PageBuilder() {}

  /** The pages columns plus kind, reason, detail and sample. */
  public static StructType outcomeSchema() {
    StructType s = new StructType().add("kind", DataTypes.StringType, false);
    for (var f : TableSchema.load("pages").structType().fields()) {
      s = s.add(f.name(), f.dataType(), true);
    }
    return s.add("reason", DataTypes.StringType).add("detail", DataTypes.StringType)
        .add("sample", DataTypes.StringType);
  }

  public static Row build(RawRecord r, IngestLimits limits, StructType schema) {
    if (r.problem() != null) {
      return reject(r, r.problem(), r.problemDetail(), limits, schema);
    }
    byte[] body = r.body() == null ? new byte[0] : r.body();
    String declaredTitle = r.declaredTitle() == null || r.declaredTitle().isBlank() ? null : r.declaredTitle();
    // A feed item may be its headline alone; any other record needs a body.
    if (body.length == 0 && declaredTitle == null) {
      return reject(r, "empty-body", "the record has no body", limits, schema);
    }
    if (body.length > limits.maxPageBytes()) {
      return reject(r, "too-large", "body exceeds ingest.max-page-bytes = " + limits.maxPageBytes(), limits, schema);
    }
    String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
    boolean html = type.contains("html") || (type.isEmpty() && looksLikeHtml(body));
    if (!html && !type.isEmpty() && !type.startsWith("text/")) {
      return reject(r, "not-text", "content type " + type + " is not HTML or text", limits, schema);
    }
    CharsetSniffer.Decoded decoded = CharsetSniffer.decode(body, r.declaredCharset(), html);
    String text = decoded.text();
    double control = controlShare(text);
    if (control > limits.maxControlCharShare()) {
      return reject(r, "binary-body", String.format(Locale.ROOT,
          "%.1f%% control or undecodable characters: not text", control * 100), limits, schema);
    }
    text = text.replace("\u0000", "");
    String title;
    String visible;
    if (html) {
      Document doc = Jsoup.parse(text);
      title = doc.title();
      if (title.isBlank()) {
        Element h1 = doc.selectFirst("h1");
        title = h1 == null ? null : h1.text();
      }
      visible = doc.body() == null ? "" : doc.body().text();
    } else {
      title = firstLine(text);
      visible = text;
    }
    if (declaredTitle != null) {
      title = declaredTitle;
    }
    if (visible.isBlank() && declaredTitle == null) {
      return reject(r, "no-visible-text", "the page has no visible text", limits, schema);
    }
    Timestamp fetched = r.fetchedAtMillis() == null ? null : new Timestamp(r.fetchedAtMillis());
    return new RowBuilder(schema)
        .set("kind", KIND_PAGE)
        .set("page_id", PageId.of(r.url(), body))
        .set("url", r.url())
        .set("domain", PageId.domain(r.url()))
        .set("fetched_at", fetched)
        .set("crawl_date", fetched == null ? null
            : Date.valueOf(Instant.ofEpochMilli(r.fetchedAtMillis()).atZone(ZoneOffset.UTC).toLocalDate()))
        .set("source_file", r.file().path())
        .set("source_offset", r.offset())
        .set("source_format", r.file().format().id())
        .set("content_type", html ? "text/html" : "text/plain")
        .set("charset", decoded.charset())
        .set("body", text)
        .set("body_bytes", (long) body.length)
        .set("title", title == null || title.isBlank() ? null : title.strip())
        .set("language", LanguageGuess.of(visible.isBlank() ? title : visible))
        .set("published_at", r.publishedAtMillis() == null ? null : new Timestamp(r.publishedAtMillis()))
        .build();
  }

  public static Row reject(RawRecord r, String reason, String detail, IngestLimits limits, StructType schema) {
    return new RowBuilder(schema)
        .set("kind", KIND_REJECT)
        .set("url", r.url())
        .set("source_file", r.file().path())
        .set("source_offset", r.offset())
        .set("source_format", r.file().format().id())
        .set("reason", reason)
        .set("detail", detail == null ? reason : detail)
        .set("sample", printable(Bytes.head(r.body(), limits.rejectSampleBytes())))
        .build();
  }

  static String printable(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c >= 0x20 && c < 0x7f || c == '\n' || c == '\t') {
        sb.append((char) c);
      } else {
        sb.append(String.format("\\x%02x", c));
      }
    }
    return sb.toString();
  }

  private static boolean looksLikeHtml(byte[] body) {
    String head = new String(body, 0, Math.min(body.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
        .stripLeading().toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
  }

  static double controlShare(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int bad = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
        bad++;
      }
    }
    return bad / (double) text.length();
  }

  private static String firstLine(String text) {
    for (String line : text.split("\n", 20)) {
      if (!line.isBlank()) {
        String t = line.strip();
        return t.length() > 300 ? t.substring(0, 300) : t;
      }
    }
    return null;
  }
}
