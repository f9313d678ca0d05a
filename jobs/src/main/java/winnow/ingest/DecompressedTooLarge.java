package winnow.ingest;

import java.io.IOException;

/** A compressed input inflates beyond ingest.max-decompressed-bytes: a gzip bomb, or a file too large to trust. */
final class DecompressedTooLarge extends IOException {
  static final String REASON = "decompressed-too-large";

  DecompressedTooLarge(long limit) {
    super("more than " + limit + " bytes after decompression (ingest.max-decompressed-bytes)");
  }

  /** The reject reason for a read failure: this one has its own, any other is {@code otherwise}. */
  static String reason(Throwable e, String otherwise) {
    return e instanceof DecompressedTooLarge ? REASON : otherwise;
  }
}
