package winnow.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import winnow.config.WinnowConfig;
import winnow.eval.StoryBench;
import winnow.eval.StoryRun;
import winnow.ingest.PageId;
import winnow.tables.Warehouse;

/**
 * How the story stage's cost grows: the same steps timed on nested subsets of one corpus (each subset a fixed hash
 * order's prefix, so the smaller is inside the larger and both span the same days and outlets). A warm-up run on the
 * smallest subset first keeps JIT and model loading out of the figures.
 */
public final class GrowthBench {
  public record Size(int documents, Map<String, Double> seconds) {}

  /** The corpus is a feed's items (ruwa-war's headlines and leads): each one is clustered, as the job would. */
  private static final StoryRun.Documents FEED = StoryRun.Documents.FEED;

  private GrowthBench() {}

  public static List<Size> run(Warehouse warehouse, WinnowConfig config, List<StoryBench.Doc> docs,
                               List<Integer> sizes, boolean warmUp) {
    List<StoryBench.Doc> ordered = new ArrayList<>(docs);
    ordered.sort(Comparator.comparing(d -> PageId.hash("growth", d.id())));
    List<Integer> sorted = sizes.stream().map(n -> Math.min(n, ordered.size())).distinct().sorted().toList();
    if (warmUp && !sorted.isEmpty()) {
      StoryRun.run(warehouse, config, ordered.subList(0, sorted.get(0)), FEED, false);
    }
    List<Size> out = new ArrayList<>();
    for (int n : sorted) {
      out.add(new Size(n, StoryRun.run(warehouse, config, ordered.subList(0, n), FEED, false).seconds()));
    }
    return out;
  }

  /** Seconds per step and size, then the ratio of the largest size to the smallest. */
  public static String table(List<Size> sizes) {
    Map<String, List<Double>> rows = new LinkedHashMap<>();
    for (Size s : sizes) {
      s.seconds().forEach((step, sec) -> rows.computeIfAbsent(step, k -> new ArrayList<>()).add(sec));
      rows.computeIfAbsent("total", k -> new ArrayList<>())
          .add(s.seconds().values().stream().mapToDouble(Double::doubleValue).sum());
    }
    rows.put("total", rows.remove("total"));
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-36s", "step (seconds)"));
    sizes.forEach(s -> sb.append(String.format(Locale.ROOT, " %10s", s.documents() + " docs")));
    Size first = sizes.get(0);
    Size last = sizes.get(sizes.size() - 1);
    sb.append(String.format(Locale.ROOT, " %12s%n", "time ratio"));
    for (Map.Entry<String, List<Double>> e : rows.entrySet()) {
      sb.append(String.format(Locale.ROOT, "%-36s", e.getKey()));
      e.getValue().forEach(v -> sb.append(String.format(Locale.ROOT, " %10.1f", v)));
      List<Double> v = e.getValue();
      sb.append(String.format(Locale.ROOT, " %11.2fx%n", v.get(v.size() - 1) / v.get(0)));
    }
    return sb.append(String.format(Locale.ROOT, "documents ratio %.2fx (%d -> %d)%n",
        (double) last.documents() / first.documents(), first.documents(), last.documents())).toString();
  }
}
