package winnow.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import winnow.config.WinnowConfig;

/**
 * Event-level stories. TF-IDF vectors over title (counted twice) and body terms, computed as DataFrames; candidate
 * pairs only through shared, not-too-common terms (blocking, never all pairs); cosine similarity discounted by the
 * time between the two articles; near-duplicates always join; connected components give the stories.
 */
public final class StoryClusters {
  /** Terms per article kept in its vector: enough for the cosine, bounded for the term join. */
  static final int TOP_TERMS = 40;
  private static final int TITLE_WEIGHT = 2;

  private StoryClusters() {}

  /** members: page_id, story_id, similarity, top_terms; centroids: story_id, term, cw (mean weight). */
  public record Result(Dataset<Row> members, Dataset<Row> centroids) {}

  /**
   * @param docs       page_id, published_at, title_terms, terms
   * @param duplicates page_id_a, page_id_b
   */
  public static Result cluster(SparkSession spark, Dataset<Row> docs, Dataset<Row> duplicates,
                               WinnowConfig.Stories c) {
    long n = docs.count();
    Dataset<Row> tf = docs.selectExpr("page_id", "explode(terms) AS term", "1 AS weight")
        .unionByName(docs.selectExpr("page_id", "explode(title_terms) AS term", TITLE_WEIGHT + " AS weight"))
        .groupBy("page_id", "term").agg(expr("sum(weight) AS tf"));
    Dataset<Row> df = tf.groupBy("term").agg(expr("count(*) AS df"));
    Dataset<Row> weighted = tf.join(df, "term")
        .withColumn("w", expr("(1 + ln(tf)) * (ln((1 + " + n + ") / (1 + df)) + 1)"));
    Dataset<Row> vectors = weighted
        .withColumn("norm", expr("sqrt(sum(w * w) OVER (PARTITION BY page_id))"))
        .withColumn("w", expr("w / norm"))
        .withColumn("rank", expr("row_number() OVER (PARTITION BY page_id ORDER BY w DESC, term)"))
        .filter(col("rank").leq(TOP_TERMS))
        .select("page_id", "term", "w", "df")
        .cache();
    long maxDf = Math.max(2, (long) Math.floor(c.maxTermShare() * n));
    Dataset<Row> linking = vectors.filter(col("df").between(2, maxDf));
    Dataset<Row> times = docs.select(col("page_id"), col("published_at"));
    Dataset<Row> similar = linking.as("x").join(linking.as("y"),
            col("x.term").equalTo(col("y.term")).and(col("x.page_id").lt(col("y.page_id"))))
        .groupBy(col("x.page_id").as("a"), col("y.page_id").as("b"))
        .agg(expr("sum(x.w * y.w) AS cosine"))
        .join(times.withColumnRenamed("page_id", "a").withColumnRenamed("published_at", "ta"), "a")
        .join(times.withColumnRenamed("page_id", "b").withColumnRenamed("published_at", "tb"), "b")
        .withColumn("days", expr("coalesce(abs(unix_timestamp(ta) - unix_timestamp(tb)) / 86400.0, 0D)"))
        .withColumn("similarity", expr("cosine * exp(-days / " + c.storyDecayDays() + ")"))
        .filter(col("similarity").geq(c.storySimilarity()))
        .select("a", "b");
    Dataset<Row> edges = similar.unionByName(duplicates.selectExpr("page_id_a AS a", "page_id_b AS b"));
    Dataset<Row> roots = Components.of(spark, docs, edges);
    Dataset<Row> members = roots.join(times, "page_id")
        .withColumn("story_id", expr("concat('st-', first(page_id) OVER (PARTITION BY root "
            + "ORDER BY published_at ASC NULLS LAST, page_id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))"))
        .select("page_id", "story_id");
    return withCentroidSimilarity(members, vectors);
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
