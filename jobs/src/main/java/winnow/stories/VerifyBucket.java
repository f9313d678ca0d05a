package winnow.stories;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark function: one band bucket in (members: array of (page_id, shingles)); its verified pairs out. Every pair of
 * members is checked by exact Jaccard and containment of their sorted shingle sets, where the bucket's
 * members already are: shipping each candidate pair both shingle sets instead would cost two shuffles of two sets
 * per candidate, and most candidates are pairs sharing one band that fail the check.
 */
public final class VerifyBucket implements FlatMapFunction<Row, Row> {
  public static final StructType SCHEMA = new StructType()
      .add("page_id_a", DataTypes.StringType, false)
      .add("page_id_b", DataTypes.StringType, false)
      .add("jaccard", DataTypes.DoubleType, false)
      .add("containment", DataTypes.DoubleType, false)
      .add("shared_shingles", DataTypes.IntegerType, false);

  private final double minJaccard;
  private final double minContainment;

  public VerifyBucket(double minJaccard, double minContainment) {
    this.minJaccard = minJaccard;
    this.minContainment = minContainment;
  }

  @Override
  public Iterator<Row> call(Row bucket) {
    List<Row> members = bucket.getList(0);
    int n = members.size();
    String[] ids = new String[n];
    long[][] sets = new long[n][];
    for (int i = 0; i < n; i++) {
      Row m = members.get(i);
      ids[i] = m.getString(0);
      List<Long> s = m.getList(1);
      sets[i] = new long[s.size()];
      for (int k = 0; k < sets[i].length; k++) {
        sets[i][k] = s.get(k);
      }
    }
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        boolean iFirst = ids[i].compareTo(ids[j]) < 0;
        Row pair = verified(iFirst ? ids[i] : ids[j], iFirst ? ids[j] : ids[i], sets[i], sets[j]);
        if (pair != null) {
          out.add(pair);
        }
      }
    }
    return out.iterator();
  }

  /** The pair's row if it passes the check, else null; both sets sorted and distinct. */
  Row verified(String a, String b, long[] x, long[] y) {
    int shared = 0;
    for (int i = 0, j = 0; i < x.length && j < y.length; ) {
      if (x[i] == y[j]) {
        shared++;
        i++;
        j++;
      } else if (x[i] < y[j]) {
        i++;
      } else {
        j++;
      }
    }
    double jaccard = (double) shared / (x.length + y.length - shared);
    double containment = (double) shared / Math.min(x.length, y.length);
    return jaccard >= minJaccard || containment >= minContainment
        ? RowFactory.create(a, b, jaccard, containment, shared) : null;
  }
}
