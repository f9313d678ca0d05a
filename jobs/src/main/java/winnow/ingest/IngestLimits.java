package winnow.ingest;

import java.io.Serializable;
import winnow.config.WinnowConfig;

/** Resource limits applied while reading untrusted crawl bytes. */
public record IngestLimits(long maxPageBytes, long maxDecompressedBytes, int rejectSampleBytes,
                           double maxControlCharShare) implements Serializable {
  public static IngestLimits of(WinnowConfig.Ingest c) {
    return new IngestLimits(c.maxPageBytes(), c.maxDecompressedBytes(), c.rejectSampleBytes(),
        c.maxControlCharShare());
  }
}
