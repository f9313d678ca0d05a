package winnow.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 lines of at most {@code maxBytes}; a longer line is skipped to its end without being held in memory
 * and comes back as {@link #TOO_LONG}, so one giant line cannot exhaust a task's heap.
 */
final class BoundedLines {
  static final String TOO_LONG = new String("\u0000too-long");

  private final InputStream in;
  private final long maxBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int len;

  BoundedLines(InputStream in, long maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line without its terminator, {@link #TOO_LONG} (compare by identity), or null at the end. */
  String next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long size = 0;
    boolean sawAny = false;
    while (true) {
      if (pos == len) {
        len = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (len <= 0) {
          len = 0;
          return sawAny ? finish(line, size) : null;
        }
      }
      sawAny = true;
      int start = pos;
      while (pos < len && buffer[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (size + n <= maxBytes) {
        line.write(buffer, start, n);
      }
      size += n;
      if (pos < len) {
        pos++;
        return finish(line, size);
      }
    }
  }

  private String finish(ByteArrayOutputStream line, long size) {
    if (size > maxBytes) {
      return TOO_LONG;
    }
    String s = line.toString(StandardCharsets.UTF_8);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
