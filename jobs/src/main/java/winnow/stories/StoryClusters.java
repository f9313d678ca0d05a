package winnow.stories;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;

/**
 * Event-level stories. TF-IDF vectors over title (counted twice), body terms and names/numbers, computed as
 * DataFrames; candidate pairs only through shared, not-too-common terms (blocking, never all pairs); cosine
 * discounted by the time between articles. Very close pairs and near-duplicates seed the stories (GraphX connected
 * components); rounds of mutual-best average-linkage merges then grow them without chaining.
 */
public final class StoryClusters {
  /** Terms per article kept in its vector: enough for the cosine, bounded for the term join. */
  static final int TOP_TERMS = 40;
  private static final int TITLE_WEIGHT = 2;
  /** Extra count for names, places and numbers: they tell one event from another of the same kind. */
  private static final int ENTITY_WEIGHT = 1;

  private StoryClusters() {}

  /** members: page_id, story_id, similarity, top_terms; centroids: story_id, term, cw (mean weight). */
  public record Result(Dataset<Row> members, Dataset<Row> centroids) {}

  /**
   * @param docs       page_id, published_at, title_terms, terms, entities
   * @param duplicates page_id_a, page_id_b
   */
  public static Result cluster(SparkSession spark, Dataset<Row> docs, Dataset<Row> duplicates,
                               WinnowConfig.Stories c) {
    long n = docs.count();
    Dataset<Row> tf = docs.selectExpr("page_id", "explode(terms) AS term", "1 AS weight")
        .unionByName(docs.selectExpr("page_id", "explode(entities) AS term", ENTITY_WEIGHT + " AS weight"))
        .unionByName(docs.selectExpr("page_id", "explode(title_terms) AS term", TITLE_WEIGHT + " AS weight"))
        .groupBy("page_id", "term").agg(expr("sum(weight) AS tf"));
    Dataset<Row> df = tf.groupBy("term").agg(expr("count(*) AS df"));
    // A term in one article only links nothing; leaving it out of the norm keeps cosines comparable.
    Dataset<Row> weighted = tf.join(df.filter(col("df").geq(2)), "term")
        .withColumn("w", expr("(1 + ln(tf)) * (ln((1 + " + n + ") / (1 + df)) + 1)"));
    Dataset<Row> vectors = saved(weighted
        .withColumn("norm", expr("sqrt(sum(w * w) OVER (PARTITION BY page_id))"))
        .withColumn("w", expr("w / norm"))
        .withColumn("rank", expr("row_number() OVER (PARTITION BY page_id ORDER BY w DESC, term)"))
        .filter(col("rank").leq(TOP_TERMS))
        .select("page_id", "term", "w", "df"));
    long maxDf = Math.max(2, (long) Math.floor(c.maxTermShare() * n));
    Dataset<Row> times = docs.selectExpr("page_id", "unix_timestamp(published_at) AS t");
    // Seeds: pairs so close they cannot be two events, and near-duplicates.
    Dataset<Row> seeds = similarPairs(vectors.withColumnRenamed("page_id", "id"), times.withColumnRenamed("page_id", "id"),
        maxDf, c.storyDecayDays())
        .filter(col("similarity").geq(c.seedSimilarity())).select("a", "b")
        .unionByName(duplicates.selectExpr("page_id_a AS a", "page_id_b AS b"));
    Dataset<Row> labels = saved(Components.of(spark, docs, seeds).withColumnRenamed("root", "cluster"));
    for (int round = 0; round < c.mergeRounds(); round++) {
      Dataset<Row> merges = saved(mutualBestMerges(vectors, times, labels, maxDf, c));
      if (merges.isEmpty()) {
        break;
      }
      // Each cluster proposes one partner, so mutual-best pairs are disjoint: a merged pair's id is its smaller
      // one (the root connected components would pick), with no graph to solve.
      Dataset<Row> renamed = merges.selectExpr("b AS cluster", "a AS merged");
      labels = saved(labels.join(renamed, "cluster", "left")
          .select(col("page_id"), coalesce(col("merged"), col("cluster")).as("cluster")));
    }
    Dataset<Row> members = labels.join(docs.select("page_id", "published_at"), "page_id")
        .withColumn("story_id", expr("concat('st-', first(page_id) OVER (PARTITION BY cluster "
            + "ORDER BY published_at ASC NULLS LAST, page_id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))"))
        .select("page_id", "story_id");
    return withCentroidSimilarity(members, vectors);
  }

