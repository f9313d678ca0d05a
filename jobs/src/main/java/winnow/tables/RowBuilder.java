package winnow.tables;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/** Builds a Row by column name, so rows never depend on remembering column positions; the row keeps its schema. */
public final class RowBuilder {
  private final StructType schema;
  private final Object[] values;

  public RowBuilder(StructType schema) {
    this.schema = schema;
    this.values = new Object[schema.size()];
  }

  public RowBuilder set(String column, Object value) {
    values[schema.fieldIndex(column)] = value;
    return this;
  }

  public Row build() {
    return new GenericRowWithSchema(values.clone(), schema);
  }
}
