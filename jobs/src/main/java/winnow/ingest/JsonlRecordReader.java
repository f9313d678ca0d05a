package winnow.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * JSON Lines: one page per line with {@code url}, the body in {@code html} (or {@code text} / {@code body}), and
 * optional {@code fetched_at} (ISO-8601) and {@code content_type}. The offset is the 1-based line number.
 */
final class JsonlRecordReader implements RecordReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Iterator<RawRecord> read(InputFile file, InputStream in, IngestLimits limits) {
    // A JSON-escaped body can take up to six bytes per byte of page (\\u00XX); longer lines are too large pages.
    BoundedLines lines = new BoundedLines(in, Math.min(Integer.MAX_VALUE - 16, 6 * limits.maxPageBytes() + 4096));
    return new LazyIterator<>() {
      private long lineNo;
      private boolean failed;

      @Override
      protected RawRecord computeNext() {
        while (!failed) {
          String line;
          try {
            line = lines.next();
          } catch (IOException e) {
            failed = true;
            return RawRecord.problem(file, lineNo + 1, null, DecompressedTooLarge.reason(e, "unreadable-file"),
                e.getMessage(), null);
          }
          if (line == null) {
            return null;
          }
          lineNo++;
          if (line == BoundedLines.TOO_LONG) {
            return RawRecord.problem(file, lineNo, null, "too-large",
                "line longer than 6 x ingest.max-page-bytes: not read", null);
          }
          if (!line.isBlank()) {
            return parse(file, lineNo, line, limits);
          }
        }
        return null;
      }
    };
  }

  static RawRecord parse(InputFile file, long lineNo, String line, IngestLimits limits) {
    byte[] sample = Bytes.head(line.getBytes(StandardCharsets.UTF_8), limits.rejectSampleBytes());
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (IOException e) {
      return RawRecord.problem(file, lineNo, null, "malformed-json", firstLine(e.getMessage()), sample);
    }
    if (n == null || !n.isObject()) {
      return RawRecord.problem(file, lineNo, null, "malformed-json", "line is not a JSON object", sample);
    }
    return PageFields.toRecord(file, lineNo, f -> text(n, f), null, sample);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String firstLine(String s) {
    int nl = s == null ? -1 : s.indexOf('\n');
    return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
  }
}
