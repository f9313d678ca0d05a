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
    Dataset<Row> clusterStories = labels.join(stories, "page_id").select("cluster", "story").distinct();
    Dataset<Row> sizes = labels.groupBy("cluster").agg(expr("count(*) AS size"));
    Dataset<Row> labelled = clusterStories.select("cluster").distinct();
    Dataset<Row> judged = moves.join(labelled, "cluster")
        .join(labelled.withColumnRenamed("cluster", "merged"), "merged");
    Dataset<Row> right = judged.join(clusterStories, "cluster")
        .join(clusterStories.withColumnRenamed("cluster", "merged"), new String[] {"merged", "story"})
        .select("cluster").distinct().selectExpr("cluster", "true AS right");
    Row r = judged.join(right, new String[] {"cluster"}, "left")
        .join(sizes.withColumnRenamed("size", "moving"), "cluster")
        .join(sizes.withColumnRenamed("cluster", "merged").withColumnRenamed("size", "target"), "merged")
        .agg(expr("count(*) AS judged"), expr("count_if(right IS NULL) AS wrong"),
            expr("percentile(IF(right IS NULL, moving + target, NULL), 0.5) AS median"),
            expr("max(IF(right IS NULL, moving + target, NULL)) AS largest"))
        .first();
    long judgedMoves = r.getLong(0);
    long wrong = r.getLong(1);
    table.append(String.format(Locale.ROOT, "%-6d %8d %8d %8d %7.3f %14s %14s%n", round, moves.count(), judgedMoves,
        wrong, judgedMoves == 0 ? 0.0 : (double) wrong / judgedMoves, r.isNullAt(2) ? "-" : format(r.getDouble(2)),
        r.isNullAt(3) ? "-" : Long.toString(r.getLong(3))));
  }

  private static String format(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /** One line per round: moves, judged, wrong, their share, and the median and largest size of a wrong join. */
  String table() {
    return table.toString();
  }
}
