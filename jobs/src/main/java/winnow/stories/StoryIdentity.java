package winnow.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Story ids that survive new crawls. Clustering runs over all articles and names each cluster after its earliest
 * page; this class then carries over the ids of the previous run's stories, so a story keeps its id as it grows, and
 * records what changed in {@code story_events}.
 *
 * <p>Matching, by shared members: each previous story goes to the new cluster holding most of its members, and each
 * new cluster keeps, of the previous stories that went to it, the one it shares most with (ties by the smaller
 * id). A previous story that went to a cluster keeping another id was merged into it; a new cluster holding
 * previous members but no previous id split off. A cluster that keeps no id gets its provisional name unless that
 * name belonged to a previous story, in which case it is named after its member set.
 */
public final class StoryIdentity {
  private StoryIdentity() {}

  /** renames: cluster (provisional id), story_id (final); events: the story_events columns but run_id, recorded_at. */
  public record Result(Dataset<Row> renames, Dataset<Row> events) {}

  /**
   * @param provisional  page_id, story_id (this run's clusters, named after their earliest page)
   * @param previous     page_id, story_id (the stored story_members), or null on the first run
   * @param sinceVersion the story_members version {@code previous} was read at (-1 when there was none)
   */
  public static Result assign(Dataset<Row> provisional, Dataset<Row> previous, long sinceVersion) {
    Dataset<Row> now = provisional.selectExpr("page_id", "story_id AS cluster");
    Dataset<Row> before = previous == null
        ? now.selectExpr("page_id", "cluster AS prev_id").limit(0)
        : previous.selectExpr("page_id", "story_id AS prev_id");
    Dataset<Row> shared = now.join(before, "page_id").groupBy("cluster", "prev_id")
        .agg(expr("count(*) AS shared"));
    Dataset<Row> claimed = shared
        .withColumn("r", expr("row_number() OVER (PARTITION BY prev_id ORDER BY shared DESC, cluster)"))
        .filter(col("r").equalTo(1)).drop("r");
    Dataset<Row> kept = claimed
        .withColumn("r", expr("row_number() OVER (PARTITION BY cluster ORDER BY shared DESC, prev_id)"))
        .filter(col("r").equalTo(1)).selectExpr("cluster", "prev_id AS kept_id");
    Dataset<Row> oldIds = before.selectExpr("prev_id AS cluster").distinct().withColumn("was_used", lit(true));
    Dataset<Row> names = now.groupBy("cluster")
        .agg(expr("concat('st-', substr(sha2(concat_ws(',', array_sort(collect_list(page_id))), 256), 1, 16)) "
            + "AS by_members"), expr("count(*) AS articles_after"))
        .join(kept, new String[] {"cluster"}, "left")
        .join(oldIds, new String[] {"cluster"}, "left")
        .withColumn("story_id", expr("coalesce(kept_id, CASE WHEN was_used THEN by_members ELSE cluster END)"))
        .select("cluster", "story_id", "kept_id", "articles_after");

    Dataset<Row> sizeBefore = before.groupBy("prev_id").agg(expr("count(*) AS articles_before"));
    Dataset<Row> stayed = now.join(before, "page_id").join(names.select("cluster", "story_id"), "cluster")
        .filter(col("prev_id").equalTo(col("story_id"))).groupBy("story_id").agg(expr("count(*) AS stayed"));
    // Stories that kept their id: grew, shrank or both (reshaped); unchanged ones have no event.
    Dataset<Row> continued = names.filter(col("kept_id").isNotNull())
        .join(sizeBefore.withColumnRenamed("prev_id", "story_id"), "story_id")
        .join(stayed, new String[] {"story_id"}, "left")
        .withColumn("stayed", expr("coalesce(stayed, 0)"))
        .withColumn("added", expr("articles_after - stayed"))
        .withColumn("removed", expr("articles_before - stayed"))
        .filter(expr("added > 0 OR removed > 0"))
        .withColumn("event", expr("CASE WHEN removed = 0 THEN 'grew' WHEN added = 0 THEN 'shrank' "
            + "ELSE 'reshaped' END"))
        .withColumn("related_story_id", lit(null).cast("string"));
    // New ids: created from new articles only, or split off previous stories (related: the one it took most from).
    Dataset<Row> origin = shared
        .withColumn("r", expr("row_number() OVER (PARTITION BY cluster ORDER BY shared DESC, prev_id)"))
        .filter(col("r").equalTo(1)).select("cluster", "prev_id");
    Dataset<Row> fresh = names.filter(col("kept_id").isNull())
        .join(origin, new String[] {"cluster"}, "left")
        .withColumn("event", expr("CASE WHEN prev_id IS NULL THEN 'created' ELSE 'split' END"))
        .withColumn("related_story_id", col("prev_id"))
        .withColumn("articles_before", lit(0L))
        .withColumn("added", col("articles_after"))
        .withColumn("removed", lit(0L));
    // Previous stories whose id went on in another story: merged into it.
    Dataset<Row> merged = claimed.join(names, "cluster")
        .filter(col("prev_id").notEqual(col("story_id")))
        .join(sizeBefore, "prev_id")
        .withColumn("event", lit("merged"))
        .withColumn("related_story_id", col("prev_id"))
        .withColumn("added", col("shared"))
        .withColumn("removed", lit(0L));
    String[] eventColumns = {"story_id", "event", "related_story_id", "articles_before", "articles_after", "added",
        "removed"};
    Dataset<Row> events = continued.select(cols(eventColumns))
        .unionByName(fresh.select(cols(eventColumns)))
        .unionByName(merged.select(cols(eventColumns)))
        .withColumn("since_version", lit(sinceVersion))
        .withColumn("event_id", expr("concat('ev-', substr(sha2(concat_ws('/', cast(since_version AS string), "
            + "story_id, event, coalesce(related_story_id, '')), 256), 1, 16))"));
    return new Result(names.select("cluster", "story_id"), events);
  }

  private static org.apache.spark.sql.Column[] cols(String[] names) {
    org.apache.spark.sql.Column[] c = new org.apache.spark.sql.Column[names.length];
    for (int i = 0; i < names.length; i++) {
      c[i] = col(names[i]);
    }
    return c;
  }
}
