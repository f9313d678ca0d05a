package winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import winnow.ingest.PageId;

/**
 * Reads the stories benchmarks in the neutral format ({@code *.docs.jsonl}, {@code *.pairs.jsonl}) into rows shaped
 * like the {@code articles} the story stage reads, so the job's own clustering code runs on them.
 */
public final class StoryBench {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The article columns the story stage selects. */
  public static final StructType ARTICLES = new StructType()
      .add("page_id", DataTypes.StringType, false).add("title", DataTypes.StringType)
      .add("main_text", DataTypes.StringType).add("domain", DataTypes.StringType)
      .add("language", DataTypes.StringType).add("published_at", DataTypes.TimestampType);

  /** One document; story is the gold label (null: unlabelled). */
  public record Doc(String id, String title, String text, Timestamp published, String lang, String source,
                    String story) {
    /** Page ids are 16 hex digits in the job: a hash of the benchmark id keeps that shape. */
    public String pageId() {
      return PageId.hash("bench", id);
    }

    public Row toRow() {
      return RowFactory.create(pageId(), title, text, source, lang, published);
    }
  }

  /** A labelled pair of documents. */
  public record Pair(String lang, boolean sameStory, Doc a, Doc b) {}

  private StoryBench() {}

  public static List<Doc> docs(Path file) throws IOException {
    List<Doc> docs = new ArrayList<>();
    for (JsonNode n : jsonLines(file)) {
      docs.add(new Doc(required(n, "id"), text(n, "title"), text(n, "text"), timestamp(text(n, "published")),
          text(n, "lang"), text(n, "source"), text(n, "story")));
    }
    return docs;
  }

  /** Pairs; each side becomes a document whose id is its URL (or its title when the URL is missing). */
  public static List<Pair> pairs(Path file) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    for (JsonNode n : jsonLines(file)) {
      String lang = text(n, "lang");
      pairs.add(new Pair(lang, n.path("same_story").asBoolean(), side(n.get("a"), lang), side(n.get("b"), lang)));
    }
    return pairs;
  }

  /** The file's non-blank lines, each parsed as JSON; a line that is not JSON fails with its line number. */
  private static List<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      for (int number = 1; (line = r.readLine()) != null; number++) {
        if (!line.isBlank()) {
          try {
            out.add(JSON.readTree(line));
          } catch (IOException e) {
            throw new IllegalArgumentException(file + " line " + number + " is not JSON: " + e.getMessage(), e);
          }
        }
      }
    }
    return out;
  }

  /** The distinct documents of the pairs, by id, in file order. */
  public static List<Doc> distinctDocs(List<Pair> pairs) {
    Map<String, Doc> docs = new LinkedHashMap<>();
    for (Pair p : pairs) {
      docs.putIfAbsent(p.a().id(), p.a());
      docs.putIfAbsent(p.b().id(), p.b());
    }
    return new ArrayList<>(docs.values());
  }

  private static Doc side(JsonNode n, String lang) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("a pair needs objects a and b");
    }
    String url = text(n, "url");
    String title = text(n, "title");
    String id = url != null ? url : title;
    if (id == null) {
      throw new IllegalArgumentException("a pair side needs a url or a title");
    }
    return new Doc(id, title, text(n, "text"), null, lang, url == null ? null : PageId.domain(url), null);
  }

  private static String required(JsonNode n, String field) {
    String v = text(n, field);
    if (v == null) {
      throw new IllegalArgumentException("a document without \"" + field + "\": " + n);
    }
    return v;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** ISO date or date-time, with or without offset (UTC when none); null stays null. */
  static Timestamp timestamp(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      if (s.length() == 10) {
        return Timestamp.from(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      try {
        return Timestamp.from(OffsetDateTime.parse(s).toInstant());
      } catch (DateTimeParseException e) {
        try {
          return Timestamp.from(Instant.parse(s));
        } catch (DateTimeParseException e2) {
          return Timestamp.from(LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        }
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO date or date-time: " + s, e);
    }
  }
}
