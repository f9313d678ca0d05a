package winnow.stories;

import static org.apache.spark.sql.functions.col;

import java.nio.ByteBuffer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.Iterator;
import scala.collection.Seq;
import winnow.nlp.SentenceEncoder;

/**
 * The sentence vectors of English headlines ({@link SentenceEncoder}), and of clusters as the mean of their members':
 * what the term pass's merges weigh beside the term cosine ({@code stories.sentence-weight}). A vector travels as
 * binary (its floats packed), so Spark moves and compares it without boxing each number.
 */
final class SentenceVectors {
  private SentenceVectors() {}

  static byte[] pack(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(4 * v.length);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  static double dot(byte[] a, byte[] b) {
    ByteBuffer x = ByteBuffer.wrap(a);
    ByteBuffer y = ByteBuffer.wrap(b);
    double dot = 0;
    for (int i = 0; i < a.length; i += 4) {
      dot += x.getFloat(i) * y.getFloat(i);
    }
    return dot;
  }

  /** A headline's unit vector. */
  static final class EncodeHeadline implements UDF1<String, byte[]> {
    @Override
    public byte[] call(String title) {
      return pack(SentenceEncoder.get().encode(title));
    }
  }

  /** The mean of a cluster's vectors; scaled to unit length for centroid linkage. */
  static final class MeanVector implements UDF1<Seq<byte[]>, byte[]> {
    private final boolean unit;

    MeanVector(boolean unit) {
      this.unit = unit;
    }

    @Override
    public byte[] call(Seq<byte[]> vectors) {
      float[] sum = new float[SentenceEncoder.DIMENSIONS];
      for (Iterator<byte[]> it = vectors.iterator(); it.hasNext(); ) {
        ByteBuffer b = ByteBuffer.wrap(it.next());
        for (int d = 0; d < sum.length; d++) {
          sum[d] += b.getFloat(4 * d);
        }
      }
      double norm = 0;
      for (float v : sum) {
        norm += (double) v * v;
      }
      double scale = unit ? (norm == 0 ? 0 : 1 / Math.sqrt(norm)) : 1.0 / Math.max(1, vectors.size());
      for (int d = 0; d < sum.length; d++) {
        sum[d] *= (float) scale;
      }
      return pack(sum);
    }
  }

  /** Two vectors' dot product: the cosine of unit vectors. */
  static final class Dot implements UDF2<byte[], byte[], Double> {
    @Override
    public Double call(byte[] a, byte[] b) {
      return a == null || b == null ? null : dot(a, b);
    }
  }

  static UserDefinedFunction dotFunction() {
    return functions.udf(new Dot(), DataTypes.DoubleType);
  }

  /**
   * page_id, e: one unit vector per English article with a headline; other articles have none and are compared on
   * their terms alone.
   *
   * @param docs page_id, title, language, …
   */
  static Dataset<Row> of(Dataset<Row> docs) {
    return docs.filter("language = 'en' AND title IS NOT NULL AND length(trim(title)) > 0")
        .select(col("page_id"), functions.udf(new EncodeHeadline(), DataTypes.BinaryType).apply(col("title")).as("e"));
  }

  /**
   * id, e: each cluster's mean vector over its members that have one; unit length for centroid linkage, so that two
   * clusters' dot product is the cosine of their means (average linkage: the mean pairwise cosine).
   *
   * @param sentences page_id, e
   * @param labels    page_id, cluster
   */
  static Dataset<Row> centroids(Dataset<Row> sentences, Dataset<Row> labels, String linkage) {
    UserDefinedFunction mean = functions.udf(new MeanVector("centroid".equals(linkage)), DataTypes.BinaryType);
    return sentences.join(labels, "page_id")
        .groupBy("cluster").agg(functions.collect_list("e").as("es"))
        .select(col("cluster").as("id"), mean.apply(col("es")).as("e"));
  }
}
