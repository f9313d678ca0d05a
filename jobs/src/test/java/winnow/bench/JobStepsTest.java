package winnow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobStepsTest {
  private static String start(int job, String description, long at) {
    String props = description == null ? "{}" : "{\"spark.job.description\":\"" + description + "\"}";
    return "{\"Event\":\"SparkListenerJobStart\",\"Job ID\":" + job + ",\"Submission Time\":" + at
        + ",\"Stage Infos\":[],\"Properties\":" + props + "}";
  }

  private static String end(int job, long at) {
    return "{\"Event\":\"SparkListenerJobEnd\",\"Job ID\":" + job + ",\"Completion Time\":" + at + "}";
  }

  @Test
  void concurrentJobsCountOnceAndRoundsFoldTogether() {
    JobSteps.Profile profile = JobSteps.profile(Stream.of(
        "{\"Event\":\"SparkListenerApplicationStart\",\"Timestamp\":0}",
        start(1, "stories: term vectors", 0), start(2, "stories: term vectors", 500), end(1, 1000), end(2, 1500),
        start(3, "stories, term pass, round 2: scores", 2000), end(3, 2500),
        start(4, "stories, term pass, round 3: scores", 3000), end(4, 3200),
        start(5, null, 4000), end(5, 4100),
        end(9, 5000),
        "{\"Event\":\"SparkListenerJobSt"));
    assertEquals(List.of(new JobSteps.Step("stories: term vectors", 2, 1.5),
        new JobSteps.Step("stories, term pass, round N: scores", 2, 0.7),
        new JobSteps.Step("(no description)", 1, 0.1)), profile.steps());
    // Jobs ran 0-1.5, 2-2.5, 3-3.2 and 4-4.1 s of a 4.1 s span: 1.8 s with no job.
    assertEquals(4.1, profile.spanSeconds(), 1e-9);
    assertEquals(2.3, profile.busySeconds(), 1e-9);
  }

  @Test
  void disjointIntervalsAddUpAndNestedOnesDoNot() {
    assertEquals(300, JobSteps.union(List.of(new long[] {0, 100}, new long[] {200, 400}, new long[] {250, 300})));
    assertEquals(0, JobSteps.union(List.of()));
  }

  @Test
  void aFolderIsReadThroughItsNewestLogAndTheTableTotalsEveryStep(@TempDir Path dir) throws Exception {
    Path old = dir.resolve("app-1");
    Files.writeString(old, start(1, "old", 0) + "\n" + end(1, 9000) + "\n", StandardCharsets.UTF_8);
    assertTrue(old.toFile().setLastModified(1000));
    Files.writeString(dir.resolve("app-2"), String.join("\n", start(1, "a", 0), end(1, 2000), start(2, "b", 2000),
        end(2, 3000)) + "\n", StandardCharsets.UTF_8);
    String table = JobSteps.table(JobSteps.read(dir), 1);
    assertTrue(table.contains("     2.0      1  a\n"), table);
    assertTrue(table.contains("(1 more steps)"), table);
    assertTrue(table.contains("     3.0         all steps"), table);
    assertTrue(table.contains("     0.0         no job running, between the first job's start and the last job's end "
        + "(3.0 s)"), table);
  }
}
