package winnow.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.eval.StoryScores;
import winnow.pipeline.Pipeline;
import winnow.pipeline.StageReport;
import winnow.sample.CrawlSpec;
import winnow.sample.Folders;
import winnow.sample.SampleGenerator;
import winnow.tables.Warehouse;

/**
 * The whole job on generated crawls of given sizes: each crawl is generated under the work folder (seconds, next to
 * the job's minutes; regenerating keeps it in step with the generator), the pipeline runs on it into a fresh
 * warehouse, and each stage's wall time, records/s, heap and shuffle figures are printed with the stories and
 * duplicate groups scored against the generator's truth, then how each stage's time grew from the smallest crawl to
 * the largest.
 */
public final class PipelineBench {
  /** One stage of one run. */
  public record Stage(StageReport report, StageMetrics.Figures figures) {}

  /**
   * One crawl size: its shape, how long generating it took, its stages, the clusters scored on the truth, and the
   * filler step against the peers (null if skipped).
   */
  public record Run(CrawlSpec spec, int pages, double generateSeconds, List<Stage> stages,
                    StoryScores.Scores stories, StoryScores.Scores duplicates, FillerPeers.Result peers) {
    double seconds() {
      return stages.stream().mapToDouble(s -> s.report().seconds()).sum();
    }
  }

  private PipelineBench() {}

  /**
   * Generates the crawl for one spec and runs the pipeline on it into a fresh warehouse; then, unless
   * {@code peerPages} is 0, times the filler step against the peers on that many of its HTML pages.
   */
  public static Run run(Warehouse base, WinnowConfig config, Path work, CrawlSpec spec, long seed, int peerPages,
                        PrintStream out) throws Exception {
    Path crawl = work.resolve("crawl-" + spec.pages());
    long t = System.nanoTime();
    SampleGenerator.Summary summary = SampleGenerator.generate(crawl, seed, spec);
    double generated = (System.nanoTime() - t) / 1e9;
    out.printf(Locale.ROOT, "generated %s in %.1f s: %s%n", crawl, generated, summary);
    int pages = summary.pages();
    Path warehouse = work.resolve("warehouse-" + spec.pages());
    Folders.deleteTree(warehouse);
    WinnowConfig c = config.withInput(List.of(crawl.toAbsolutePath().toString()))
        .withWarehouse(warehouse.toAbsolutePath().toString(), WinnowConfig.Metastore.SESSION);
    Warehouse w = new Warehouse(base.spark(), c, base.runId() + "-" + spec.pages());
    List<Stage> stages = new ArrayList<>();
    StageMetrics[] running = new StageMetrics[1];
    try {
      // Recompute: a benchmark measures the work even over a warehouse kept from an earlier run.
      Pipeline.run(w, c, Pipeline.STAGES, out, new Pipeline.Observer() {
        @Override
        public void started(String stage) {
          running[0] = StageMetrics.start(base.spark().sparkContext());
        }

        @Override
        public void finished(StageReport report) {
          stages.add(new Stage(report, running[0].stop()));
          running[0] = null;
        }
      }, true);
    } finally {
      // A stage that throws never reports finished: its listener must not stay on the shared SparkContext.
      if (running[0] != null) {
        running[0].stop();
      }
    }
    Dataset<Row> truth = w.spark().read().json(crawl.resolve("_truth/pages.jsonl").toString())
        .select("url", "story", "dup_group").persist(StorageLevel.MEMORY_AND_DISK());
    StoryScores.Scores stories = scores(w, truth, "story_members", "story_id", "story");
    StoryScores.Scores duplicates = scores(w, truth, "dup_groups", "group_id", "dup_group");
    truth.unpersist();
    return new Run(spec, pages, generated, stages, stories, duplicates,
        peerPages > 0 ? FillerPeers.run(w, c, peerPages) : null);
  }

