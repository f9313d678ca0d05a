package winnow.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import winnow.nlp.DateTerms;
import winnow.nlp.NameKeys;

/**
 * Whether two stories name the same things in their headlines. An article's headline names are the title terms its
 * text writes capitalised or as numbers and the corpus mostly does (people, places, organisations, dates, counts); the
 * agreement of two stories is the smaller of the two shares of one story's headline names that the other's articles
 * mention anywhere, each name weighed by its idf and both sides by their members ({@link #apply}).
 * Reports of two incidents of one kind (a strike on Brest and one on Gomel; the forecast for the 8th and for the 18th)
 * share most of their words but not these names, while two outlets' reports of one event do. Story similarity is
 * multiplied by the agreement raised to {@code stories.name-agreement}, so a conflict weighs rather than vetoes.
 */
final class NameAgreement implements PairWeight {
  /**
   * A name in at least this share of one outlet's headlines is the outlet's own ("… | Kyiv Monitor"), not a story's;
   * only outlets with at least {@value #SITE_MIN_ARTICLES} articles are judged.
   */
  static final double SITE_TITLE_SHARE = 0.5;
  static final int SITE_MIN_ARTICLES = 3;
  /** Share of a term's uses written capitalised (or as a number) for it to be a name. */
  static final double NAME_CAPITALISED = 0.5;
  /** A cluster's names, its most shared first: the rest are each in few of its headlines and weigh little. */
  static final int CLUSTER_NAMES = 30;

  /**
   * page_id, names (its headline names, stemmed like the term vectors; Cyrillic ones as their {@link NameKeys}),
   * mentions (the terms of its text and title that are some article's headline name).
   */
  private final Dataset<Row> pages;
  /** name, idf: a name that most articles mention (Ukraine, Russia) says little about which event two stories are. */
  private final Dataset<Row> idf;
  private final double exponent;

  private NameAgreement(Dataset<Row> pages, Dataset<Row> idf, double exponent) {
    this.pages = pages;
    this.idf = idf;
    this.exponent = exponent;
  }

  /**
   * @param docs     page_id, domain, title_terms, terms, entities
   * @param n        number of docs (for the names' idf)
   * @param exponent stories.name-agreement; 0 turns the agreement off (every pair agrees)
   */
  static NameAgreement of(Dataset<Row> docs, long n, double exponent) {
    if (exponent == 0) {
      return new NameAgreement(null, null, 0);
    }
    // A day and month are one name (DateTerms), written like one wherever a text has it. Cyrillic stems become
    // name keys: the six-letter cut leaves a short name's cases apart ("пскова" in a headline, "псков" in its text),
    // and the names are only ever compared with each other.
    UserDefinedFunction keys = functions.udf(NameKeys.cyrillicOnly(), DataTypes.createArrayType(DataTypes.StringType));
    UserDefinedFunction dates = functions.udf(new DateTerms(), DataTypes.createArrayType(DataTypes.StringType));
    Dataset<Row> stemmed = StoryClusters.stemmed(docs)
        .withColumn("terms", dates.apply(col("terms")))
        .withColumn("entities", functions.concat(col("entities"), expr(DateTerms.datesIn("terms"))))
        .withColumn("title_terms", keys.apply(dates.apply(col("title_terms"))))
        .withColumn("entities", keys.apply(col("entities")))
        .withColumn("terms", keys.apply(col("terms")));
    Dataset<Row> candidates = stemmed.selectExpr("page_id", "domain",
        "explode(array_intersect(title_terms, entities)) AS name");
    // A word capitalised only where a sentence starts ("Grain ships left…") is no name: a name is written capitalised
    // (or is a number) in most of the places the corpus uses it. Only the headline terms are counted.
    Dataset<Row> written = stemmed.selectExpr("explode(terms) AS name", "0 AS capital")
        .unionByName(stemmed.selectExpr("explode(entities) AS name", "1 AS capital"))
        .join(candidates.select("name").distinct(), new String[] {"name"}, "left_semi")
        .groupBy("name").agg(expr("sum(capital) / nullif(count(*) - sum(capital), 0) AS capitalised"))
        .filter(col("capitalised").geq(NAME_CAPITALISED)).select("name");
    Dataset<Row> titleNames = candidates.join(written, new String[] {"name"}, "left_semi").persist();
    Dataset<Row> outlets = docs.groupBy("domain").agg(expr("count(*) AS articles"))
        .filter(col("articles").geq(SITE_MIN_ARTICLES));
    Dataset<Row> siteNames = titleNames.groupBy("domain", "name").agg(expr("count(*) AS headlines"))
        .join(outlets, "domain")
        .filter(expr("headlines >= " + SITE_TITLE_SHARE + " * articles"));
    Dataset<Row> names = titleNames.join(siteNames, new String[] {"domain", "name"}, "left_anti")
        .select("page_id", "name");
    Dataset<Row> mentions = stemmed
        .selectExpr("page_id", "explode(array_distinct(concat(terms, title_terms))) AS term")
        .join(names.selectExpr("name AS term").distinct(), new String[] {"term"}, "left_semi")
        .groupBy("page_id").agg(expr("collect_list(term) AS mentions"));
    // Every page with names mentions them; a page without names can still mention others'.
    Dataset<Row> pages = StoryClusters.saved(mentions.join(
        names.groupBy("page_id").agg(expr("collect_list(name) AS names")), new String[] {"page_id"}, "left"));
    titleNames.unpersist();
    Dataset<Row> idf = StoryClusters.saved(pages.selectExpr("explode(mentions) AS name").groupBy("name")
        .agg(expr("ln((1D + " + n + ") / (1D + count(*))) AS idf")));
    return new NameAgreement(pages, idf, exponent);
  }

