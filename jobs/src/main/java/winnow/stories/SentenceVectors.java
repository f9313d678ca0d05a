package winnow.stories;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import winnow.nlp.SentenceEncoder;

/**
 * The sentence vectors of English headlines ({@link SentenceEncoder}), and of clusters as the mean of their members':
 * what the term pass's merges weigh beside the term cosine ({@code stories.sentence-weight}).
 */
final class SentenceVectors {
  private SentenceVectors() {}

  /** A headline's unit vector, as a Spark function. */
  static final class EncodeHeadline implements UDF1<String, float[]> {
    @Override
    public float[] call(String title) {
      return SentenceEncoder.get().encode(title);
    }
  }

  /**
   * page_id, e: one unit vector per English article with a headline; other articles have none and are compared on
   * their terms alone.
   *
   * @param docs page_id, title, language, …
   */
  static Dataset<Row> of(Dataset<Row> docs) {
    return docs.filter("language = 'en' AND title IS NOT NULL AND length(trim(title)) > 0")
        .select(col("page_id"), functions.udf(new EncodeHeadline(), DataTypes.createArrayType(DataTypes.FloatType))
            .apply(col("title")).as("e"));
  }

  /**
   * id, e: each cluster's mean vector over its members that have one; scaled to unit length for centroid linkage,
   * so that two clusters' dot product is the cosine of their means (average linkage: the mean pairwise cosine).
   *
   * @param sentences page_id, e
   * @param labels    page_id, cluster
   */
  static Dataset<Row> centroids(Dataset<Row> sentences, Dataset<Row> labels, String linkage) {
    Dataset<Row> sums = sentences.join(labels, "page_id")
        .groupBy("cluster")
        .agg(functions.expr("aggregate(collect_list(e), array_repeat(0D, " + SentenceEncoder.DIMENSIONS
            + "), (acc, v) -> zip_with(acc, v, (a, b) -> a + b)) AS e"), functions.expr("count(*) AS n"));
    String scale = "centroid".equals(linkage) ? "1D / sqrt(" + dot("e", "e") + ")" : "1D / n";
    return sums.selectExpr("cluster AS id", "e", scale + " AS scale")
        .selectExpr("id", "transform(e, x -> CAST(x * scale AS FLOAT)) AS e");
  }

  /** The dot product of two vector columns, in SQL. */
  static String dot(String a, String b) {
    return "aggregate(zip_with(" + a + ", " + b + ", (x, y) -> x * y), 0D, (acc, x) -> acc + x)";
  }
}
