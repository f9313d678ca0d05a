package winnow.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crawls of a given shape, for benchmarks at scale: deterministic, of the asked shape, with consistent truth. */
class ScaledCrawlTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CrawlSpec SPEC = new CrawlSpec(1200, 23, 150, 12, 0.15, Set.of("en", "ru", "uk"), 250);

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void sameSeedSameBytesAndTheAskedShape(@TempDir Path a, @TempDir Path b) throws IOException {
    SampleGenerator.Summary sa = SampleGenerator.generate(a, 7, SPEC);
    assertEquals(sa, SampleGenerator.generate(b, 7, SPEC));
    List<String> fa = files(a);
    assertEquals(fa, files(b));
    for (String f : fa) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);

    assertEquals(23, sa.outlets());
    assertTrue(Math.abs(sa.pages() - 1200) <= 120, "pages " + sa);
    assertTrue(sa.stories() >= 140 && sa.stories() <= 150, "stories " + sa);
    assertTrue(sa.days() >= 10 && sa.days() <= 12, "days " + sa);
    double copyShare = (double) sa.syndicatedCopies() / sa.pages();
    assertTrue(copyShare >= 0.08 && copyShare <= 0.2, "copies " + sa);
    long segments = fa.stream().filter(f -> f.startsWith("crawl/segment-")).count();
    assertTrue(segments >= 3, "WARC segments of at most 250 responses: " + fa);

    Map<String, Integer> perLang = new HashMap<>();
    Set<String> urls = new HashSet<>();
    Map<String, String> storyOfUrl = new HashMap<>();
    List<JsonNode> pages = new ArrayList<>();
    for (String line : Files.readAllLines(a.resolve(TruthWriter.PAGES), StandardCharsets.UTF_8)) {
      JsonNode p = JSON.readTree(line);
      pages.add(p);
      assertTrue(urls.add(p.get("url").asText()), "duplicate url " + p);
      assertTrue(Files.exists(a.resolve(p.get("source").asText())), "missing source " + p);
      perLang.merge(p.get("lang").asText(), 1, Integer::sum);
      storyOfUrl.put(p.get("url").asText(), p.get("story").asText());
    }
    assertEquals(sa.pages(), pages.size());
    assertTrue(perLang.getOrDefault("ru", 0) >= 10 && perLang.getOrDefault("uk", 0) >= 10, perLang.toString());
    for (JsonNode p : pages) {
      if (p.get("copy_kind").isNull()) continue;
      // a copy is of another outlet's page about the same story
      String orig = p.get("dup_group").asText();
      assertEquals(storyOfUrl.get(orig), p.get("story").asText(), p.toString());
      assertTrue(!orig.equals(p.get("url").asText()), p.toString());
    }
  }

  @Test
  void editionsHaveTheirOwnDomainsAndNames() {
    List<Outlet> fleet = Outlets.fleet(25, Set.of("en", "ru", "uk"));
    assertEquals(25, fleet.size());
    assertEquals(25, fleet.stream().map(o -> o.domain).distinct().count());
    assertEquals(25, fleet.stream().map(o -> o.name).distinct().count());
    assertEquals(25, fleet.stream().map(o -> o.key).distinct().count());
    Outlet edition = fleet.get(10);
    assertEquals("frontlineherald-north.com", edition.domain);
    assertTrue(edition.newsletterText.contains("Frontline Herald North"), edition.newsletterText);
  }

  @Test
  void badShapesAreRejectedWithTheOption() {
    Set<String> all = Set.of("en", "ru", "uk");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new CrawlSpec(50, 10, 5, 3, 0.1, all, 10))
        .getMessage().contains("--pages"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new CrawlSpec(500, 9, 50, 3, 0.1, all, 10))
        .getMessage().contains("--outlets must be at least 10"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new CrawlSpec(500, 10, 50, 3, 0.9, all, 10))
        .getMessage().contains("--syndication"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new CrawlSpec(500, 10, 50, 3, 0.1, Set.of("ru"), 10))
        .getMessage().contains("--languages"));
    assertEquals(8, new CrawlSpec(500, 8, 50, 3, 0.1, Set.of("en"), 10).outlets());
  }
}
