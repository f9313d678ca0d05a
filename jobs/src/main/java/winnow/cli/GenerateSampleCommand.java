package winnow.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.sample.CrawlSpec;
import winnow.sample.SampleGenerator;

/**
 * Regenerates data-sample/ (crawl files and ground truth) from the committed, seeded generator; with --pages, writes
 * a crawl of that size instead (for benchmarks), with the other shape options defaulting in proportion to it.
 */
@Command(name = "generate-sample", mixinStandardHelpOptions = true,
    description = "Write the sample crawl and its ground truth (deterministic for a given seed); with --pages, a "
        + "crawl of that many pages in WARC.gz segments, JSONL feeds and text files.")
final class GenerateSampleCommand implements Callable<Integer> {
  @Option(names = "--out", defaultValue = "data-sample", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--seed", defaultValue = "20221123", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--pages", paramLabel = "N", description = "Write a crawl of about N pages instead of the sample.")
  Integer pages;

  @Option(names = "--outlets", paramLabel = "M", description = "Outlets (with --pages; default: pages / 250, at least 10).")
  Integer outlets;

  @Option(names = "--stories", paramLabel = "S", description = "Events (with --pages; default: pages / 8).")
  Integer stories;

  @Option(names = "--days", paramLabel = "D", description = "Days the crawl spans (with --pages; default: 30).")
  Integer days;

  @Option(names = "--syndication", paramLabel = "SHARE",
      description = "Share of pages that copy another outlet's article (with --pages; default: 0.15).")
  Double syndication;

  @Option(names = "--languages", split = ",", paramLabel = "LANG",
      description = "Languages written, en required (with --pages; default: en,ru,uk).")
  List<String> languages;

  @Option(names = "--segment-records", paramLabel = "K",
      description = "Responses per WARC.gz segment (with --pages; default: 1000).")
  Integer segmentRecords;

  @Override
  public Integer call() throws Exception {
    if (pages == null) {
      if (outlets != null || stories != null || days != null || syndication != null || languages != null
          || segmentRecords != null) {
        System.err.println("generate-sample: the crawl-shape options need --pages");
        return 2;
      }
      System.out.println(SampleGenerator.generate(out, seed));
      return 0;
    }
    CrawlSpec d = CrawlSpec.scaled(pages);
    CrawlSpec spec;
    try {
      spec = new CrawlSpec(pages, outlets != null ? outlets : d.outlets(), stories != null ? stories : d.stories(),
          days != null ? days : d.days(), syndication != null ? syndication : d.syndication(),
          languages != null ? new LinkedHashSet<>(languages) : d.languages(),
          segmentRecords != null ? segmentRecords : d.segmentRecords());
    } catch (IllegalArgumentException e) {
      System.err.println("generate-sample: " + e.getMessage());
      return 2;
    }
    long t = System.nanoTime();
    SampleGenerator.Summary s = SampleGenerator.generate(out, seed, spec);
    System.out.printf("%s (%.1f s)%n", s, (System.nanoTime() - t) / 1e9);
    return 0;
  }
}
