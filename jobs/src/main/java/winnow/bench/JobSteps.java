package winnow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a run's time went, by step, from a Spark event log: the wall time of the jobs of each job description (a
 * pipeline run names each stage's jobs, the stories stage each of its steps', Delta its writes'). Adaptive execution
 * runs a query's shuffle stages as concurrent jobs, so summing job times overstates a step; a step's wall time is the
 * union of its jobs' intervals. Merge rounds fold together ("round N").
 */
public final class JobSteps {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UNNAMED = "(no description)";

  /** One step: its description, its jobs, and the wall seconds they covered. */
  public record Step(String name, int jobs, double wallSeconds) {}

  /**
   * The steps, longest first; the log's span from its first job's start to its last job's end, and the seconds of it
   * in which some job ran. The rest is the driver alone: planning queries, checkpoint and Delta log bookkeeping.
   */
  public record Profile(List<Step> steps, double spanSeconds, double busySeconds) {}

  private JobSteps() {}

  /**
   * @param log an event log file, or a folder of them (spark.eventLog.dir), of which the newest file is read
   */
  public static Profile read(Path log) {
    try {
      Path file = Files.isDirectory(log) ? newest(log) : log;
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return profile(in.lines());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event log " + log, e);
    }
  }

  private static Path newest(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile)
          .max(Comparator.comparingLong(p -> p.toFile().lastModified()))
          .orElseThrow(() -> new IOException("no event log in " + dir));
    }
  }

  /** A job's step name and submission time (epoch ms), kept until its end event. */
  private record Started(String name, long at) {}

  /** The profile of an event log's lines (one JSON event a line; other events are skipped). */
  static Profile profile(Stream<String> lines) {
    Map<Long, Started> started = new HashMap<>();
    Map<String, List<long[]>> intervals = new LinkedHashMap<>();
    lines.forEach(line -> {
      JsonNode e = parse(line);
      String event = e.path("Event").asText();
      if (event.equals("SparkListenerJobStart")) {
        long job = e.path("Job ID").asLong();
        String name = e.path("Properties").path("spark.job.description").asText("");
        started.put(job, new Started(name.isBlank() ? UNNAMED : name.replaceAll("round \\d+", "round N"),
            e.path("Submission Time").asLong()));
      } else if (event.equals("SparkListenerJobEnd")) {
        Started job = started.get(e.path("Job ID").asLong());
        if (job != null) {
          intervals.computeIfAbsent(job.name(), k -> new ArrayList<>())
              .add(new long[] {job.at(), e.path("Completion Time").asLong()});
        }
      }
    });
    List<Step> steps = new ArrayList<>();
    List<long[]> all = new ArrayList<>();
    intervals.forEach((name, list) -> {
      steps.add(new Step(name, list.size(), union(list) / 1000.0));
      all.addAll(list);
    });
    steps.sort(Comparator.comparingDouble(Step::wallSeconds).reversed().thenComparing(Step::name));
    long first = all.stream().mapToLong(i -> i[0]).min().orElse(0);
    long last = all.stream().mapToLong(i -> i[1]).max().orElse(0);
    return new Profile(steps, (last - first) / 1000.0, union(all) / 1000.0);
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      // A run still writing its log (or killed) ends in a partial line; the events before it still count.
      return JSON.createObjectNode();
    }
  }

  /** Milliseconds covered by the intervals, overlaps counted once. */
  static long union(List<long[]> intervals) {
    List<long[]> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparingLong(i -> i[0]));
    long total = 0;
    long start = Long.MIN_VALUE;
    long end = Long.MIN_VALUE;
    for (long[] i : sorted) {
      if (i[0] > end) {
        total += end - start;
        start = i[0];
        end = i[1];
      } else {
        end = Math.max(end, i[1]);
      }
    }
    return sorted.isEmpty() ? 0 : total + end - start;
  }

  /** The steps as a table (wall seconds, jobs, step), the steps' total, and the span's seconds with no job running. */
  public static String table(Profile profile, int top) {
    List<Step> steps = profile.steps();
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%8s %6s  %s%n", "wall s", "jobs", "step"));
    double total = 0;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      total += s.wallSeconds();
      if (i < top) {
        out.append(String.format(Locale.ROOT, "%8.1f %6d  %s%n", s.wallSeconds(), s.jobs(), s.name()));
      }
    }
    if (steps.size() > top) {
      out.append(String.format(Locale.ROOT, "%8s %6s  (%d more steps)%n", "", "", steps.size() - top));
    }
    out.append(String.format(Locale.ROOT, "%8.1f %6s  all steps%n", total, ""));
    out.append(String.format(Locale.ROOT, "%8.1f %6s  no job running, between the first job's start and the last "
        + "job's end (%.1f s)%n", profile.spanSeconds() - profile.busySeconds(), "", profile.spanSeconds()));
    return out.toString();
  }
}
