package winnow.tables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One table's schema, read from {@code tables/<name>.json}: the single source used to create the Delta table
 * (column comments, description) and to write docs/tables.md.
 */
public record TableSchema(String name, String description, String question, List<String> key,
                          List<String> partitionedBy, List<Column> columns) implements Serializable {

  public record Column(String name, String type, boolean nullable, String description, String example)
      implements Serializable {
    public DataType dataType() {
      return DataType.fromDDL(type);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Table names in pipeline order. */
  public static List<String> names() {
    try (InputStream in = resource("tables/index.txt")) {
      List<String> names = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          names.add(line.trim());
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TableSchema load(String name) {
    try (InputStream in = resource("tables/" + name + ".json")) {
      JsonNode n = JSON.readTree(in);
      List<Column> cols = new ArrayList<>();
      for (JsonNode c : n.get("columns")) {
        cols.add(new Column(c.get("name").asText(), c.get("type").asText(), c.get("nullable").asBoolean(),
            c.get("description").asText(), c.get("example").asText()));
      }
      List<String> key = new ArrayList<>();
      n.get("key").forEach(k -> key.add(k.asText()));
      List<String> partitions = new ArrayList<>();
      if (n.has("partitioned_by")) {
        n.get("partitioned_by").forEach(p -> partitions.add(p.asText()));
      }
      String question = n.has("question") ? n.get("question").asText() : null;
      TableSchema schema = new TableSchema(n.get("name").asText(), n.get("description").asText(), question,
          List.copyOf(key), List.copyOf(partitions), List.copyOf(cols));
      for (String p : schema.partitionedBy()) {
        if (!schema.columnNames().contains(p)) {
          throw new IllegalStateException("table " + name + ": partition column " + p + " is not a column");
        }
      }
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema of table " + name, e);
    }
  }

  public StructType structType() {
    StructField[] fields = new StructField[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      Column c = columns.get(i);
      fields[i] = new StructField(c.name(), c.dataType(), c.nullable(), Metadata.empty())
          .withComment(c.description());
    }
    return new StructType(fields);
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  private static InputStream resource(String path) {
    InputStream in = TableSchema.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing resource " + path);
    }
    return in;
  }
}
