package winnow.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import winnow.query.ResultFormat;

/**
 * The figures behind the report, queried from the registered tables (mostly the gold tables). Every query is
 * small and bounded (aggregates or LIMIT): nothing proportional to the corpus reaches the driver.
 */
final class ReportData {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final int TOP_STORIES = 15;
  static final int TIMELINE_STORIES = 8;

  private final SparkSession spark;
  private final String db;

  ReportData(SparkSession spark, String database) {
    this.spark = spark;
    this.db = database;
  }

  ObjectNode collect() {
    ObjectNode data = JSON.createObjectNode();
    data.set("totals", rows("SELECT (SELECT count(*) FROM " + db + ".pages) AS pages,"
        + " (SELECT count(*) FROM " + db + ".rejects) AS rejects,"
        + " (SELECT count(*) FROM " + db + ".articles) AS articles,"
        + " (SELECT round(avg(filler_ratio), 3) FROM " + db + ".articles) AS mean_filler_ratio,"
        + " (SELECT count(*) FROM " + db + ".stories) AS stories,"
        + " (SELECT count(DISTINCT group_id) FROM " + db + ".dup_groups WHERE group_size > 1) AS dup_groups,"
        + " (SELECT count(DISTINCT domain) FROM " + db + ".articles) AS outlets").get(0));
    data.set("fillerHistogram", rows("SELECT cast(least(floor(filler_ratio * 20), 19) AS int) AS bin,"
        + " count(*) AS pages FROM " + db + ".articles GROUP BY 1 ORDER BY 1"));
    data.set("fillerByCategory", rows("SELECT domain, category,"
        + " round(sum(filler_chars) / sum(total_chars), 4) AS share FROM " + db + ".gold_filler_by_domain"
        + " WHERE category <> 'all' GROUP BY domain, category ORDER BY domain, category"));
    data.set("fillerByOutlet", rows("SELECT domain, round(sum(filler_chars) / sum(total_chars), 4) AS share,"
        + " sum(pages) AS pages FROM " + db + ".gold_filler_by_domain WHERE category = 'all'"
        + " GROUP BY domain ORDER BY share DESC"));
    data.set("timeline", rows("WITH top AS (SELECT story_id, headline FROM " + db + ".stories"
        + " ORDER BY articles DESC, story_id LIMIT " + TIMELINE_STORIES + ")"
        + " SELECT to_date(m.published_at) AS day, t.story_id, t.headline, count(*) AS articles"
        + " FROM " + db + ".story_members m JOIN top t USING (story_id)"
        + " WHERE m.published_at IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2"));
    data.set("topStories", rows("SELECT story_id, headline, articles, size(outlets) AS outlet_count,"
        + " concat_ws(', ', outlets) AS outlets, languages, date_format(first_seen, 'yyyy-MM-dd HH:mm') AS first_seen,"
        + " date_format(last_seen, 'yyyy-MM-dd HH:mm') AS last_seen FROM " + db + ".stories"
        + " ORDER BY articles DESC, story_id LIMIT " + TOP_STORIES));
    data.set("groupSizes", rows("SELECT group_size, count(DISTINCT group_id) AS groups FROM " + db
        + ".dup_groups WHERE group_size > 1 GROUP BY group_size ORDER BY group_size"));
    data.set("copyFlows", rows("SELECT source_domain, copier_domain, copies, median_lag_hours FROM " + db
        + ".gold_copy_flows ORDER BY copies DESC, source_domain, copier_domain"));
    data.set("syndication", rows("SELECT domain, articles, copied_articles, copy_rate, originals_copied"
        + " FROM " + db + ".gold_syndication_by_outlet ORDER BY domain"));
    return data;
  }

  /** A query's rows as JSON objects (dates and timestamps as ISO strings, arrays as lists). */
  ArrayNode rows(String sql) {
    Dataset<Row> result = spark.sql(sql);
    String[] cols = result.columns();
    ArrayNode out = JSON.createArrayNode();
    List<Row> rows = result.collectAsList();
    for (Row r : rows) {
      ObjectNode o = JSON.createObjectNode();
      for (int c = 0; c < cols.length; c++) {
        o.set(cols[c], JSON.valueToTree(ResultFormat.plain(r.get(c))));
      }
      out.add(o);
    }
    return out;
  }
}
