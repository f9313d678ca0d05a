package winnow.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.stories.MinHasher;
import winnow.stories.NearDuplicates;
import winnow.stories.ShingleSet;

/**
 * The near-duplicate step against {@code MinHashLSH.approxSimilarityJoin} on the same articles and shingles, in one
 * run. Recall of both is measured against exact Jaccard for a sample of articles: every pair of a sampled article
 * with any article sharing a shingle (an inverted index, so exact without comparing all pairs).
 */
public final class DupBench {
  /** One method: wall seconds, pairs it reported at Jaccard >= threshold, and of the exact pairs how many it found. */
  public record Method(String name, double seconds, long pairs, long truthFound) {}

  public record Result(long articles, long sampled, double jaccard, long truthPairs, List<Method> methods) {
    public String table() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "%d articles with >= %d shingles; exact Jaccard >= %.2f for %d sampled articles: %d pairs%n%n",
          articles, NearDuplicates.MIN_SHINGLES, jaccard, sampled, truthPairs));
      sb.append(String.format(Locale.ROOT, "%-40s %9s %9s %9s %9s%n", "method", "seconds", "pairs", "recall",
          "speed-up"));
      double winnow = methods.get(0).seconds();
      for (Method m : methods) {
        sb.append(String.format(Locale.ROOT, "%-40s %9.1f %9d %9.3f %8.2fx%n", m.name(), m.seconds(), m.pairs(),
            truthPairs == 0 ? Double.NaN : (double) m.truthFound() / truthPairs, m.seconds() / winnow));
      }
      return sb.append("speed-up: the method's seconds / winnow's seconds (above 1: winnow is faster)\n").toString();
    }
  }

  private DupBench() {}

  /**
   * @param terms page_id, terms: the story stage's normalised tokens of each article
   * @param hashTables the MinHashLSH sizes to run (each one hash function per table, OR-amplified)
   */
  public static Result run(SparkSession spark, Dataset<Row> terms, WinnowConfig.Stories c, int sample,
                           List<Integer> hashTables) {
    MinHasher hasher = new MinHasher(c.shingleSize(), c.minhashBands(), c.minhashRows());
    Dataset<Row> shingles = shingleSets(spark, terms, hasher).filter(
        expr("size(shingles) >= " + NearDuplicates.MIN_SHINGLES)).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> input = terms.join(shingles.select("page_id"), "page_id").persist(StorageLevel.MEMORY_AND_DISK());
    long articles = input.count();
    double t = c.duplicateJaccard();
    Dataset<Row> truth = exactPairs(shingles, sample, t).persist(StorageLevel.MEMORY_AND_DISK());
    long truthPairs = truth.count();

    List<Method> methods = new ArrayList<>();
    long start = System.nanoTime();
    Dataset<Row> ours = NearDuplicates.pairs(spark, input, c).persist(StorageLevel.MEMORY_AND_DISK());
    ours.count();
    double seconds = since(start);
    methods.add(scored(String.format(Locale.ROOT, "winnow banding (%d bands x %d rows)", c.minhashBands(),
        c.minhashRows()), seconds, ours.filter(col("jaccard").geq(t)).select(col("page_id_a").as("a"),
        col("page_id_b").as("b")), truth));
    ours.unpersist();

    for (int tables : hashTables) {
      start = System.nanoTime();
      Dataset<Row> vectors = spark.createDataFrame(shingleSets(spark, input, hasher).javaRDD()
          .map(new ShingleVector()), ShingleVector.SCHEMA);
      MinHashLSH lsh = new MinHashLSH().setNumHashTables(tables).setSeed(20261125L).setInputCol("features")
          .setOutputCol("hashes");
      // approxSimilarityJoin keeps distance < threshold; the small epsilon keeps Jaccard == t, as winnow does.
      Dataset<Row> theirs = lsh.fit(vectors).approxSimilarityJoin(vectors, vectors, 1 - t + 1e-9, "distance")
          .filter(col("datasetA.page_id").lt(col("datasetB.page_id")))
          .select(col("datasetA.page_id").as("a"), col("datasetB.page_id").as("b"))
          .persist(StorageLevel.MEMORY_AND_DISK());
      theirs.count();
      seconds = since(start);
      methods.add(scored("MinHashLSH.approxSimilarityJoin, " + tables + " tables", seconds, theirs, truth));
      theirs.unpersist();
    }
    long sampled = Math.min(sample, articles);
    truth.unpersist();
    input.unpersist();
    shingles.unpersist();
    return new Result(articles, sampled, t, truthPairs, methods);
  }

  private static Dataset<Row> shingleSets(SparkSession spark, Dataset<Row> terms, MinHasher hasher) {
    return spark.createDataFrame(terms.select("page_id", "terms").javaRDD().map(new ShingleSet(hasher)),
        ShingleSet.SCHEMA);
  }

  /**
   * Pairs (a < b) with Jaccard >= t where a or b is among the sample (the first articles by a hash of their id):
   * counted shared shingles through an inverted index, so no pair sharing a shingle is missed.
   */
  static Dataset<Row> exactPairs(Dataset<Row> shingles, int sample, double t) {
    Dataset<Row> sampled = shingles.orderBy(expr("xxhash64(page_id)"), col("page_id")).limit(sample);
    Dataset<Row> postings = shingles.selectExpr("page_id AS other", "explode(shingles) AS shingle");
    Dataset<Row> sizes = shingles.selectExpr("page_id", "size(shingles) AS n");
    return sampled.selectExpr("page_id", "explode(shingles) AS shingle")
        .join(postings, "shingle")
        .filter(col("page_id").notEqual(col("other")))
        .groupBy("page_id", "other").count()
        .join(sizes, "page_id")
        .join(sizes.selectExpr("page_id AS other", "n AS m"), "other")
        .filter(expr("count / (n + m - count) >= " + t))
        .selectExpr("least(page_id, other) AS a", "greatest(page_id, other) AS b")
        .distinct();
  }

  private static Method scored(String name, double seconds, Dataset<Row> pairs, Dataset<Row> truth) {
    return new Method(name, seconds, pairs.count(), truth.join(pairs, new String[] {"a", "b"}).count());
  }

  private static double since(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
