package winnow.eval;

import java.util.Arrays;
import java.util.Locale;

/** Per-page times of one extractor: median, 95th percentile and throughput. */
public record Latency(double p50Millis, double p95Millis, double pagesPerSecond, int threads) {

  /** From per-page nanoseconds measured on one thread, and the wall time of the whole batch on {@code threads}. */
  public static Latency of(long[] nanos, double wallSeconds, int pages, int threads) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Latency(percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.95) / 1e6,
        wallSeconds > 0 ? pages / wallSeconds : 0, threads);
  }

  /** Nearest-rank percentile. */
  static double percentile(long[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  public String cells() {
    return String.format(Locale.ROOT, "%7.2f %7.2f %8.1f", p50Millis, p95Millis, pagesPerSecond);
  }
}
