package winnow.publish;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import winnow.config.WinnowConfig;
import winnow.pipeline.StageReport;
import winnow.tables.TableSchema;
import winnow.tables.Warehouse;

/**
 * Stage 4: gold aggregates for dashboards, each answering the question in its schema file. They are small and
 * recomputed from the silver tables on every run (MERGE with delete of vanished rows, so a rerun changes nothing).
 */
public final class PublishStage {
  public static final String DAILY_STORY_VOLUME = "gold_daily_story_volume";
  public static final String TOP_STORIES_DAILY = "gold_top_stories_daily";
  public static final String FILLER_BY_DOMAIN = "gold_filler_by_domain";
  public static final String SYNDICATION_BY_OUTLET = "gold_syndication_by_outlet";
  public static final String COPY_FLOWS = "gold_copy_flows";
  public static final List<String> TABLES =
      List.of(DAILY_STORY_VOLUME, TOP_STORIES_DAILY, FILLER_BY_DOMAIN, SYNDICATION_BY_OUTLET, COPY_FLOWS);
  /** Stories kept per day in gold_top_stories_daily. */
  static final int TOP_STORIES_PER_DAY = 10;
  private static final String UNKNOWN_DAY = "DATE'1970-01-01'";

  private PublishStage() {}

  public static StageReport run(Warehouse warehouse, WinnowConfig config) {
    long start = System.nanoTime();
    Dataset<Row> members = warehouse.read("story_members");
    Dataset<Row> groups = warehouse.read("dup_groups");
    Dataset<Row> flows = copyFlows(groups);
    warehouse.merge(TableSchema.load(DAILY_STORY_VOLUME), dailyStoryVolume(members, groups), true);
    warehouse.merge(TableSchema.load(TOP_STORIES_DAILY), topStoriesDaily(members, warehouse.read("stories")), true);
    warehouse.merge(TableSchema.load(FILLER_BY_DOMAIN), fillerByDomain(warehouse.read("articles")), true);
    warehouse.merge(TableSchema.load(COPY_FLOWS), flows, true);
    warehouse.merge(TableSchema.load(SYNDICATION_BY_OUTLET), syndicationByOutlet(groups,
        warehouse.read(COPY_FLOWS)), true);
    long articles = warehouse.read("articles").count();
    List<Object> counts = new ArrayList<>();
    for (String t : TABLES) {
      counts.add(t);
      counts.add(warehouse.read(t).count());
    }
    return StageReport.of("publish", articles, (System.nanoTime() - start) / 1e9, counts.toArray());
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

  static Dataset<Row> topStoriesDaily(Dataset<Row> members, Dataset<Row> stories) {
    Dataset<Row> perDay = members
        .withColumn("day", expr("coalesce(to_date(published_at), " + UNKNOWN_DAY + ")"))
        .groupBy("day", "story_id")
        .agg(expr("count(*) AS articles"), expr("array_sort(collect_set(domain)) AS outlets"))
        .withColumn("outlet_count", expr("size(outlets)"))
        .withColumn("rank", expr("cast(row_number() OVER (PARTITION BY day "
            + "ORDER BY articles DESC, outlet_count DESC, story_id) AS int)"))
        .filter(col("rank").leq(TOP_STORIES_PER_DAY));
    return perDay.join(stories.select("story_id", "headline", "first_seen", "last_seen"), "story_id")
        .withColumn("day_of_story", expr("greatest(0, coalesce(datediff(day, to_date(first_seen)), 0))"));
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

  /**
   * The earliest article of each duplicate group is the source; every later member from another outlet is a
   * copy of it. Same-outlet duplicates (republished pages) are not flows between outlets.
   */
  static Dataset<Row> copyFlows(Dataset<Row> groups) {
    Dataset<Row> sources = groups.filter("group_size > 1 AND is_first")
        .selectExpr("group_id", "domain AS source_domain", "published_at AS source_at");
    return groups.filter("group_size > 1 AND NOT is_first")
        .join(sources, "group_id")
        .filter("domain <> source_domain")
        .withColumn("lag_hours", expr("(unix_timestamp(published_at) - unix_timestamp(source_at)) / 3600D"))
        .groupBy(col("source_domain"), expr("domain AS copier_domain"))
        .agg(expr("count(*) AS copies"), expr("round(percentile(lag_hours, 0.5), 2) AS median_lag_hours"),
            expr("min(published_at) AS first_copy_at"), expr("max(published_at) AS last_copy_at"));
  }

  static Dataset<Row> syndicationByOutlet(Dataset<Row> groups, Dataset<Row> flows) {
    Dataset<Row> articles = groups.groupBy("domain").agg(expr("count(*) AS articles"));
    Dataset<Row> copying = flows.groupBy(expr("copier_domain AS domain"))
        .agg(expr("sum(copies) AS copied_articles"),
            expr("array_sort(collect_list(struct(-copies AS c, source_domain AS s)))[0].s AS top_source"));
    Dataset<Row> crossOutletFirsts = groups
        .withColumn("outlets_in_group", expr("size(collect_set(domain) OVER (PARTITION BY group_id))"))
        .filter("is_first AND outlets_in_group > 1")
        .groupBy("domain").agg(expr("count(*) AS originals_copied"));
    Dataset<Row> copiedBy = flows.groupBy(expr("source_domain AS domain"))
        .agg(expr("cast(count(*) AS int) AS copied_by_outlets"));
    return articles.join(copying, new String[] {"domain"}, "left")
        .join(crossOutletFirsts, new String[] {"domain"}, "left")
        .join(copiedBy, new String[] {"domain"}, "left")
        .selectExpr("domain", "articles", "coalesce(copied_articles, 0) AS copied_articles",
            "round(coalesce(copied_articles, 0) / articles, 4) AS copy_rate",
            "coalesce(originals_copied, 0) AS originals_copied",
            "coalesce(copied_by_outlets, 0) AS copied_by_outlets", "top_source");
  }
}
