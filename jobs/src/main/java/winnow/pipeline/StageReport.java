package winnow.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What one stage did: records in, counts out, time taken. */
public record StageReport(String stage, long inputRecords, Map<String, Long> outputs, double seconds) {

  public static StageReport of(String stage, long input, double seconds, Object... nameCountPairs) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < nameCountPairs.length; i += 2) {
      out.put((String) nameCountPairs[i], ((Number) nameCountPairs[i + 1]).longValue());
    }
    return new StageReport(stage, input, Map.copyOf(out), seconds);
  }

  public long output(String name) {
    return outputs.getOrDefault(name, 0L);
  }

  public String line() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "[%-7s] %,d records", stage, inputRecords));
    outputs.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(String.format(Locale.ROOT, ", %s=%,d", e.getKey(), e.getValue())));
    double rate = seconds > 0 ? inputRecords / seconds : 0;
    sb.append(String.format(Locale.ROOT, " in %.1f s (%.1f records/s)", seconds, rate));
    return sb.toString();
  }
}
