package winnow.filler;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import winnow.spark.WithoutAdaptive;

/**
 * What the whole crawl says about block texts: how many pages of a domain carry a text (site templates, recurring
 * boxes) and how many domains and pages carry it (syndicated spam). Computed with Spark from 64-bit text keys, then
 * shipped to every task as a broadcast, so labelling a page needs no shuffle of block text.
 *
 * <p>Only texts that recur enough to matter are kept: on at least {@value #MIN_DOMAIN_SHARE} of their domain's
 * pages (and two of them), or on {@value #MIN_DOMAINS} or more domains with at least two pages per domain on
 * average. A site's template vocabulary is bounded by its blocks per page over that share, so the tables grow with
 * the number of sites, not of pages. A syndicated article recurs once per domain and stays out.
 */
public final class CorpusSignals implements Serializable {
  static final double MIN_DOMAIN_SHARE = 0.05;
  static final int MIN_DOMAINS = 2;

  private final Map<String, Long> domainPages;
  private final long[] domainKeys;
  private final int[] domainCounts;
  private final long[] crossKeys;
  private final int[] crossDomains;
  private final int[] crossPages;

  private CorpusSignals(Map<String, Long> domainPages, long[] domainKeys, int[] domainCounts, long[] crossKeys,
                        int[] crossDomains, int[] crossPages) {
    this.domainPages = domainPages;
    this.domainKeys = domainKeys;
    this.domainCounts = domainCounts;
    this.crossKeys = crossKeys;
    this.crossDomains = crossDomains;
    this.crossPages = crossPages;
  }

  /** No corpus: every text is on its page alone. */
  public static CorpusSignals none() {
    return new CorpusSignals(Map.of(), new long[0], new int[0], new long[0], new int[0], new int[0]);
  }

  /**
   * One small row per segmented page: page_id, domain_key, published_meta and the distinct keys of its block texts.
   * Persist it: the signals, the incremental bookkeeping and the articles' publication times all read it.
   */
  public static Dataset<Row> pageKeys(SparkSession spark, JavaRDD<SegmentedPage> segments) {
    return spark.createDataFrame(segments.map(new PageTextKeys()), PageTextKeys.SCHEMA);
  }

  /**
   * Aggregates the signals from {@link #pageKeys} rows. The three collects are small (bounded by the sites' template
   * vocabulary) and planned without adaptive execution ({@link WithoutAdaptive}).
   */
  public static CorpusSignals of(Dataset<Row> pageKeys) {
    Dataset<Row> perDomain = pageKeys.select(col("domain_key"), explode(col("text_keys")).as("text_key"))
        .groupBy("domain_key", "text_key").agg(count(lit(1)).as("pages_with_text"))
        .persist();
    try (WithoutAdaptive small = WithoutAdaptive.open(pageKeys.sparkSession())) {
      Dataset<Row> sites = pageKeys.groupBy("domain_key").agg(count(lit(1)).as("domain_pages"));
      Map<String, Long> domainPages = new HashMap<>();
      for (Row r : sites.collectAsList()) {
        domainPages.put(r.getString(0), r.getLong(1));
      }
      List<Row> templates = perDomain.join(broadcast(sites), "domain_key")
          .filter(col("pages_with_text").geq(2).and(col("pages_with_text").geq(col("domain_pages")
              .multiply(MIN_DOMAIN_SHARE))))
          .select("domain_key", "text_key", "pages_with_text").collectAsList();
      List<Row> cross = perDomain.groupBy("text_key")
          .agg(count(lit(1)).as("domains"), sum("pages_with_text").as("pages"))
          .filter(col("domains").geq(MIN_DOMAINS).and(col("pages").geq(col("domains").multiply(2))))
          .collectAsList();
      long[][] t = sorted(templates.stream().map(r -> new long[] {siteKey(r.getString(0), r.getLong(1)),
          r.getLong(2), 0}).toList());
      long[][] c = sorted(cross.stream().map(r -> new long[] {r.getLong(0), r.getLong(1), r.getLong(2)}).toList());
      return new CorpusSignals(domainPages, t[0], ints(t[1]), c[0], ints(c[1]), ints(c[2]));
    } finally {
      perDomain.unpersist();
    }
  }

  /** Spark function: a segmented page in, its {@link #pageKeys} row out. */
  static final class PageTextKeys implements Function<SegmentedPage, Row> {
    static final StructType SCHEMA = new StructType()
        .add("page_id", DataTypes.StringType, false)
        .add("domain_key", DataTypes.StringType, false)
        .add("published_meta", DataTypes.TimestampType, true)
        .add("text_keys", DataTypes.createArrayType(DataTypes.LongType, false), false);

    @Override
    public Row call(SegmentedPage page) {
      Set<Long> keys = new LinkedHashSet<>();
      for (long k : page.textKeys()) {
        keys.add(k);
      }
      return RowFactory.create(page.pageId(), page.domainKey(), page.publishedMeta(),
          JavaConverters.asScalaBuffer(new ArrayList<>(keys)).toSeq());
    }
  }

  public long domainPages(String domainKey) {
    return domainPages.getOrDefault(domainKey, 1L);
  }

  /** The signals as one page of the domain sees them (the domain's part of each lookup key is hashed once). */
  public Site site(String domainKey) {
    return new Site(domainPages(domainKey), domainMix(domainKey));
  }

  /** {@link CorpusSignals} seen from one domain. */
  public final class Site {
    private final long pages;
    private final long domainMix;

    private Site(long pages, long domainMix) {
      this.pages = pages;
      this.domainMix = domainMix;
    }

    /** The block's features with the signals of its text on this domain and across the crawl. */
    public BlockFeatures features(Block block, long textKey) {
      int t = Arrays.binarySearch(domainKeys, textKey ^ domainMix);
      int c = Arrays.binarySearch(crossKeys, textKey);
      long onDomain = t >= 0 ? domainCounts[t] : 1;
      return BlockFeatures.of(block, pages, onDomain, c >= 0 ? crossDomains[c] : 1,
          c >= 0 ? crossPages[c] : onDomain);
    }
  }

  public int size() {
    return domainKeys.length + crossKeys.length;
  }

  private static long siteKey(String domainKey, long textKey) {
    return textKey ^ domainMix(domainKey);
  }

  /** The domain's part of a (domain, text) lookup key. */
  private static long domainMix(String domainKey) {
    return SegmentPage.textKey(domainKey) * 0x9E3779B97F4A7C15L;
  }

  /** Columns of (key, a, b) rows sorted by key, for binary search. */
  private static long[][] sorted(List<long[]> rows) {
    long[][] byKey = rows.toArray(new long[0][]);
    Arrays.sort(byKey, (x, y) -> Long.compare(x[0], y[0]));
    long[][] cols = new long[3][byKey.length];
    for (int i = 0; i < byKey.length; i++) {
      for (int j = 0; j < 3; j++) {
        cols[j][i] = byKey[i][j];
      }
    }
    return cols;
  }

  private static int[] ints(long[] xs) {
    int[] out = new int[xs.length];
    for (int i = 0; i < xs.length; i++) {
      out[i] = (int) Math.min(Integer.MAX_VALUE, xs[i]);
    }
    return out;
  }
}
