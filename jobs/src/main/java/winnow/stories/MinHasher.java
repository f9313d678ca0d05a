package winnow.stories;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Word shingles and MinHash band keys. Hash functions are seeded splitmix64 finalizers: deterministic across JVMs
 * and runs, so band keys (and with them candidate pairs) are reproducible.
 */
public final class MinHasher implements Serializable {
  private final int shingleSize;
  private final int bands;
  private final int rows;

  public MinHasher(int shingleSize, int bands, int rows) {
    this.shingleSize = shingleSize;
    this.bands = bands;
    this.rows = rows;
  }

  /** Distinct shingle hashes, sorted. */
  public long[] shingles(List<String> terms) {
    TreeSet<Long> out = new TreeSet<>();
    for (String shingle : kgrams(terms, shingleSize)) {
      out.add(hash(shingle));
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * The distinct word k-grams as text, in order of first appearance; a text shorter than k gives one shorter
   * shingle. Explanations show these, so they are the very shingles that were hashed.
   */
  public static Set<String> kgrams(List<String> terms, int k) {
    Set<String> out = new LinkedHashSet<>();
    if (terms == null || terms.isEmpty()) {
      return out;
    }
    int size = Math.min(k, terms.size());
    for (int i = 0; i + size <= terms.size(); i++) {
      out.add(String.join(" ", terms.subList(i, i + size)));
    }
    return out;
  }

  /** One key per band: the band number mixed with the band's rows of minimum hashes. */
  public long[] bandKeys(long[] shingles) {
    long[] keys = new long[bands];
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] mins = new long[bands * rows];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (long s : shingles) {
      for (int i = 0; i < mins.length; i++) {
        long h = mix(s ^ (0x9E3779B97F4A7C15L * (i + 1)));
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    for (int b = 0; b < bands; b++) {
      long key = mix(b + 1L);
      for (int r = 0; r < rows; r++) {
        key = mix(key ^ mins[b * rows + r]);
      }
      keys[b] = key;
    }
    return keys;
  }

  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
