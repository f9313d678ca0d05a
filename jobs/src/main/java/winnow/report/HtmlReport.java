package winnow.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.SparkSession;

/**
 * One self-contained HTML file: Apache ECharts (from its npm package, shipped as a webjar) and the report's
 * data are inlined, so the page opens offline, from a mail attachment or a file share.
 */
public final class HtmlReport {
  private static final String TEMPLATE = "report/template.html";
  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlReport() {}

  public static String render(SparkSession spark, String database, String title, String generatedAt) {
    ObjectNode data = new ReportData(spark, database).collect();
    data.put("title", title);
    data.put("generatedAt", generatedAt);
    data.put("database", database);
    return fill(resource(TEMPLATE), resource(echartsPath()), data);
  }

  static String fill(String template, String echarts, ObjectNode data) {
    String json;
    try {
      json = JSON.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    // Inside <script>, "</" would end the element early: JSON allows "<\/" as the same string.
    String safeJson = json.replace("</", "<\\/");
    String safeTitle = data.path("title").asText().replace("&", "&amp;").replace("<", "&lt;");
    return template.replace("{{title}}", safeTitle)
        .replace("/*{{echarts}}*/", echarts.replace("</script", "<\\/script"))
        .replace("/*{{data}}*/null", safeJson);
  }

  /** The webjar's path holds its version, which the build writes into winnow/versions.properties. */
  static String echartsPath() {
    java.util.Properties versions = new java.util.Properties();
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream("winnow/versions.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing resource winnow/versions.properties: rebuild the job");
      }
      versions.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "META-INF/resources/webjars/echarts/" + versions.getProperty("echarts") + "/dist/echarts.min.js";
  }

  private static String resource(String path) {
    try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
