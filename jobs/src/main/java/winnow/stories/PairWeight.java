package winnow.stories;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** What a merge pass asks of a cluster pair beyond its similarity: a weight in [0, 1] on it ({@link StarMerges}). */
interface PairWeight {
  /**
   * @param pairs  a, b (cluster ids), similarity, …
   * @param labels page_id, cluster
   * @return the pairs with their similarity weighed; a pair may be left out, which is weight 0
   */
  Dataset<Row> apply(Dataset<Row> pairs, Dataset<Row> labels);
}
