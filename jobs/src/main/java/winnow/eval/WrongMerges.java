package winnow.eval;

import static org.apache.spark.sql.functions.expr;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import winnow.stories.StoryClusters;

/**
 * A merge trace scored against the benchmark's labels: for each round, its moves, those between two clusters that
 * both hold labelled documents, and the wrong ones among them (no labelled story in common), with the size of the
 * wrong joins. Shows in which round, and at what cluster size, the stories go wrong.
 */
final class WrongMerges implements StoryClusters.MergeTrace {
  static final String HEADER = String.format(Locale.ROOT, "%-6s %8s %8s %8s %7s %14s %14s%n", "round", "moves",
      "judged", "wrong", "share", "wrong: median", "wrong: largest");

  /** page_id, story: the labelled documents. */
  private final Dataset<Row> stories;
  private final StringBuilder table = new StringBuilder(HEADER);

  WrongMerges(SparkSession spark, List<StoryBench.Doc> docs) {
    StructType schema = new StructType().add("page_id", DataTypes.StringType).add("story", DataTypes.StringType);
    this.stories = spark.createDataFrame(docs.stream().filter(d -> d.story() != null)
        .map(d -> RowFactory.create(d.pageId(), d.story())).toList(), schema);
  }

  @Override
  public void round(int round, Dataset<Row> labels, Dataset<Row> moves) {
    Dataset<Row> sizes = labels.groupBy("cluster").agg(expr("count(*) AS size"));
    Dataset<Row> storySets = labels.join(stories, "page_id").groupBy("cluster")
        .agg(expr("collect_set(story) AS stories"));
    // One row per move: both clusters' sizes and labelled stories (null when a cluster holds no labelled document).
    Row r = moves
        .join(sizes.withColumnRenamed("size", "moving"), "cluster")
        .join(sizes.withColumnRenamed("cluster", "merged").withColumnRenamed("size", "target"), "merged")
        .join(storySets.withColumnRenamed("stories", "moving_stories"), new String[] {"cluster"}, "left")
        .join(storySets.withColumnRenamed("cluster", "merged").withColumnRenamed("stories", "target_stories"),
            new String[] {"merged"}, "left")
        .withColumn("wrong", expr("moving_stories IS NOT NULL AND target_stories IS NOT NULL "
            + "AND size(array_intersect(moving_stories, target_stories)) = 0"))
        .agg(expr("count(*) AS moves"),
            expr("count_if(moving_stories IS NOT NULL AND target_stories IS NOT NULL) AS judged"),
            expr("count_if(wrong) AS wrong"),
            expr("percentile(IF(wrong, moving + target, NULL), 0.5) AS median"),
            expr("max(IF(wrong, moving + target, NULL)) AS largest"))
        .first();
    long judged = r.getLong(1);
    long wrong = r.getLong(2);
    table.append(String.format(Locale.ROOT, "%-6d %8d %8d %8d %7.3f %14s %14s%n", round, r.getLong(0), judged,
        wrong, judged == 0 ? 0.0 : (double) wrong / judged, r.isNullAt(3) ? "-" : format(r.getDouble(3)),
        r.isNullAt(4) ? "-" : Long.toString(r.getLong(4))));
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** One line per round: moves, judged, wrong, their share, and the median and largest size of a wrong join. */
  String table() {
    return table.toString();
  }
}
