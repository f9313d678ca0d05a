package winnow.stories;

import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The cross-language pass's rule: only stories with no language in common merge. Within one language the full term
 * vectors have already decided; the name keys that link languages would, inside one, merge two incidents in one town.
 * An article without a detected language counts as a language of its own.
 */
final class LanguageSplit implements PairWeight {
  /** page_id, language */
  private final Dataset<Row> languages;

  /** @param docs page_id, language, … */
  LanguageSplit(Dataset<Row> docs) {
    this.languages = docs.selectExpr("page_id", "coalesce(language, 'und') AS language");
  }

  @Override
  public Dataset<Row> apply(Dataset<Row> pairs, Dataset<Row> labels) {
    Dataset<Row> clusterLanguages = labels.join(languages, "page_id").groupBy("cluster")
        .agg(expr("collect_set(language) AS languages"));
    return pairs
        .join(clusterLanguages.withColumnRenamed("cluster", "a").withColumnRenamed("languages", "la"), "a")
        .join(clusterLanguages.withColumnRenamed("cluster", "b").withColumnRenamed("languages", "lb"), "b")
        .filter(expr("NOT arrays_overlap(la, lb)"))
        .drop("la", "lb");
  }
}
