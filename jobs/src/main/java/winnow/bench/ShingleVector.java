package winnow.bench;

import java.util.Arrays;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark function: (page_id, shingles) in; (page_id, binary sparse vector of the shingles) out, the input
 * {@code MinHashLSH} needs. Shingle hashes fold into 2^30 dimensions (below MinHashLSH's prime); collisions among a
 * page's few hundred shingles are negligible, and both methods are scored against the same exact Jaccard.
 */
public final class ShingleVector implements Function<Row, Row> {
  static final int DIMENSIONS = 1 << 30;
  public static final StructType SCHEMA = new StructType()
      .add("page_id", DataTypes.StringType, false)
      .add("features", SQLDataTypes.VectorType(), false);

  @Override
  public Row call(Row row) {
    int[] indices = row.<Long>getList(row.fieldIndex("shingles")).stream()
        .mapToInt(s -> (int) Math.floorMod(s, (long) DIMENSIONS)).distinct().sorted().toArray();
    double[] ones = new double[indices.length];
    Arrays.fill(ones, 1.0);
    return RowFactory.create(row.<String>getAs("page_id"), Vectors.sparse(DIMENSIONS, indices, ones));
  }
}
