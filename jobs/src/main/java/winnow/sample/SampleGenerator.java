package winnow.sample;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic generator of a small synthetic crawl of war coverage with ground truth: WARC,
 * JSONL feeds and extracted-text pages from ten invented outlets, plus per-page and per-block
 * truth (content or filler and the filler's category, story, syndication group, look-alikes).
 */
public final class SampleGenerator {
  public static final long DEFAULT_SEED = 20221123L;

  /** What was generated. */
  public record Summary(int pages, int outlets, int stories, int days, int syndicatedCopies) {}

  private SampleGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Paths.get("data-sample");
    long seed = DEFAULT_SEED;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out": out = Paths.get(args[++i]); break;
        case "--seed": seed = Long.parseLong(args[++i]); break;
        default: throw new IllegalArgumentException("unknown argument " + args[i] + " (use --out DIR --seed N)");
      }
    }
    Summary s = generate(out, seed);
    System.out.println("wrote " + out + ": " + s);
  }

  public static Summary generate(Path outDir, long seed) throws IOException {
    Random rnd = new Random(seed);
    List<Outlet> outlets = Outlets.all();
    List<Story> stories = StoryBank.build(rnd);
    List<Article> pages = new CrawlPlanner(rnd).plan(stories, outlets);
    PageRenderer html = new PageRenderer(rnd);
    TextRenderer text = new TextRenderer(rnd);
    for (Article a : pages) {
      if ("text".equals(a.outlet.format)) {
        a.body = text.render(a).getBytes(StandardCharsets.UTF_8);
      } else {
        a.body = encode(html.render(a), Charset.forName(a.outlet.charset), a.url);
      }
    }
    CrawlWriter writer = new CrawlWriter(outDir);
    writer.clean(outlets);
    writer.write(pages, outlets, seed);
    new TruthWriter().write(outDir, pages);

    Set<String> outletNames = new LinkedHashSet<>();
    Set<String> storyIds = new LinkedHashSet<>();
    Set<LocalDate> days = new LinkedHashSet<>();
    int copies = 0;
    for (Article a : pages) {
      outletNames.add(a.outlet.domain);
      storyIds.add(a.story.id());
      days.add(a.published);
      if (a.copyKind != null) copies++;
    }
    return new Summary(pages.size(), outletNames.size(), storyIds.size(), days.size(), copies);
  }

  private static byte[] encode(String s, Charset cs, String url) {
    CharsetEncoder enc = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer b = enc.encode(CharBuffer.wrap(s));
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("cannot encode " + url + " as " + cs, e);
    }
  }
}
