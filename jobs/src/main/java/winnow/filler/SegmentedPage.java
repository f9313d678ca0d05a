package winnow.filler;

import java.io.Serializable;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page cut into blocks, with what the corpus signals and the classifier need from it. The filler stage keeps these
 * between its two passes (text keys for the crawl's signals, then labels), so each page is parsed once.
 *
 * <p>The blocks are packed into one string and a few int arrays (each tag, path and hints string stored once per
 * page and referenced): Spark measures every cached object graph it holds, and a graph of hundreds of block objects per page
 * made that measuring cost more than the parse it saved. A packed page is a handful of flat objects.
 *
 * @param domainKey     the page's domain, or "page:&lt;id&gt;" for pages of unknown origin (no shared templates)
 * @param publishedMeta the publication time the markup declares, if any
 * @param chars         the page's distinct tags, paths and hints, then every block's text, one after the other
 * @param ends          where each piece of {@code chars} ends
 * @param fields        per block: the piece numbers of its tag, path and hints, and its link characters
 * @param textKeys      {@link SegmentPage#textKey} of each block, in block order
 */
public record SegmentedPage(String pageId, String domainKey, String title, Timestamp publishedMeta, String chars,
                            int[] ends, int[] fields, long[] textKeys) implements Serializable {
  private static final int FIELDS = 4;

  public static SegmentedPage of(String pageId, String domainKey, String title, Timestamp publishedMeta,
                                 List<Block> blocks) {
    // By identity: the segmenter hands siblings one path and hints string, and hashing long paths cost more.
    Map<String, Integer> shared = new IdentityHashMap<>();
    StringBuilder chars = new StringBuilder();
    List<Integer> ends = new ArrayList<>();
    int[] fields = new int[FIELDS * blocks.size()];
    long[] keys = new long[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.blockNo() != i) {
        throw new IllegalArgumentException("blocks must be numbered 0, 1, 2 … in order; got " + b.blockNo() + " at " + i);
      }
      String[] parts = {b.tag(), b.tagPath(), b.hints()};
      for (int j = 0; j < parts.length; j++) {
        Integer piece = shared.get(parts[j]);
        if (piece == null) {
          piece = ends.size();
          shared.put(parts[j], piece);
          chars.append(parts[j]);
          ends.add(chars.length());
        }
        fields[FIELDS * i + j] = piece;
      }
      fields[FIELDS * i + 3] = b.linkChars();
      keys[i] = SegmentPage.textKey(b.text());
    }
    for (Block b : blocks) {
      chars.append(b.text());
      ends.add(chars.length());
    }
    return new SegmentedPage(pageId, domainKey, title, publishedMeta, chars.toString(),
        ends.stream().mapToInt(Integer::intValue).toArray(), fields, keys);
  }

  /** The blocks, numbered in reading order from 0. */
  public List<Block> blocks() {
    int first = ends.length - textKeys.length;
    String[] pieces = new String[first];
    for (int p = 0; p < first; p++) {
      pieces[p] = piece(p);
    }
    List<Block> blocks = new ArrayList<>(textKeys.length);
    for (int i = 0; i < textKeys.length; i++) {
      int f = FIELDS * i;
      blocks.add(new Block(i, piece(first + i), pieces[fields[f]], pieces[fields[f + 1]], pieces[fields[f + 2]],
          fields[f + 3]));
    }
    return blocks;
  }

  private String piece(int p) {
    return chars.substring(p == 0 ? 0 : ends[p - 1], ends[p]);
  }
}
