package winnow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Bounded reads of untrusted streams. */
final class Bytes {
  private Bytes() {}

  /** Reads at most {@code limit + 1} bytes, so a caller can tell "exactly at the limit" from "over it". */
  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
  }

  static byte[] head(byte[] bytes, int n) {
    return bytes == null ? null : Arrays.copyOf(bytes, Math.min(n, bytes.length));
  }
}
