package winnow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Crawl files are dealt to Spark tasks by bytes, so one big segment does not share a task with everything else. */
class InputFilesTest {
  private static InputFile file(String name, long size) {
    return new InputFile("/crawl/" + name, name, InputFormat.of(name), size, 0);
  }

  @Test
  void groupsHaveAboutEqualBytesAndEveryFileOnce() {
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < 4; i++) files.add(file("segment-" + i + ".warc.gz", 1000));
    for (int i = 0; i < 400; i++) files.add(file("page-" + i + ".txt", 10));
    List<List<InputFile>> groups = InputFiles.balanced(files, 8);
    assertEquals(8, groups.size());
    long max = 0;
    long min = Long.MAX_VALUE;
    HashSet<String> seen = new HashSet<>();
    for (List<InputFile> g : groups) {
      long bytes = g.stream().mapToLong(InputFile::size).sum();
      max = Math.max(max, bytes);
      min = Math.min(min, bytes);
      for (InputFile f : g) assertTrue(seen.add(f.path()), "twice: " + f);
    }
    assertEquals(files.size(), seen.size());
    // 8,000 bytes over 8 tasks: each segment alone in its group, the text files filling the other four
    assertEquals(1000, max);
    assertEquals(1000, min);
  }

  @Test
  void fewerFilesThanSlicesGiveOneFilePerGroup() {
    List<List<InputFile>> groups = InputFiles.balanced(List.of(file("a.jsonl", 5), file("b.jsonl", 0)), 8);
    assertEquals(2, groups.size());
    assertEquals(1, groups.get(0).size());
    assertEquals(1, groups.get(1).size());
  }
}
