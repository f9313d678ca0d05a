package winnow.tables;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.StructType;

/** Builds a Row by column name, so rows never depend on remembering column positions; the row keeps its schema. */
public final class RowBuilder {
  private final Columns columns;
  private final Object[] values;

  public RowBuilder(StructType schema) {
    this(new Columns(schema));
  }

  /** For many rows of one schema (a Spark function's output): the name lookup is built once. */
  public RowBuilder(Columns columns) {
    this.columns = columns;
    this.values = new Object[columns.schema.size()];
  }

  public RowBuilder set(String column, Object value) {
    values[columns.index(column)] = value;
    return this;
  }

  public Row build() {
    return new GenericRowWithSchema(values.clone(), columns.schema);
  }

  /** A schema with its column positions by name. */
  public static final class Columns implements Serializable {
    private final StructType schema;
    private final Map<String, Integer> positions = new HashMap<>();

    public Columns(StructType schema) {
      this.schema = schema;
      for (int i = 0; i < schema.size(); i++) {
        positions.put(schema.fields()[i].name(), i);
      }
    }

    int index(String column) {
      Integer i = positions.get(column);
      if (i == null) {
        throw new IllegalArgumentException("no column " + column + " in " + schema.simpleString());
      }
      return i;
    }
  }
}
