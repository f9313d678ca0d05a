package winnow.stories;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Spark function: (page_id, terms) in; one (page_id, band_key, shingles) row per MinHash band out. */
public final class SketchArticle implements FlatMapFunction<Row, Row> {
  public static final StructType SCHEMA = new StructType()
      .add("page_id", DataTypes.StringType, false)
      .add("band_key", DataTypes.LongType, false)
      .add("shingle_count", DataTypes.IntegerType, false);

  private final MinHasher hasher;

  public SketchArticle(MinHasher hasher) {
    this.hasher = hasher;
  }

  @Override
  public Iterator<Row> call(Row row) {
    String pageId = row.getAs("page_id");
    long[] shingles = hasher.shingles(row.getList(row.fieldIndex("terms")));
    List<Row> out = new ArrayList<>();
    for (long key : hasher.bandKeys(shingles)) {
      out.add(RowFactory.create(pageId, key, shingles.length));
    }
    return out.iterator();
  }
}
