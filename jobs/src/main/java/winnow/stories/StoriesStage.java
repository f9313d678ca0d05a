package winnow.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.nlp.TextNlp;
import winnow.pipeline.StageReport;
import winnow.spark.JobNames;
import winnow.tables.TableSchema;
import winnow.tables.Warehouse;

/**
 * Stage 3: {@code articles} → {@code near_duplicates}, {@code dup_groups}, {@code stories}, {@code story_members},
 * {@code story_events}.
 * Only pages with enough main text take part; shingles and terms come from the Spark NLP tokens of the main text,
 * so filler never makes two pages look alike.
 */
public final class StoriesStage {
  /** Pages of a crawl with less main text than this are not articles (listings, error pages, empty shells). */
  public static final int MIN_ARTICLE_CHARS = 200;

  /**
   * Items of a feed: plain-text records of a JSONL or Parquet file, each with its headline. Their source calls each
   * one news, so they are articles whatever their length (a headline with a two-line lead, or a headline alone).
   */
  static final String FEED_ITEM = "source_format IN ('jsonl', 'parquet') AND content_type = 'text/plain' "
      + "AND title IS NOT NULL";

  private StoriesStage() {}

  public static StageReport run(Warehouse warehouse, WinnowConfig config) {
    long start = System.nanoTime();
    SparkSession spark = warehouse.spark();
    Dataset<Row> docs = documents(articles(warehouse)).persist(StorageLevel.MEMORY_AND_DISK());
    // The merge rounds cut their lineage with reliable checkpoints on the warehouse's file system: a local
    // checkpoint lives on one executor, and losing that executor would fail the whole run.
    String checkpoints = useCheckpoints(warehouse, config);
    // Each step names its Spark jobs, so the UI and event logs say where a run's time goes.
    try (JobNames jobs = JobNames.open(spark.sparkContext())) {
      WinnowConfig.Stories c = config.stories();
      jobs.step("stories: Spark NLP terms, near-duplicates");
      Dataset<Row> pairs = NearDuplicates.pairs(spark, docs.select("page_id", "terms"), c)
          .persist(StorageLevel.MEMORY_AND_DISK());
      warehouse.merge(TableSchema.load("near_duplicates"), pairs, true);
      jobs.step("stories: duplicate groups");
      Dataset<Row> groups = StoryClusters.saved(DuplicateGroups.of(spark, docs, pairs));
      warehouse.merge(TableSchema.load("dup_groups"), groups, true);
      StoryClusters.Result clusters = StoryClusters.cluster(spark, docs, groups, c);
      jobs.step("stories: members' similarity and top terms");
      Dataset<Row> provisional = StoryClusters.saved(clusters.members());
      jobs.step("stories: stable ids and events");
      long since = warehouse.version("story_members");
      StoryIdentity.Result ids = StoryIdentity.assign(provisional.select("page_id", "story_id"),
          since < 0 ? null : warehouse.read("story_members"), since);
      Dataset<Row> renames = StoryClusters.saved(ids.renames()).withColumnRenamed("cluster", "provisional");
      // Events first: keyed by the members version they compare against, so a rerun after a crash between the two
      // writes records the same events again (a no-op), and a rerun after both records none.
      warehouse.merge(TableSchema.load("story_events"), ids.events()
          .withColumn("run_id", functions.lit(warehouse.runId()))
          .withColumn("recorded_at", functions.current_timestamp()), false);
      jobs.step("stories: members and stories tables");
      Dataset<Row> members = renamed(provisional, renames)
          .join(docs.select("page_id", "domain", "published_at"), "page_id")
          .persist(StorageLevel.MEMORY_AND_DISK());
      warehouse.merge(TableSchema.load("story_members"), members, true);
      warehouse.merge(TableSchema.load("stories"), stories(members, docs, renamed(clusters.labels(), renames)),
          true);
      long docCount = docs.count();
      long groupCount = warehouse.read("dup_groups").filter(col("group_size").gt(1))
          .select("group_id").distinct().count();
      long storyCount = warehouse.read("stories").count();
      members.unpersist();
      pairs.unpersist();
      return StageReport.of("stories", docCount, (System.nanoTime() - start) / 1e9,
          "near_duplicate_pairs", warehouse.read("near_duplicates").count(), "duplicate_groups", groupCount,
          "stories", storyCount);
    } finally {
      docs.unpersist();
      deleteQuietly(spark, checkpoints);
    }
  }

  /** Points Spark's checkpoints at a folder of this run under the warehouse; returns it (delete it when done). */
  public static String useCheckpoints(Warehouse warehouse, WinnowConfig config) {
    String checkpoints = config.tablePath("_checkpoints/" + warehouse.runId());
    warehouse.spark().sparkContext().setCheckpointDir(checkpoints);
    return checkpoints;
  }

  private static Dataset<Row> renamed(Dataset<Row> rows, Dataset<Row> renames) {
    return rows.withColumnRenamed("story_id", "provisional").join(renames, "provisional").drop("provisional");
  }

  public static void deleteQuietly(SparkSession spark, String dir) {
    try {
      Path path = new Path(dir);
      path.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(path, true);
    } catch (IOException e) {
      // Only scratch data: a leftover folder under _checkpoints costs disk, never correctness.
    }
  }

  /** The articles this stage reads: pages with enough main text, and feed items ({@link #FEED_ITEM}). */
  public static Dataset<Row> articles(Warehouse warehouse) {
    Dataset<Row> feedItems = warehouse.read("pages").filter(FEED_ITEM).selectExpr("page_id", "true AS feed_item");
    return warehouse.read("articles").join(feedItems, new String[] {"page_id"}, "left")
        .filter(col("chars_content").geq(MIN_ARTICLE_CHARS).or(col("feed_item").isNotNull()))
        .select("page_id", "title", "main_text", "domain", "language", "published_at");
  }

  /** page_id, published_at, domain, language, title, terms and entities (main text), title_terms. */
  public static Dataset<Row> documents(Dataset<Row> articles) {
    Dataset<Row> body = TextNlp.annotate(articles.select("page_id", "main_text"), "main_text")
        .select("page_id", "terms", "entities");
    Dataset<Row> titles = TextNlp.annotate(articles.selectExpr("page_id", "coalesce(title, '') AS title_text"),
        "title_text").selectExpr("page_id", "terms AS title_terms");
    return articles.drop("main_text").join(body, "page_id").join(titles, "page_id");
  }

  /** @param labelTerms story_id, term, cw: the few terms that label each story ({@link StoryClusters.Result}) */
  static Dataset<Row> stories(Dataset<Row> members, Dataset<Row> docs, Dataset<Row> labelTerms) {
    Dataset<Row> labels = labelTerms
        .withColumn("rank", expr("row_number() OVER (PARTITION BY story_id ORDER BY cw DESC, term)"))
        .groupBy("story_id")
        .agg(expr("transform(array_sort(collect_list(struct(rank, term))), x -> x.term) AS label_terms"));
    return members.join(docs.select("page_id", "title", "language"), "page_id")
        .groupBy("story_id")
        .agg(expr("min(published_at) AS first_seen"), expr("max(published_at) AS last_seen"),
            expr("cast(count(*) AS int) AS articles"), expr("array_sort(collect_set(domain)) AS outlets"),
            expr("array_sort(collect_set(language)) AS languages"),
            expr("array_sort(collect_list(struct(-similarity AS s, page_id, title)))[0].title AS headline"))
        .join(labels, new String[] {"story_id"}, "left")
        .withColumn("label_terms", expr("coalesce(label_terms, array())"));
  }
}
