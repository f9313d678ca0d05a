package winnow.stories;

import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Spark function: (page_id, terms) in; (page_id, sorted distinct shingle hashes) out, for exact verification. */
public final class ShingleSet implements Function<Row, Row> {
  public static final StructType SCHEMA = new StructType()
      .add("page_id", DataTypes.StringType, false)
      .add("shingles", DataTypes.createArrayType(DataTypes.LongType, false), false);

  private final MinHasher hasher;

  public ShingleSet(MinHasher hasher) {
    this.hasher = hasher;
  }

  @Override
  public Row call(Row row) {
    return RowFactory.create(row.<String>getAs("page_id"), hasher.shingles(row.getList(row.fieldIndex("terms"))));
  }
}
