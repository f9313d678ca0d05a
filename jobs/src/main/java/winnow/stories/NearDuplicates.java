package winnow.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import winnow.config.WinnowConfig;

/**
 * Near-duplicate pairs: MinHash banding done as a DataFrame self-join on band keys (each candidate pair shares at
 * least one band; crowded bands pair their members with one page only), then every candidate verified by exact
 * Jaccard and containment of the shingle sets.
 */
public final class NearDuplicates {
  /** Shingle sets smaller than this are too short to call copies. */
  public static final int MIN_SHINGLES = 8;

  private NearDuplicates() {}

  /** @param terms page_id, terms (normalised tokens of the main text) */
  public static Dataset<Row> pairs(SparkSession spark, Dataset<Row> terms, WinnowConfig.Stories c) {
    MinHasher hasher = new MinHasher(c.shingleSize(), c.minhashBands(), c.minhashRows());
    Dataset<Row> bands = spark.createDataFrame(terms.javaRDD().flatMap(new SketchArticle(hasher)),
            SketchArticle.SCHEMA).filter(col("shingle_count").geq(MIN_SHINGLES))
        .withColumn("bucket_size", expr("count(*) OVER (PARTITION BY band_key)"))
        .withColumn("leader", expr("min(page_id) OVER (PARTITION BY band_key)"));
    // A bucket of up to max-bucket articles pairs all its members. A larger one is a syndicated text on many outlets
    // or a shared template: its members are paired with its first page only, so the candidates grow with the bucket,
    // not its square. Copies of one text still meet (each verifies against the first), and template look-alikes
    // cost one check each; two copies inside a crowded bucket meet through the other bands they share.
    Dataset<Row> small = bands.filter(col("bucket_size").leq(c.maxBucket()));
    Dataset<Row> candidates = small.as("x").join(small.as("y"),
            col("x.band_key").equalTo(col("y.band_key")).and(col("x.page_id").lt(col("y.page_id"))))
        .select(col("x.page_id").as("a"), col("y.page_id").as("b"))
        .unionByName(bands.filter(col("bucket_size").gt(c.maxBucket()).and(col("page_id").notEqual(col("leader"))))
            .select(col("leader").as("a"), col("page_id").as("b")))
        .distinct();
    Dataset<Row> shingles = spark.createDataFrame(terms.javaRDD().map(new ShingleSet(hasher)),
        ShingleSet.SCHEMA);
    return candidates
        .join(shingles.withColumnRenamed("page_id", "a").withColumnRenamed("shingles", "sa"), "a")
        .join(shingles.withColumnRenamed("page_id", "b").withColumnRenamed("shingles", "sb"), "b")
        .withColumn("shared_shingles", expr("size(array_intersect(sa, sb))"))
        .withColumn("jaccard", expr("shared_shingles / (size(sa) + size(sb) - shared_shingles)"))
        .withColumn("containment", expr("shared_shingles / least(size(sa), size(sb))"))
        .filter(col("jaccard").geq(c.duplicateJaccard()).or(col("containment").geq(c.duplicateContainment())))
        .select(col("a").as("page_id_a"), col("b").as("page_id_b"), col("jaccard"), col("containment"),
            col("shared_shingles"));
  }

}
