package winnow.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes the crawl in its three formats: WARC, JSONL feeds and extracted text. */
final class CrawlWriter {
  static final String WARC = "crawl/segment-00000.warc.gz";
  static final Instant CRAWL_START = Instant.parse("2022-11-14T00:00:00Z");

  private final Path out;
  private final ObjectMapper json = new ObjectMapper();

  CrawlWriter(Path out) {
    this.out = out;
  }

  static String feedPath(Outlet o) {
    return "feeds/" + o.key + ".jsonl";
  }

  /** Source file of an article, relative to the output dir. */
  static String source(Article a) {
    switch (a.outlet.format) {
      case "warc": return WARC;
      case "jsonl": return feedPath(a.outlet);
      default: return a.url;
    }
  }

  /** Deletes exactly the generated paths (and nothing else under the output dir). */
  void clean(List<Outlet> outlets) throws IOException {
    Files.deleteIfExists(out.resolve(WARC));
    for (Outlet o : outlets) {
      if ("jsonl".equals(o.format)) Files.deleteIfExists(out.resolve(feedPath(o)));
      if ("text".equals(o.format)) deleteTree(out.resolve("text").resolve(o.domain));
    }
    Files.deleteIfExists(out.resolve(TruthWriter.PAGES));
    Files.deleteIfExists(out.resolve(TruthWriter.BLOCKS));
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.forEach(paths::add);
    }
    paths.sort(Comparator.reverseOrder());
    for (Path p : paths) Files.delete(p);
  }

  void write(List<Article> pages, List<Outlet> outlets, long seed) throws IOException {
    Files.createDirectories(out.resolve("crawl"));
    Path warc = out.resolve(WARC);
    try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
         WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
      Map<String, List<String>> fields = new LinkedHashMap<>();
      fields.put("software", List.of("winnow-sample-generator"));
      fields.put("format", List.of("WARC File Format 1.0"));
      fields.put("description", List.of("Synthetic war-coverage crawl with ground truth, seed " + seed));
      fields.put("isPartOf", List.of("winnow-sample"));
      UUID infoId = UUID.nameUUIDFromBytes(("warcinfo:" + seed).getBytes(StandardCharsets.UTF_8));
      w.write(new Warcinfo.Builder().recordId(infoId).date(CRAWL_START).filename("segment-00000.warc.gz").fields(fields).build());
      URI infoUri = URI.create("urn:uuid:" + infoId);
      for (Article a : pages) {
        if (!"warc".equals(a.outlet.format)) continue;
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .addHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(a.fetched.atOffset(ZoneOffset.UTC)))
            .addHeader("Server", a.outlet.server)
            .addHeader("Cache-Control", "max-age=300")
            .body(MediaType.parse(a.outlet.contentType()), a.body)
            .build();
        WarcResponse resp = new WarcResponse.Builder(URI.create(a.url))
            .recordId(UUID.nameUUIDFromBytes(("response:" + a.url).getBytes(StandardCharsets.UTF_8)))
            .date(a.fetched)
            .warcinfoId(infoUri)
            .body(http)
            .build();
        w.write(resp);
      }
    }
    Files.createDirectories(out.resolve("feeds"));
    for (Outlet o : outlets) {
      if (!"jsonl".equals(o.format)) continue;
      try (Writer fw = Files.newBufferedWriter(out.resolve(feedPath(o)), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
        for (Article a : pages) {
          if (a.outlet != o) continue;
          ObjectNode n = json.createObjectNode();
          n.put("url", a.url);
          n.put("fetched_at", a.fetched.toString());
          n.put("content_type", "text/html; charset=utf-8");
          n.put("html", new String(a.body, StandardCharsets.UTF_8));
          fw.write(json.writeValueAsString(n));
          fw.write('\n');
        }
      }
    }
    for (Article a : pages) {
      if (!"text".equals(a.outlet.format)) continue;
      Path p = out.resolve(a.url);
      Files.createDirectories(p.getParent());
      Files.write(p, a.body, StandardOpenOption.CREATE_NEW);
    }
  }
}
