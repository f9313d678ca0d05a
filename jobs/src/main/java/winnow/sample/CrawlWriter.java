package winnow.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes the crawl page by page in its three formats: WARC.gz segments of at most {@code segmentRecords} responses
 * (as a crawler rolls its files), a JSONL feed per feed outlet, one extracted-text file per page; and the truth.
 * Pages are streamed: nothing of a written page's body is kept, so a crawl of any size fits in memory.
 */
final class CrawlWriter implements Closeable {
  static final Instant CRAWL_START = Instant.parse("2022-11-14T00:00:00Z");

  private final Path out;
  private final long seed;
  private final int segmentRecords;
  private final ObjectMapper json = new ObjectMapper();
  private final TruthWriter truth;
  private final Map<Outlet, Writer> feeds = new LinkedHashMap<>();
  private WarcWriter warc;
  private URI warcInfo;
  private int segment = -1;
  private int inSegment;

  CrawlWriter(Path out, long seed, int segmentRecords) throws IOException {
    this.out = out;
    this.seed = seed;
    this.segmentRecords = segmentRecords;
    Files.createDirectories(out.resolve("crawl"));
    Files.createDirectories(out.resolve("feeds"));
    this.truth = new TruthWriter(out);
    nextSegment();
  }

  static String segmentPath(int n) {
    return String.format("crawl/segment-%05d.warc.gz", n);
  }

  static String feedPath(Outlet o) {
    return "feeds/" + o.key + ".jsonl";
  }

  /** Deletes exactly what a generator run writes (WARC segments, feeds, text trees, truth) and nothing else. */
  static void clean(Path out, List<Outlet> outlets) throws IOException {
    Path crawl = out.resolve("crawl");
    if (Files.isDirectory(crawl)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(crawl, "segment-[0-9][0-9][0-9][0-9][0-9].warc.gz")) {
        for (Path p : ds) Files.delete(p);
      }
    }
    for (Outlet o : outlets) {
      if ("jsonl".equals(o.format)) Files.deleteIfExists(out.resolve(feedPath(o)));
      if ("text".equals(o.format)) Folders.deleteTree(out.resolve("text").resolve(o.domain));
    }
    Files.deleteIfExists(out.resolve(TruthWriter.PAGES));
    Files.deleteIfExists(out.resolve(TruthWriter.BLOCKS));
  }

  private void nextSegment() throws IOException {
    if (warc != null) warc.close();
    segment++;
    inSegment = 0;
    String name = segmentPath(segment);
    FileChannel ch = FileChannel.open(out.resolve(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    warc = new WarcWriter(ch, WarcCompression.GZIP);
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("software", List.of("winnow-sample-generator"));
    fields.put("format", List.of("WARC File Format 1.0"));
    fields.put("description", List.of("Synthetic war-coverage crawl with ground truth, seed " + seed));
    fields.put("isPartOf", List.of("winnow-sample"));
    String key = segment == 0 ? "warcinfo:" + seed : "warcinfo:" + seed + ":" + segment;
    UUID infoId = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    warc.write(new Warcinfo.Builder().recordId(infoId).date(CRAWL_START)
        .filename(name.substring(name.indexOf('/') + 1)).fields(fields).build());
    warcInfo = URI.create("urn:uuid:" + infoId);
  }

  /** Writes one rendered page and its truth, then drops its body and blocks. */
  void add(Article a) throws IOException {
    String source;
    switch (a.outlet.format) {
      case "warc" -> source = writeWarc(a);
      case "jsonl" -> source = writeFeed(a);
      default -> {
        Path p = out.resolve(a.url);
        Files.createDirectories(p.getParent());
        Files.write(p, a.body, StandardOpenOption.CREATE_NEW);
        source = a.url;
      }
    }
    truth.write(a, source);
    a.body = null;
    a.blocks = List.of();
  }

  private String writeWarc(Article a) throws IOException {
    if (inSegment >= segmentRecords) nextSegment();
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .addHeader("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(a.fetched.atOffset(ZoneOffset.UTC)))
        .addHeader("Server", a.outlet.server)
        .addHeader("Cache-Control", "max-age=300")
        .body(MediaType.parse(a.outlet.contentType()), a.body)
        .build();
    WarcResponse resp = new WarcResponse.Builder(URI.create(a.url))
        .recordId(UUID.nameUUIDFromBytes(("response:" + a.url).getBytes(StandardCharsets.UTF_8)))
        .date(a.fetched)
        .warcinfoId(warcInfo)
        .body(http)
        .build();
    warc.write(resp);
    inSegment++;
    return segmentPath(segment);
  }

  private String writeFeed(Article a) throws IOException {
    Writer fw = feeds.get(a.outlet);
    if (fw == null) {
      fw = Files.newBufferedWriter(out.resolve(feedPath(a.outlet)), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      feeds.put(a.outlet, fw);
    }
    ObjectNode n = json.createObjectNode();
    n.put("url", a.url);
    n.put("fetched_at", a.fetched.toString());
    n.put("content_type", "text/html; charset=utf-8");
    n.put("html", new String(a.body, StandardCharsets.UTF_8));
    fw.write(json.writeValueAsString(n));
    fw.write('\n');
    return feedPath(a.outlet);
  }

  @Override
  public void close() throws IOException {
    try (TruthWriter t = truth) {
      if (warc != null) warc.close();
      for (Writer w : feeds.values()) w.close();
    }
  }
}
