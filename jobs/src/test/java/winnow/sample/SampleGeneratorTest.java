package winnow.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
  private static final long SEED = SampleGenerator.DEFAULT_SEED;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    }
  }

  private static List<JsonNode> lines(Path p) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) if (!l.isBlank()) out.add(JSON.readTree(l));
    return out;
  }

  @Test
  void sameSeedGivesByteIdenticalOutputAndMeetsTheFloors(@TempDir Path a, @TempDir Path b) throws IOException {
    SampleGenerator.Summary sa = SampleGenerator.generate(a, SEED);
    SampleGenerator.Summary sb = SampleGenerator.generate(b, SEED);
    assertEquals(sa, sb);

    List<String> fa = files(a);
    assertEquals(fa, files(b));
    assertTrue(fa.contains("crawl/segment-00000.warc.gz"), fa.toString());
    assertTrue(fa.contains("_truth/pages.jsonl") && fa.contains("_truth/blocks.jsonl"), fa.toString());
    for (String f : fa) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), "differs: " + f);
    }

    assertTrue(sa.pages() >= 220, "pages " + sa);
    assertTrue(sa.outlets() >= 10, "outlets " + sa);
    assertTrue(sa.stories() >= 26, "stories " + sa);
    assertTrue(sa.days() >= 8, "days " + sa);
    assertTrue(sa.syndicatedCopies() >= 40, "copies " + sa);
  }

  @Test
  void truthIsCompleteAndCoversEveryFillerCategory(@TempDir Path out) throws IOException {
    SampleGenerator.Summary s = SampleGenerator.generate(out, SEED);
    List<JsonNode> pages = lines(out.resolve("_truth/pages.jsonl"));
    List<JsonNode> blocks = lines(out.resolve("_truth/blocks.jsonl"));
    assertEquals(s.pages(), pages.size());

    Map<String, int[]> perPage = new LinkedHashMap<>();
    for (JsonNode p : pages) {
      String url = p.get("url").asText();
      assertTrue(perPage.put(url, new int[2]) == null, "duplicate url " + url);
      assertTrue(Files.exists(out.resolve(p.get("source").asText())), "missing source " + p);
    }
    Set<String> categories = new LinkedHashSet<>();
    Set<String> formats = new LinkedHashSet<>();
    for (JsonNode p : pages) formats.add(p.get("format").asText());
    for (JsonNode b : blocks) {
      int[] counts = perPage.get(b.get("url").asText());
      assertTrue(counts != null, "block of unknown page " + b);
      String label = b.get("label").asText();
      if ("content".equals(label)) {
        counts[0]++;
        assertTrue(b.get("category").isNull(), "content block with category " + b);
      } else {
        assertEquals("filler", label);
        counts[1]++;
        categories.add(b.get("category").asText());
      }
      String text = b.get("text").asText();
      assertEquals(text.trim().replaceAll("\\s+", " "), text, "text not normalised");
    }
    for (Map.Entry<String, int[]> e : perPage.entrySet()) {
      assertTrue(e.getValue()[0] >= 1, "no content block: " + e.getKey());
      assertTrue(e.getValue()[1] >= 1, "no filler block: " + e.getKey());
    }
    for (String c : List.of("navigation", "related-links", "promo-spam", "newsletter", "comments", "share-social",
        "legal-cookie", "off-topic-teaser", "ad")) {
      assertTrue(categories.contains(c), "category never used: " + c + " (have " + categories + ")");
    }
    assertEquals(Set.of("warc", "jsonl", "text"), formats);
  }

  @Test
  void keepsHandCommittedFilesInTheOutputDir(@TempDir Path out) throws IOException {
    Path seedText = out.resolve("text/seed/000.txt");
    Path seedTruth = out.resolve("_truth/seed.blocks.jsonl");
    Files.createDirectories(seedText.getParent());
    Files.createDirectories(seedTruth.getParent());
    Files.writeString(seedText, "hand-made\n");
    Files.writeString(seedTruth, "{}\n");
    SampleGenerator.generate(out, SEED);
    SampleGenerator.generate(out, SEED);
    assertEquals("hand-made\n", Files.readString(seedText));
    assertEquals("{}\n", Files.readString(seedTruth));
  }
}
