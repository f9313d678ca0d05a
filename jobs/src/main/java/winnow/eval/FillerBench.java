package winnow.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import winnow.filler.Block;
import winnow.filler.HtmlSegmenter;
import winnow.ingest.CharsetSniffer;
import winnow.ingest.PageId;
import winnow.tables.RowBuilder;

/**
 * Reads a filler benchmark in the neutral format (pages/&lt;id&gt;.html[.gz] + truth.jsonl) into rows shaped like
 * the pages table, so the job's own filler code runs on them.
 */
public final class FillerBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** One labelled page. */
  public record Page(String id, String url, String pageType, String mainText, List<String> with,
                     List<String> without, byte[] bytes) {}

  private FillerBench() {}

  public static List<Page> read(Path dir) throws IOException {
    List<Page> pages = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("truth.jsonl"))) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      String id = n.get("id").asText();
      pages.add(new Page(id, text(n, "url"), text(n, "page_type"), text(n, "main_text"), list(n, "with"),
          list(n, "without"), body(dir.resolve("pages"), id)));
    }
    return pages;
  }

  /** A pages-table row: HTML as fetched, or (text mode) its visible text with one block per line. */
  public static Row toPageRow(Page p, StructType schema, boolean textMode) {
    String html = CharsetSniffer.decode(p.bytes(), null, true).text();
    String body = html;
    if (textMode) {
      StringBuilder sb = new StringBuilder();
      for (Block b : HtmlSegmenter.segment(html, 512).blocks()) {
        sb.append(b.text()).append('\n');
      }
      body = sb.toString();
    }
    Matcher m = TITLE.matcher(html);
    String title = m.find() ? HtmlSegmenter.segment(m.group(1), 4).blocks().stream().map(Block::text)
        .findFirst().orElse(null) : null;
    String url = url(p);
    return new RowBuilder(schema).set("page_id", p.id()).set("url", url).set("domain", PageId.domain(url))
        .set("title", title).set("content_type", textMode ? "text/plain" : "text/html").set("body", body).build();
  }

  /** The page's URL, or a stand-in naming the benchmark page. */
  public static String url(Page p) {
    return p.url() == null ? "bench/" + p.id() : p.url();
  }

  private static byte[] body(Path pages, String id) throws IOException {
    Path gz = pages.resolve(id + ".html.gz");
    if (Files.exists(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return in.readAllBytes();
      }
    }
    Path plain = pages.resolve(id + ".html");
    return Files.exists(plain) ? Files.readAllBytes(plain) : new byte[0];
  }

  private static String text(JsonNode n, String f) {
    JsonNode v = n.get(f);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> list(JsonNode n, String f) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.get(f);
    if (v != null && v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
