package winnow.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Near-duplicate groups: connected components of the verified pairs, with a guard against chaining. Copies of one
 * original all resemble the original, while a chain A~B, B~C with A≁C is two texts bridged by a third. So each
 * component keeps only the pages with a verified pair to its earliest page (the likely original); the pages left out
 * form components of their own in the next round, and whatever is still unplaced after the rounds stands alone.
 */
public final class DuplicateGroups {
  /** Rounds of splitting: each one places at least the earliest page of every remaining component. */
  static final int MAX_ROUNDS = 5;

  private DuplicateGroups() {}

  /**
   * @param docs  page_id, domain, published_at of every article (each gets a row)
   * @param pairs page_id_a, page_id_b (verified near-duplicates)
   * @return page_id, root, domain, published_at, group_id, group_size, is_first
   */
  public static Dataset<Row> of(SparkSession spark, Dataset<Row> docs, Dataset<Row> pairs) {
    Dataset<Row> times = docs.select("page_id", "published_at");
    Dataset<Row> edges = pairs.selectExpr("page_id_a AS a", "page_id_b AS b");
    Dataset<Row> links = edges.selectExpr("a AS page_id", "b AS original")
        .union(edges.selectExpr("b AS page_id", "a AS original"))
        .withColumn("linked", expr("true"));
    Dataset<Row> pending = links.select("page_id").distinct();
    Dataset<Row> placed = null;
    for (int round = 0; round < MAX_ROUNDS && !pending.isEmpty(); round++) {
      Dataset<Row> active = edges.join(pending.withColumnRenamed("page_id", "a"), "a")
          .join(pending.withColumnRenamed("page_id", "b"), "b");
      Dataset<Row> judged = StoryClusters.saved(Components.of(spark, pending, active).join(times, "page_id")
          .withColumn("original", expr("first(page_id) OVER (PARTITION BY root ORDER BY published_at ASC NULLS LAST, "
              + "page_id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)"))
          .join(links, new String[] {"page_id", "original"}, "left")
          .withColumn("keep", expr("page_id = original OR linked IS NOT NULL"))
          .select("page_id", "original", "keep"));
      Dataset<Row> kept = judged.filter(col("keep")).select("page_id", "original");
      placed = placed == null ? kept : placed.union(kept);
      pending = judged.filter(expr("NOT keep")).select("page_id");
    }
    Dataset<Row> grouped = placed == null ? times.selectExpr("page_id", "page_id AS original").limit(0) : placed;
    return docs.select("page_id", "domain", "published_at")
        .join(grouped, new String[] {"page_id"}, "left")
        .withColumn("original", expr("coalesce(original, page_id)"))
        .withColumn("root", expr("min(page_id) OVER (PARTITION BY original)"))
        .withColumn("group_id", expr("concat('dg-', root)"))
        .withColumn("group_size", expr("cast(count(*) OVER (PARTITION BY original) AS int)"))
        .withColumn("is_first", expr("page_id = original"))
        .drop("original");
  }
}
