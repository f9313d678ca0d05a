package winnow.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.spark.sql.Row;
import scala.collection.JavaConverters;

/** How query results are printed: an aligned table for people, CSV or JSON lines for scripts, HTML for notebooks. */
public enum ResultFormat {
  table {
    @Override
    public String render(String[] columns, List<Row> rows) {
      int[] width = new int[columns.length];
      String[][] cells = new String[rows.size()][columns.length];
      for (int c = 0; c < columns.length; c++) {
        width[c] = columns[c].length();
        for (int r = 0; r < rows.size(); r++) {
          cells[r][c] = text(rows.get(r).get(c)).replace('\n', ' ');
          if (cells[r][c].length() > 80) {
            cells[r][c] = cells[r][c].substring(0, 77) + "...";
          }
          width[c] = Math.max(width[c], cells[r][c].length());
        }
      }
      StringBuilder sb = new StringBuilder();
      appendRow(sb, columns, width);
      for (int c = 0; c < columns.length; c++) {
        sb.append(c == 0 ? "" : "-+-").append("-".repeat(width[c]));
      }
      sb.append('\n');
      for (String[] row : cells) {
        appendRow(sb, row, width);
      }
      sb.append("(").append(rows.size()).append(rows.size() == 1 ? " row)\n" : " rows)\n");
      return sb.toString();
    }

    private void appendRow(StringBuilder sb, String[] values, int[] width) {
      for (int c = 0; c < values.length; c++) {
        sb.append(c == 0 ? "" : " | ").append(String.format("%-" + width[c] + "s", values[c]));
      }
      sb.append('\n');
    }
  },
  csv {
    @Override
    public String render(String[] columns, List<Row> rows) {
      StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
      for (Row r : rows) {
        for (int c = 0; c < columns.length; c++) {
          String v = r.isNullAt(c) ? "" : text(r.get(c));
          boolean quote = v.contains(",") || v.contains("\"") || v.contains("\n");
          sb.append(c == 0 ? "" : ",").append(quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        sb.append('\n');
      }
      return sb.toString();
    }
  },
  json {
    @Override
    public String render(String[] columns, List<Row> rows) {
      StringBuilder sb = new StringBuilder();
      for (Row r : rows) {
        ObjectNode o = JSON.createObjectNode();
        for (int c = 0; c < columns.length; c++) {
          o.set(columns[c], JSON.valueToTree(plain(r.get(c))));
        }
        try {
          sb.append(JSON.writeValueAsString(o)).append('\n');
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
      return sb.toString();
    }
  },
  html {
    @Override
    public String render(String[] columns, List<Row> rows) {
      StringBuilder sb = new StringBuilder("<table>\n<thead><tr>");
      for (String c : columns) {
        sb.append("<th>").append(escape(c)).append("</th>");
      }
      sb.append("</tr></thead>\n<tbody>\n");
      for (Row r : rows) {
        sb.append("<tr>");
        for (int c = 0; c < columns.length; c++) {
          sb.append("<td>").append(escape(text(r.get(c)))).append("</td>");
        }
        sb.append("</tr>\n");
      }
      return sb.append("</tbody>\n</table>\n").toString();
    }
  };

  private static final ObjectMapper JSON = new ObjectMapper();

  public abstract String render(String[] columns, List<Row> rows);

  public static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  public static String text(Object v) {
    Object p = plain(v);
    return p == null ? "NULL" : String.valueOf(p);
  }

  /** Scala collections from Spark rows as Java ones, timestamps and dates as ISO strings. */
  public static Object plain(Object v) {
    if (v instanceof scala.collection.Seq<?> seq) {
      return JavaConverters.seqAsJavaList(seq).stream().map(ResultFormat::plain).toList();
    }
    if (v instanceof scala.collection.Map<?, ?> map) {
      java.util.Map<String, Object> out = new java.util.TreeMap<>();
      JavaConverters.mapAsJavaMap(map).forEach((k, val) -> out.put(String.valueOf(k), plain(val)));
      return out;
    }
    if (v instanceof java.sql.Timestamp ts) {
      return ts.toInstant().toString();
    }
    if (v instanceof java.sql.Date d) {
      return d.toString();
    }
    if (v instanceof Row row) {
      java.util.Map<String, Object> out = new java.util.LinkedHashMap<>();
      for (int i = 0; i < row.size(); i++) {
        out.put(row.schema() == null ? "_" + i : row.schema().fieldNames()[i], plain(row.get(i)));
      }
      return out;
    }
    return v;
  }
}