  /**
   * A cluster table scored against the generator's truth for every article in it (pairwise and BCubed). The
   * assignments are collected to score them: this is the benchmark's check, not part of the job.
   */
  static StoryScores.Scores scores(Warehouse w, Dataset<Row> truth, String table, String predicted, String gold) {
    List<StoryScores.Assignment> rows = new ArrayList<>();
    for (Row r : w.read("articles").select("page_id", "url").join(truth.select("url", gold), "url")
        .join(w.read(table).select("page_id", predicted), "page_id")
        .select("url", gold, predicted).collectAsList()) {
      rows.add(new StoryScores.Assignment(r.getString(0), r.getString(1), r.getString(2)));
    }
    return StoryScores.of(rows);
  }

  private static void scoreLine(StringBuilder sb, String what, StoryScores.Scores sc) {
    if (sc == null) return;
    sb.append(String.format(Locale.ROOT, "%s vs truth (%,d articles): pairwise P %.3f R %.3f F1 %.3f, BCubed F1 %.3f%n",
        what, sc.documents(), sc.pairP(), sc.pairR(), sc.pairF1(), sc.bcubedF1()));
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,.0f", bytes / 1048576.0);
  }

  /** Per run, a row per stage; then, with two runs or more, each stage's time ratio largest / smallest. */
  public static String table(List<Run> runs) {
    StringBuilder sb = new StringBuilder();
    for (Run r : runs) {
      sb.append(String.format(Locale.ROOT, "%n%,d pages (%d outlets, %,d stories, %d days, syndication %.2f)%n",
          r.pages(), r.spec().outlets(), r.spec().stories(), r.spec().days(), r.spec().syndication()));
      sb.append(String.format(Locale.ROOT, "%-8s %10s %9s %10s %9s %9s %9s %9s %9s %7s%n", "stage", "records in",
          "seconds", "records/s", "heap MiB", "live MiB", "shuf w MiB", "shuf r MiB", "spill MiB", "gc s"));
      long heap = 0;
      long live = 0;
      for (Stage s : r.stages()) {
        StageReport rep = s.report();
        StageMetrics.Figures f = s.figures();
        heap = Math.max(heap, f.heapPeak());
        live = Math.max(live, f.liveAfterGcPeak());
        sb.append(String.format(Locale.ROOT, "%-8s %,10d %9.1f %,10.0f %9s %9s %9s %9s %9s %7.1f%n", rep.stage(),
            rep.inputRecords(), rep.seconds(), rep.seconds() > 0 ? rep.inputRecords() / rep.seconds() : 0,
            mib(f.heapPeak()), mib(f.liveAfterGcPeak()), mib(f.shuffleWrite()), mib(f.shuffleRead()),
            mib(f.spill()), f.gcSeconds()));
      }
      sb.append(String.format(Locale.ROOT, "%-8s %10s %9.1f %,10.0f %9s %9s   (%.1f pages/s end to end)%n", "total",
          "", r.seconds(), r.pages() / r.seconds(), mib(heap), mib(live), r.pages() / r.seconds()));
      scoreLine(sb, "stories", r.stories());
      scoreLine(sb, "duplicate groups", r.duplicates());
      if (r.peers() != null) {
        sb.append(r.peers().line());
      }
    }
    if (runs.size() >= 2) {
      Run small = runs.get(0);
      Run large = runs.get(runs.size() - 1);
      sb.append(String.format(Locale.ROOT, "%ngrowth from %,d to %,d pages (%.2fx the pages)%n", small.pages(),
          large.pages(), (double) large.pages() / small.pages()));
      Map<String, Double> smallSec = new LinkedHashMap<>();
      small.stages().forEach(s -> smallSec.put(s.report().stage(), s.report().seconds()));
      for (Stage s : large.stages()) {
        Double before = smallSec.get(s.report().stage());
        if (before == null || before <= 0) continue;
        sb.append(String.format(Locale.ROOT, "  %-8s %7.2fx the time%n", s.report().stage(),
            s.report().seconds() / before));
      }
      sb.append(String.format(Locale.ROOT, "  %-8s %7.2fx the time%n", "total", large.seconds() / small.seconds()));
    }
    return sb.toString();
  }
}
