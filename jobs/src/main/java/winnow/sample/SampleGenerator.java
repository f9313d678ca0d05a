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
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic generator of a synthetic crawl of war coverage with ground truth: WARC, JSONL feeds and
 * extracted-text pages, plus per-page and per-block truth (content or filler and the filler's category, story,
 * syndication group, look-alikes). The sample is small and hand-shaped (ten outlets, the story bank's events); a
 * {@link CrawlSpec} makes crawls of any size from the same templates for benchmarks.
 */
public final class SampleGenerator {
  public static final long DEFAULT_SEED = 20221123L;

  /** What was generated. */
  public record Summary(int pages, int outlets, int stories, int days, int syndicatedCopies) {}

  private SampleGenerator() {}

  /** The sample: the story bank's events, the ten outlets, 56 syndicated copies, one WARC file. */
  public static Summary generate(Path outDir, long seed) throws IOException {
    Random rnd = new Random(seed);
    List<Outlet> outlets = Outlets.all();
    List<Story> stories = StoryBank.build(rnd);
    List<Article> pages = new CrawlPlanner(rnd, CrawlPlanner.Plan.SAMPLE).plan(stories, outlets);
    return write(outDir, seed, rnd, outlets, pages, Integer.MAX_VALUE);
  }

  /** A crawl of the given shape, for benchmarks at scale (see {@link CrawlSpec}). */
  public static Summary generate(Path outDir, long seed, CrawlSpec spec) throws IOException {
    Random rnd = new Random(seed);
    List<Outlet> outlets = Outlets.fleet(spec.outlets(), spec.languages());
    boolean cyrillic = spec.languages().contains("ru") || spec.languages().contains("uk");
    List<Story> stories = StoryBank.synthesize(rnd, spec.stories(), CrawlPlanner.LAST_DAY, spec.days(), cyrillic);
    int english = (int) outlets.stream().filter(o -> "en".equals(o.lang)).count();
    // Pages per story: 1.45 per English outlet (follow-ups), and about 0.9 Russian and Ukrainian ones.
    double perStory = spec.pages() * (1 - spec.syndication()) / spec.stories() - (cyrillic ? 0.9 : 0);
    double meanOutlets = Math.max(1, perStory / 1.45);
    int maxCover = Math.max(Math.min(7, english - 1), (int) (english * 0.6));
    CrawlPlanner.Plan plan = new CrawlPlanner.Plan(CrawlPlanner.LAST_DAY, spec.pages(), 0, 300, maxCover,
        meanOutlets);
    List<Article> pages = new CrawlPlanner(rnd, plan).plan(stories, outlets);
    return write(outDir, seed, rnd, outlets, pages, spec.segmentRecords());
  }

  private static Summary write(Path outDir, long seed, Random rnd, List<Outlet> outlets, List<Article> pages,
                               int segmentRecords) throws IOException {
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
    PageRenderer html = new PageRenderer(rnd);
    TextRenderer text = new TextRenderer(rnd);
    CrawlWriter.clean(outDir, outlets);
    try (CrawlWriter writer = new CrawlWriter(outDir, seed, segmentRecords)) {
      for (Article a : pages) {
        if ("text".equals(a.outlet.format)) {
          a.body = text.render(a).getBytes(StandardCharsets.UTF_8);
        } else {
          a.body = encode(html.render(a), Charset.forName(a.outlet.charset), a.url);
        }
        writer.add(a);
      }
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
