package winnow.stories;

import static org.apache.spark.sql.functions.expr;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The name-key pass's rule: two stories merge on their names and numbers only when both are dated and each brings
 * sources the other lacks: no language in common (reports in two languages share no words, only names), or no outlet
 * in common (outlets word one event differently, and the time decay keeps apart two incidents in one town on
 * different days). Undated stories never merge here: with no time to weigh, names do not tell one event from the
 * next (on the tgcontest pairs' undated documents all seven stories this pass joined across languages were wrong:
 * Trump's health check and a leak about Trump, a 75% sale and a pension from 75). Within one language and outlet, the
 * full term vectors have already decided. An article without a detected language counts as a language of its own.
 */
final class NewSources implements PairWeight {
  /** page_id, language, domain, dated */
  private final Dataset<Row> pages;

  /** @param docs page_id, language, domain, published_at, … */
  NewSources(Dataset<Row> docs) {
    this.pages = docs.selectExpr("page_id", "coalesce(language, 'und') AS language", "domain",
        "published_at IS NOT NULL AS dated");
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> pairs, Dataset<Row> labels) {
    // Only the clusters of the pairs: a round's pairs are few beside all the stories.
    Dataset<Row> involved = pairs.selectExpr("a AS cluster").union(pairs.selectExpr("b AS cluster")).distinct();
    Dataset<Row> sources = labels.join(involved, "cluster").join(pages, "page_id").groupBy("cluster")
        .agg(expr("collect_set(language) AS languages"), expr("collect_set(domain) AS outlets"),
            expr("bool_and(dated) AS dated"));
    return pairs
        .join(sources.selectExpr("cluster AS a", "languages AS la", "outlets AS oa", "dated AS da"), "a")
        .join(sources.selectExpr("cluster AS b", "languages AS lb", "outlets AS ob", "dated AS db"), "b")
        .filter(expr("da AND db AND (NOT arrays_overlap(la, lb) OR NOT arrays_overlap(oa, ob))"))
        .drop("la", "lb", "oa", "ob", "da", "db");
  }

  /** For {@code bin/winnow explain}: whether the rule lets two articles merge, each a story of its own. */
  boolean allows(SparkSession spark, String a, String b) {
    StructType pairSchema = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
    StructType labelSchema = new StructType().add("page_id", DataTypes.StringType)
        .add("cluster", DataTypes.StringType);
    return !apply(spark.createDataFrame(List.of(RowFactory.create(a, b)), pairSchema),
        spark.createDataFrame(List.of(RowFactory.create(a, a), RowFactory.create(b, b)), labelSchema)).isEmpty();
  }
}
