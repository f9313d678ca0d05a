package winnow.notebook;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import winnow.query.ResultFormat;

/**
 * Runs the {@code %%sql} cells of a Jupyter notebook (nbformat 4) against the tables and stores each result as
 * the cell's output (an HTML table and a plain-text one), so the notebook renders with results anywhere. A cell
 * that fails gets a Jupyter error output; a cell that returns no rows is reported unless its metadata says
 * {@code "winnow": {"may_be_empty": true}}.
 */
public final class NotebookRunner {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MAGIC = "%%sql";

  /** What happened in one notebook. */
  public record Result(Path notebook, int cells, List<String> errors, List<String> empty) {
    public boolean ok() {
      return errors.isEmpty() && empty.isEmpty();
    }

    public String summary() {
      StringBuilder sb = new StringBuilder(String.format("%s: %d SQL cells", notebook, cells));
      if (ok()) {
        return sb.append(", all returned rows").toString();
      }
      errors.forEach(e -> sb.append("\n  error: ").append(e));
      empty.forEach(e -> sb.append("\n  no rows: ").append(e));
      return sb.toString();
    }
  }

  private final SparkSession spark;
  private final int maxRows;

  public NotebookRunner(SparkSession spark, int maxRows) {
    this.spark = spark;
    this.maxRows = maxRows;
  }

  /** Runs every SQL cell of {@code in} and writes the notebook with its outputs to {@code out}. */
  public Result run(Path in, Path out) throws IOException {
    ObjectNode nb = (ObjectNode) JSON.readTree(in.toFile());
    if (!nb.has("cells") || nb.path("nbformat").asInt() != 4) {
      throw new IOException(in + " is not a Jupyter notebook in nbformat 4");
    }
    int count = 0;
    List<String> errors = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (JsonNode node : nb.get("cells")) {
      ObjectNode cell = (ObjectNode) node;
      String sql = sqlOf(cell);
      if (sql == null) {
        continue;
      }
      count++;
      ArrayNode outputs = JSON.createArrayNode();
      try {
        Dataset<Row> result = spark.sql(sql);
        List<Row> rows = result.limit(maxRows + 1).collectAsList();
        boolean more = rows.size() > maxRows;
        if (more) {
          rows = rows.subList(0, maxRows);
        }
        if (rows.isEmpty() && !cell.path("metadata").path("winnow").path("may_be_empty").asBoolean(false)) {
          empty.add(firstLine(sql));
        }
        ObjectNode data = JSON.createObjectNode();
        String note = more ? "(first " + maxRows + " rows)\n" : "";
        data.set("text/html", lines(ResultFormat.html.render(result.columns(), rows) + note));
        data.set("text/plain", lines(ResultFormat.table.render(result.columns(), rows) + note));
        ObjectNode o = JSON.createObjectNode();
        o.put("output_type", "execute_result");
        o.put("execution_count", count);
        o.set("data", data);
        o.set("metadata", JSON.createObjectNode());
        outputs.add(o);
      } catch (RuntimeException e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        errors.add(firstLine(sql) + " → " + message);
        ObjectNode o = JSON.createObjectNode();
        o.put("output_type", "error");
        o.put("ename", e.getClass().getSimpleName());
        o.put("evalue", message);
        o.set("traceback", JSON.createArrayNode().add(message));
        outputs.add(o);
      }
      cell.put("execution_count", count);
      cell.set("outputs", outputs);
    }
    write(nb, out);
    return new Result(in, count, List.copyOf(errors), List.copyOf(empty));
  }

  /** The SQL of each %%sql cell of a notebook, in order. */
  public static List<String> sqlCells(Path notebook) throws IOException {
    List<String> out = new ArrayList<>();
    for (JsonNode cell : JSON.readTree(notebook.toFile()).path("cells")) {
      String sql = sqlOf(cell);
      if (sql != null) {
        out.add(sql);
      }
    }
    return out;
  }

  /** The statement of a {@code %%sql} code cell; null for any other cell. */
  private static String sqlOf(JsonNode cell) {
    String source = source(cell.get("source")).stripLeading();
    if (!"code".equals(cell.path("cell_type").asText()) || !source.startsWith(MAGIC)) {
      return null;
    }
    return source.substring(MAGIC.length()).strip();
  }

  private static String source(JsonNode source) {
    if (source == null) {
      return "";
    }
    if (source.isArray()) {
      StringBuilder sb = new StringBuilder();
      source.forEach(s -> sb.append(s.asText()));
      return sb.toString();
    }
    return source.asText();
  }

  /** Jupyter's multi-line string form: a list of lines, each but the last ending in a newline. */
  private static ArrayNode lines(String text) {
    ArrayNode a = JSON.createArrayNode();
    text.lines().forEach(l -> a.add(l + "\n"));
    if (a.size() > 0) {
      String last = a.get(a.size() - 1).asText();
      a.set(a.size() - 1, JSON.getNodeFactory().textNode(last.substring(0, last.length() - 1)));
    }
    return a;
  }

  private static String firstLine(String sql) {
    String line = sql.lines().findFirst().orElse("");
    return line.length() > 80 ? line.substring(0, 77) + "..." : line;
  }

  /** Written as Jupyter writes notebooks (one-space indent, keys in place) so diffs stay small. */
  private static void write(ObjectNode nb, Path out) throws IOException {
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter() {
      @Override
      public DefaultPrettyPrinter createInstance() {
        return this;
      }

      @Override
      public void writeObjectFieldValueSeparator(com.fasterxml.jackson.core.JsonGenerator g) throws IOException {
        g.writeRaw(": ");
      }
    };
    DefaultIndenter indent = new DefaultIndenter(" ", "\n");
    printer.indentObjectsWith(indent);
    printer.indentArraysWith(indent);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, JSON.writer(printer).writeValueAsString(nb) + "\n", StandardCharsets.UTF_8);
  }
}