  /**
   * The pairs with their similarity multiplied by the agreement of their two clusters raised to the exponent.
   *
   * <p>A cluster's names are weighed by the share of its members whose headline carries them, and a name counts as
   * mentioned by the other cluster in the share of that cluster's members that mention it. The share of one
   * cluster's names the other mentions is then the mean, over a member of each, of one article's names the other
   * article mentions; for two single articles it is the plain share. Pooling the members' names and mentions
   * instead lets a large cluster mention everything (one article names one town, another the next), so every
   * incident of one kind joined it. A cluster without headline names asks nothing of the other.
   *
   * @param pairs  a, b (cluster ids), similarity, …
   * @param labels page_id, cluster
   */
  @Override
  public Dataset<Row> apply(Dataset<Row> pairs, Dataset<Row> labels) {
    if (exponent == 0) {
      return pairs;
    }
    Dataset<Row> involved = pairs.selectExpr("a AS cluster").union(pairs.selectExpr("b AS cluster")).distinct();
    Dataset<Row> members = labels.join(involved, "cluster").join(pages, "page_id")
        .withColumn("size", expr("count(*) OVER (PARTITION BY cluster)"));
    Dataset<Row> nameWeights = members.selectExpr("cluster", "size", "explode(names) AS name")
        .groupBy("cluster", "name").agg(expr("count(*) / first(size) AS share"))
        .join(idf, "name").withColumn("f", expr("share * idf")).drop("share", "idf")
        .withColumn("rank", expr("row_number() OVER (PARTITION BY cluster ORDER BY f DESC, name)"))
        .filter(col("rank").leq(CLUSTER_NAMES)).drop("rank");
    Dataset<Row> mentionWeights = members.selectExpr("cluster", "size", "explode(mentions) AS name")
        .join(nameWeights.select("name").distinct(), "name")
        .groupBy("cluster", "name").agg(expr("count(*) / first(size) AS g"));
    Dataset<Row> directed = pairs.selectExpr("a", "b", "a AS namer", "b AS reader")
        .union(pairs.selectExpr("a", "b", "b AS namer", "a AS reader"));
    Dataset<Row> shares = directed
        .join(nameWeights.withColumnRenamed("cluster", "namer"), "namer")
        .join(mentionWeights.withColumnRenamed("cluster", "reader"), new String[] {"reader", "name"}, "left")
        .groupBy("a", "b", "namer").agg(expr("sum(f * coalesce(g, 0D)) / nullif(sum(f), 0D) AS share"))
        .groupBy("a", "b").agg(expr("min(share) AS agreement"));
    return pairs.join(shares, new String[] {"a", "b"}, "left")
        .withColumn("similarity", expr("similarity * pow(coalesce(agreement, 1D), " + exponent + ")"))
        .drop("agreement");
  }

  /** Two articles' headline names, those of each the other does not mention, and the weight of their similarity. */
  record Explained(List<String> namesA, List<String> unmentionedByB, List<String> namesB, List<String> unmentionedByA,
                   double weight) {}

  /**
   * For {@code bin/winnow explain}: the two articles' names, and the weight the merges would give their similarity
   * (computed by {@link #apply}, each article a cluster of its own); null when switched off.
   */
  Explained explain(SparkSession spark, String a, String b) {
    if (exponent == 0) {
      return null;
    }
    Map<String, List<String>> names = new HashMap<>();
    Map<String, List<String>> mentions = new HashMap<>();
    for (Row r : pages.filter(col("page_id").isin(a, b)).collectAsList()) {
      names.put(r.getAs("page_id"), r.isNullAt(r.fieldIndex("names")) ? List.of() : r.getList(r.fieldIndex("names")));
      mentions.put(r.getAs("page_id"), r.getList(r.fieldIndex("mentions")));
    }
    StructType pairSchema = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType)
        .add("similarity", DataTypes.DoubleType);
    StructType labelSchema = new StructType().add("page_id", DataTypes.StringType)
        .add("cluster", DataTypes.StringType);
    double weight = apply(spark.createDataFrame(List.of(RowFactory.create(a, b, 1.0)), pairSchema),
        spark.createDataFrame(List.of(RowFactory.create(a, a), RowFactory.create(b, b)), labelSchema))
        .first().getAs("similarity");
    List<String> na = names.getOrDefault(a, List.of());
    List<String> nb = names.getOrDefault(b, List.of());
    return new Explained(na.stream().sorted().toList(), unmentioned(na, mentions.get(b)),
        nb.stream().sorted().toList(), unmentioned(nb, mentions.get(a)), weight);
  }

  private static List<String> unmentioned(List<String> names, List<String> mentions) {
    return names.stream().filter(x -> mentions == null || !mentions.contains(x)).sorted().toList();
  }
}
