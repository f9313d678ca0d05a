package winnow.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import winnow.config.WinnowConfig;

/**
 * Near-duplicate pairs: MinHash banding on band keys (each candidate pair shares at least one band; crowded bands
 * pair their members with one page only), every candidate verified by exact Jaccard and containment of the shingle
 * sets.
 */
public final class NearDuplicates {
  /** Shingle sets smaller than this are too short to call copies. */
  public static final int MIN_SHINGLES = 8;

  private NearDuplicates() {}

  /** @param terms page_id, terms (normalised tokens of the main text) */
  public static Dataset<Row> pairs(SparkSession spark, Dataset<Row> terms, WinnowConfig.Stories c) {
    MinHasher hasher = new MinHasher(c.shingleSize(), c.minhashBands(), c.minhashRows());
    VerifyBucket verify = new VerifyBucket(c.duplicateJaccard(), c.duplicateContainment());
    Dataset<Row> bands = spark.createDataFrame(terms.javaRDD().flatMap(new SketchArticle(hasher)),
            SketchArticle.SCHEMA).filter(col("shingle_count").geq(MIN_SHINGLES))
        .withColumn("bucket_size", expr("count(*) OVER (PARTITION BY band_key)"))
        .withColumn("leader", expr("min(page_id) OVER (PARTITION BY band_key)"));
    Dataset<Row> shingles = spark.createDataFrame(terms.javaRDD().map(new ShingleSet(hasher)),
        ShingleSet.SCHEMA);
    // A bucket of up to max-bucket articles pairs all its members, verified inside the bucket. A larger one is a
    // syndicated text on many outlets or a shared template: its members are paired with its first page only, so the
    // candidates grow with the bucket, not its square, and no task holds a giant bucket. Copies of one text still
    // meet (each verifies against the first), and template look-alikes cost one check each; two copies inside a
    // crowded bucket meet through the other bands they share.
    Dataset<Row> buckets = bands.filter(col("bucket_size").between(2, c.maxBucket())).select("page_id", "band_key")
        .join(shingles, "page_id")
        .groupBy("band_key").agg(expr("collect_list(struct(page_id, shingles)) AS members"))
        .select("members");
    Dataset<Row> stars = bands.filter(col("bucket_size").gt(c.maxBucket()).and(col("page_id").notEqual(col("leader"))))
        .select(col("leader").as("a"), col("page_id").as("b")).distinct()
        .join(shingles.withColumnRenamed("page_id", "a").withColumnRenamed("shingles", "sa"), "a")
        .join(shingles.withColumnRenamed("page_id", "b").withColumnRenamed("shingles", "sb"), "b")
        .selectExpr("array(struct(a AS page_id, sa AS shingles), struct(b AS page_id, sb AS shingles)) AS members");
    // A pair that shares several bands is verified in each of them: one row each.
    return spark.createDataFrame(buckets.unionByName(stars).javaRDD().flatMap(verify), VerifyBucket.SCHEMA)
        .dropDuplicates("page_id_a", "page_id_b");
  }

}
