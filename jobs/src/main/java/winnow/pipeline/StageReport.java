package winnow.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one stage did: records in, counts out, time taken. A stage found up to date was not run: its counts are
 * those of the run that last ran it, named by {@code upToDateSince}.
 *
 * @param stamp what the stage's tables were computed from; set by the pipeline, null until then
 */
public record StageReport(String stage, long inputRecords, Map<String, Long> outputs, double seconds,
                          String upToDateSince, StageStamp stamp) {

  public static StageReport of(String stage, long input, double seconds, Object... nameCountPairs) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < nameCountPairs.length; i += 2) {
      out.put((String) nameCountPairs[i], ((Number) nameCountPairs[i + 1]).longValue());
    }
    return new StageReport(stage, input, Map.copyOf(out), seconds, null, null);
  }

  /** A stage not run because its stamp still matches the warehouse. */
  static StageReport upToDate(String stage, RunLog.LastRun last, double seconds) {
    Map<String, Long> out = new LinkedHashMap<>(last.counts());
    Long records = out.remove("records");
    return new StageReport(stage, records == null ? 0 : records, Map.copyOf(out), seconds, last.runId(),
        last.stamp());
  }

  StageReport withStamp(StageStamp s) {
    return new StageReport(stage, inputRecords, outputs, seconds, upToDateSince, s);
  }

  public boolean skipped() {
    return upToDateSince != null;
  }

  public long output(String name) {
    return outputs.getOrDefault(name, 0L);
  }

  public String line() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "[%-7s] ", stage));
    if (skipped()) {
      sb.append("up to date since run ").append(upToDateSince).append(": ");
    }
    sb.append(String.format(Locale.ROOT, "%,d records", inputRecords));
    outputs.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(String.format(Locale.ROOT, ", %s=%,d", e.getKey(), e.getValue())));
    if (skipped()) {
      sb.append(String.format(Locale.ROOT, "; not run (checked in %.1f s; --recompute runs it)", seconds));
    } else {
      double rate = seconds > 0 ? inputRecords / seconds : 0;
      sb.append(String.format(Locale.ROOT, " in %.1f s (%.1f records/s)", seconds, rate));
    }
    return sb.toString();
  }
}
