package winnow.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import winnow.config.WinnowConfig;
import winnow.pipeline.StageReport;
import winnow.tables.TableSchema;
import winnow.tables.Warehouse;

/** Stage 4: gold aggregates for dashboards, each answering the question in its schema file. */
public final class PublishStage {
  public static final String DAILY_STORY_VOLUME = "gold_daily_story_volume";
  public static final String FILLER_BY_DOMAIN = "gold_filler_by_domain";
  private static final String UNKNOWN_DAY = "DATE'1970-01-01'";

  private PublishStage() {}

  public static StageReport run(Warehouse warehouse, WinnowConfig config) {
    long start = System.nanoTime();
    Dataset<Row> volume = dailyStoryVolume(warehouse.read("story_members"), warehouse.read("dup_groups"));
    warehouse.merge(TableSchema.load(DAILY_STORY_VOLUME), volume, true);
    Dataset<Row> filler = fillerByDomain(warehouse.read("articles"));
    warehouse.merge(TableSchema.load(FILLER_BY_DOMAIN), filler, true);
    long articles = warehouse.read("articles").count();
    return StageReport.of("publish", articles, (System.nanoTime() - start) / 1e9,
        DAILY_STORY_VOLUME, warehouse.read(DAILY_STORY_VOLUME).count(),
        FILLER_BY_DOMAIN, warehouse.read(FILLER_BY_DOMAIN).count());
  }

  static Dataset<Row> dailyStoryVolume(Dataset<Row> members, Dataset<Row> groups) {
    Dataset<Row> crossOutlet = groups
        .withColumn("outlets_in_group", expr("size(collect_set(domain) OVER (PARTITION BY group_id))"))
        .select(col("page_id"), expr("outlets_in_group > 1 AS syndicated"));
    return members.join(crossOutlet, new String[] {"page_id"}, "left")
        .withColumn("day", expr("coalesce(to_date(published_at), " + UNKNOWN_DAY + ")"))
        .groupBy("day", "domain")
        .agg(expr("count(DISTINCT story_id) AS stories"), expr("count(*) AS articles"),
            expr("count_if(coalesce(syndicated, false)) AS syndicated_articles"));
  }

  static Dataset<Row> fillerByDomain(Dataset<Row> articles) {
    Dataset<Row> pages = articles
        .withColumn("day", expr("coalesce(crawl_date, to_date(published_at), " + UNKNOWN_DAY + ")"));
    Dataset<Row> totals = pages.groupBy("domain", "day")
        .agg(expr("count(*) AS pages"), expr("sum(chars_total) AS total_chars"),
            expr("sum(chars_filler) AS all_filler"));
    Dataset<Row> perCategory = pages
        .selectExpr("domain", "day", "explode(filler_chars_by_category) AS (category, chars)")
        .groupBy("domain", "day", "category").agg(expr("sum(chars) AS filler_chars"));
    Dataset<Row> all = totals.selectExpr("domain", "day", "'all' AS category", "all_filler AS filler_chars");
    return perCategory.unionByName(all).join(totals, new String[] {"domain", "day"})
        .withColumn("filler_share", expr("round(coalesce(filler_chars / nullif(total_chars, 0), 0D), 6)"));
  }
}