  /**
   * Cosine of every pair of items (articles or clusters) sharing a linking term, discounted by time.
   *
   * @param vectors id, term, w, df
   * @param times   id, t (epoch seconds)
   */
  /**
   * Computes the rows once and saves them as a reliable checkpoint (on the checkpoint folder's file system), so
   * the next round starts from files, not from a lineage that grows with every round, and a lost executor loses
   * nothing. Cached while the checkpoint is written: otherwise Spark computes the rows twice.
   */
  static Dataset<Row> saved(Dataset<Row> rows) {
    Dataset<Row> cached = rows.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return cached.checkpoint(true);
    } finally {
      cached.unpersist();
    }
  }

  static Dataset<Row> similarPairs(Dataset<Row> vectors, Dataset<Row> times, long maxDf, double decayDays) {
    Dataset<Row> linking = vectors.filter(col("df").between(2, maxDf));
    return linking.as("x").join(linking.as("y"),
            col("x.term").equalTo(col("y.term")).and(col("x.id").lt(col("y.id"))))
        .groupBy(col("x.id").as("a"), col("y.id").as("b"))
        .agg(expr("sum(x.w * y.w) AS cosine"))
        .join(times.withColumnRenamed("id", "a").withColumnRenamed("t", "ta"), "a")
        .join(times.withColumnRenamed("id", "b").withColumnRenamed("t", "tb"), "b")
        .withColumn("days", expr("coalesce(abs(ta - tb) / 86400.0, 0D)"))
        .withColumn("similarity", expr("cosine * exp(-days / " + decayDays + ")"));
  }

  /**
   * One round of average linkage, distributed: the mean of unit vectors makes the dot product of two cluster
   * centroids the average pairwise cosine; each cluster proposes its most similar partner above the threshold,
   * and only mutual proposals merge, so no chain of weak links glues events together.
   */
  static Dataset<Row> mutualBestMerges(Dataset<Row> vectors, Dataset<Row> times, Dataset<Row> labels, long maxDf,
                                       WinnowConfig.Stories c) {
    Dataset<Row> sizes = labels.groupBy("cluster").agg(expr("count(*) AS size"));
    Dataset<Row> centroids = vectors.join(labels, "page_id")
        .groupBy("cluster", "term").agg(expr("sum(w) AS w"), expr("max(df) AS df"))
        .join(sizes, "cluster")
        .selectExpr("cluster AS id", "term", "w / size AS w", "df");
    Dataset<Row> clusterTimes = times.join(labels, "page_id").groupBy("cluster")
        .agg(expr("avg(t) AS t")).withColumnRenamed("cluster", "id");
    Dataset<Row> scored = similarPairs(centroids, clusterTimes, maxDf, c.storyDecayDays())
        .filter(col("similarity").geq(c.storySimilarity()))
        .select("a", "b", "similarity");
    Dataset<Row> proposals = scored.selectExpr("a AS id", "b AS partner", "similarity")
        .unionByName(scored.selectExpr("b AS id", "a AS partner", "similarity"))
        .withColumn("rank", expr("row_number() OVER (PARTITION BY id ORDER BY similarity DESC, partner)"))
        .filter(col("rank").equalTo(1));
    return proposals.as("p").join(proposals.as("q"),
            col("p.id").equalTo(col("q.partner")).and(col("p.partner").equalTo(col("q.id")))
                .and(col("p.id").lt(col("p.partner"))))
        .select(col("p.id").as("a"), col("p.partner").as("b"));
  }

  /** Each member's cosine to its story centroid and the heaviest terms it shares with it. */
  private static Result withCentroidSimilarity(Dataset<Row> members, Dataset<Row> vectors) {
    Dataset<Row> memberVectors = vectors.join(members, "page_id");
    Dataset<Row> sizes = members.groupBy("story_id").agg(expr("count(*) AS size"));
    Dataset<Row> centroid = memberVectors.groupBy("story_id", "term").agg(expr("sum(w) AS cw"))
        .join(sizes, "story_id")
        .withColumn("cw", expr("cw / size"))
        .withColumn("cnorm", expr("sqrt(sum(cw * cw) OVER (PARTITION BY story_id))"))
        .select("story_id", "term", "cw", "cnorm");
    Dataset<Row> scored = memberVectors.join(centroid, new String[] {"story_id", "term"})
        .groupBy("page_id", "story_id")
        .agg(expr("round(sum(w * cw) / first(cnorm), 6) AS similarity"),
            expr("slice(transform(array_sort(collect_list(struct(-(w * cw) AS s, term))), x -> x.term), 1, 5) "
                + "AS top_terms"));
    Dataset<Row> result = members.join(scored, new String[] {"page_id", "story_id"}, "left")
        .select(col("page_id"), col("story_id"), expr("coalesce(similarity, 1D) AS similarity"),
            expr("coalesce(top_terms, array()) AS top_terms"));
    return new Result(result, centroid.select("story_id", "term", "cw"));
  }

}
