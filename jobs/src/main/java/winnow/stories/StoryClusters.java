package winnow.stories;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.nlp.NameKeys;
import winnow.nlp.TermStems;
import winnow.spark.JobNames;

/**
 * Event-level stories. TF-IDF vectors over the stems ({@link TermStems}) of title (counted twice), body terms and
 * names/numbers, computed as DataFrames; candidate pairs only through shared, not-too-common terms (blocking, never
 * all pairs); cosine discounted by the time between articles. Near-duplicates (and, if configured, very close pairs)
 * seed the stories (GraphX connected components); rounds of star merges (average or centroid linkage) then grow them
 * without chaining.
 */
public final class StoryClusters {
  /** Terms per article kept in its vector: enough for the cosine, bounded for the term join. */
  static final int TOP_TERMS = 40;
  /** Terms kept in a cluster's centroid: its core vocabulary, bounded so large clusters do not flood the term join. */
  static final int CENTROID_TERMS = 100;
  private static final int TITLE_WEIGHT = 2;
  /** Terms of a story's centroid that label it. */
  static final int LABEL_TERMS = 5;
  /** Terms of each text, after its headline, that choose the display form of a stem. */
  private static final int FORM_TERMS = 100;
  /** Extra count for names, places and numbers: they tell one event from another of the same kind. */
  private static final int ENTITY_WEIGHT = 1;

  /** The stems of an array of terms, as a Spark function ({@link TermStems}). */
  private static UserDefinedFunction stems() {
    return functions.udf(new TermStems(), DataTypes.createArrayType(DataTypes.StringType));
  }

  /** The docs with their terms, entities and title terms replaced by their stems. */
  static Dataset<Row> stemmed(Dataset<Row> docs) {
    UserDefinedFunction stems = stems();
    return docs.withColumn("terms", stems.apply(col("terms")))
        .withColumn("entities", stems.apply(col("entities")))
        .withColumn("title_terms", stems.apply(col("title_terms")));
  }

  private StoryClusters() {}

  /**
   * members: page_id, story_id, similarity, top_terms; labels: story_id, term, cw (mean weight in the centroid), the
   * {@value #LABEL_TERMS} heaviest terms of each story's centroid in their display forms.
   */
  public record Result(Dataset<Row> members, Dataset<Row> labels) {}

  /** Sees each merge round's moves, for diagnosis (the benchmarks' trace of wrong merges). */
  public interface MergeTrace {
    /**
     * @param round  1 for the first round
     * @param labels page_id, cluster before the round
     * @param moves  cluster, merged: each cluster that moves and the cluster it joins
     */
    void round(int round, Dataset<Row> labels, Dataset<Row> moves);
  }

  /**
   * @param docs   page_id, published_at, domain, title_terms, terms, entities
   * @param groups page_id, root: the duplicate groups, already guarded against chains ({@link DuplicateGroups})
   */
  public static Result cluster(SparkSession spark, Dataset<Row> docs, Dataset<Row> groups,
                               WinnowConfig.Stories c) {
    return cluster(spark, docs, groups, c, null);
  }

  /** The same, showing each merge round to {@code trace} unless it is null. */
  public static Result cluster(SparkSession spark, Dataset<Row> docs, Dataset<Row> groups,
                               WinnowConfig.Stories c, MergeTrace trace) {
    // Each step names its Spark jobs (the UI, event logs); the caller's description is back once the rows are built.
    try (JobNames jobs = JobNames.open(spark.sparkContext())) {
      return steps(spark, docs, groups, c, trace, jobs);
    }
  }

  private static Result steps(SparkSession spark, Dataset<Row> docs, Dataset<Row> groups, WinnowConfig.Stories c,
                              MergeTrace trace, JobNames jobs) {
    long n = docs.count();
    jobs.step("stories: term vectors");
    Dataset<Row> vectors = saved(vectors(docs, n));
    long maxDf = maxDf(c, n);
    Dataset<Row> times = docs.selectExpr("page_id", "unix_timestamp(published_at) AS t");
    // Seeds: duplicate groups, and pairs so close they cannot be two events. The groups, not the raw pairs: texts
    // built from one template chain through near-duplicate pairs across events, and one such chain seeded a story.
    Dataset<Row> seeds = closePairs(vectors, times, maxDf, c)
        .unionByName(groups.filter("page_id <> root").selectExpr("root AS a", "page_id AS b"));
    jobs.step("stories: seeds");
    Dataset<Row> labels = saved(Components.of(spark, docs, seeds).withColumnRenamed("root", "cluster"));
    jobs.step("stories: headline names");
    NameAgreement names = NameAgreement.of(docs, n, c.nameAgreement());
    Dataset<Row> sentences = null;
    if (c.sentenceWeight() > 0) {
      jobs.step("stories: sentence vectors");
      sentences = saved(SentenceVectors.of(docs));
    }
    labels = StarMerges.run(vectors, sentences, times, labels, names, maxDf, c, trace, false);
    if (c.nameKeySimilarity() < 1) {
      jobs.step("stories: name keys");
      labels = StarMerges.run(saved(keyVectors(docs, n)), null, times, labels, new NewSources(docs), maxDf,
          c.forNameKeys(), trace, true);
    }
    Dataset<Row> members = labels.join(docs.select("page_id", "published_at"), "page_id")
        .withColumn("story_id", expr("concat('st-', first(page_id) OVER (PARTITION BY cluster "
            + "ORDER BY published_at ASC NULLS LAST, page_id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))"))
        .select("page_id", "story_id");
    return withCentroidSimilarity(members, vectors, forms(docs));
  }

  /**
   * Each stem's form for display, the one the headlines and leads use most: term (the stem), form. A stem such as
   * "villag" or "харько" is no word, and analysts read the stories' terms. Headlines and the first
   * {@value #FORM_TERMS} terms of the text suffice, at a fraction of the cost of every term.
   */
  static Dataset<Row> forms(Dataset<Row> docs) {
    return docs.select(expr("concat(title_terms, slice(terms, 1, " + FORM_TERMS + ")) AS forms"))
        .select(col("forms"), stems().apply(col("forms")).as("stems"))
        .select(expr("explode(arrays_zip(stems, forms)) AS z"))
        .groupBy(expr("z.stems AS term"), expr("z.forms AS form")).agg(expr("count(*) AS uses"))
        .withColumn("rank", expr("row_number() OVER (PARTITION BY term ORDER BY uses DESC, form)"))
        .filter(col("rank").equalTo(1))
        .select("term", "form");
  }

  /**
   * Pairs of articles at least seed-similarity apart (a, b). At the default 1 that means the same term vector at the
   * same time (one headline on two outlets is too short for a near-duplicate): such articles are found by grouping on
   * a hash of vector and time, each linked to its group's smallest id, without scoring any pair. Below 1 the pairs
   * are scored.
   */
  static Dataset<Row> closePairs(Dataset<Row> vectors, Dataset<Row> times, long maxDf, WinnowConfig.Stories c) {
    if (c.seedSimilarity() < 1 - 1e-9) {
      return similarPairs(vectors.withColumnRenamed("page_id", "id"), times.withColumnRenamed("page_id", "id"), maxDf,
          c.maxPostings(), c.storyDecayDays())
          .filter(col("similarity").geq(c.seedSimilarity() - 1e-9)).select("a", "b");
    }
    return vectors.groupBy("page_id")
        .agg(expr("sha2(array_join(array_sort(collect_list(concat(term, '=', format_number(w, 9)))), ' '), 256) AS v"))
        .join(times, "page_id")
        .withColumn("a", expr("min(page_id) OVER (PARTITION BY v, t)"))
        .filter(expr("page_id <> a"))
        .selectExpr("a", "page_id AS b");
  }

  /**
   * Unit TF-IDF vectors, the heaviest terms of each article only: page_id, term, w, df.
   *
   * @param docs page_id, terms, entities, title_terms
   * @param n    number of articles (for the idf)
   */
  public static Dataset<Row> vectors(Dataset<Row> docs, long n) {
    Dataset<Row> stemmed = stemmed(docs);
    return unitVectors(stemmed.selectExpr("page_id", "explode(terms) AS term", "1 AS weight")
        .unionByName(stemmed.selectExpr("page_id", "explode(entities) AS term", ENTITY_WEIGHT + " AS weight"))
        .unionByName(stemmed.selectExpr("page_id", "explode(title_terms) AS term", TITLE_WEIGHT + " AS weight")), n);
  }

  /**
   * The same over the keys of each article's names and numbers ({@link NameKeys}), which its reports in other
   * languages and other outlets' wordings share: the name-key pass's vectors.
   */
  static Dataset<Row> keyVectors(Dataset<Row> docs, long n) {
    return unitVectors(docs.select(col("page_id"), functions.explode(functions.udf(new NameKeys(),
        DataTypes.createArrayType(DataTypes.StringType)).apply(col("entities"))).as("term"), functions.lit(1)
        .as("weight")), n);
  }

  /** @param terms page_id, term, weight: one row per use */
  private static Dataset<Row> unitVectors(Dataset<Row> terms, long n) {
    Dataset<Row> tf = terms.groupBy("page_id", "term").agg(expr("sum(weight) AS tf"));
    Dataset<Row> df = tf.groupBy("term").agg(expr("count(*) AS df"));
    // A term in one article only links nothing; leaving it out of the norm keeps cosines comparable.
    Dataset<Row> weighted = tf.join(df.filter(col("df").geq(2)), "term")
        .withColumn("w", expr("(1 + ln(tf)) * (ln((1 + " + n + ") / (1 + df)) + 1)"));
    return weighted
        .withColumn("norm", expr("sqrt(sum(w * w) OVER (PARTITION BY page_id))"))
        .withColumn("w", expr("w / norm"))
        .withColumn("rank", expr("row_number() OVER (PARTITION BY page_id ORDER BY w DESC, term)"))
        .filter(col("rank").leq(TOP_TERMS))
        .select("page_id", "term", "w", "df");
  }

  /** Terms in more articles than this link no pair (too common to tell events apart). */
  public static long maxDf(WinnowConfig.Stories c, long n) {
    return Math.max(2, (long) Math.floor(c.maxTermShare() * n));
  }

  /**
   * Computes the rows once and saves them as a reliable checkpoint (on the checkpoint folder's file system), so
   * the next round starts from files, not from a lineage that grows with every round, and a lost executor loses
   * nothing. Cached while the checkpoint is written: otherwise Spark computes the rows twice.
   */
  static Dataset<Row> saved(Dataset<Row> rows) {
    Dataset<Row> cached = rows.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return cached.checkpoint(true);
    } finally {
      cached.unpersist();
    }
  }

  /**
   * Cosine of pairs of items (articles or clusters) sharing a linking term, discounted by time. Each term links only
   * its {@code maxPostings} heaviest items: a common term would otherwise pair all of its thousands of items, and the
   * cost would grow with the square of the corpus. Such a term weighs little (low idf), so leaving it out of the
   * lighter items' sums moves their cosines little; terms with fewer items count in full.
   *
   * @param vectors id, term, w, df
   * @param times   id, t (epoch seconds)
   */
  public static Dataset<Row> similarPairs(Dataset<Row> vectors, Dataset<Row> times, long maxDf, int maxPostings,
                                          double decayDays) {
    return similarPairs(vectors, times, null, maxDf, maxPostings, decayDays);
  }

  /**
   * The pairs above with at least one item in {@code changed} (a column id), or all pairs if it is null. Postings are
   * still ranked among all items, so a changed item's pairs score as they would in a full pass.
   */
  static Dataset<Row> similarPairs(Dataset<Row> vectors, Dataset<Row> times, Dataset<Row> changed, long maxDf,
                                   int maxPostings, double decayDays) {
    Dataset<Row> postings = vectors.filter(col("df").between(2, maxDf))
        .withColumn("posting", expr("row_number() OVER (PARTITION BY term ORDER BY w DESC, id)"))
        .filter(col("posting").leq(maxPostings));
    Dataset<Row> joined;
    if (changed == null) {
      joined = postings.as("x").join(postings.as("y"),
              col("x.term").equalTo(col("y.term")).and(col("x.id").lt(col("y.id"))))
          .select(col("x.id").as("a"), col("y.id").as("b"), expr("x.w * y.w AS dot"));
    } else {
      Dataset<Row> flagged = postings.join(changed.selectExpr("id", "true AS changed"), new String[] {"id"}, "left");
      // Each pair once: a changed item with an unchanged one, or two changed items in id order.
      joined = flagged.filter(col("changed").isNotNull()).as("x").join(flagged.as("y"),
              col("x.term").equalTo(col("y.term"))
                  .and(col("y.changed").isNull().or(col("x.id").lt(col("y.id")))))
          .select(expr("least(x.id, y.id) AS a"), expr("greatest(x.id, y.id) AS b"), expr("x.w * y.w AS dot"));
    }
    return joined.groupBy("a", "b").agg(expr("sum(dot) AS cosine"))
        .join(times.withColumnRenamed("id", "a").withColumnRenamed("t", "ta"), "a")
        .join(times.withColumnRenamed("id", "b").withColumnRenamed("t", "tb"), "b")
        .withColumn("days", expr("coalesce(abs(ta - tb) / 86400.0, 0D)"))
        .withColumn("similarity", expr("cosine * exp(-days / " + decayDays + ")"));
  }

  /**
   * Each member's cosine to its story centroid and the heaviest terms it shares with it, and the centroids' heaviest
   * terms; terms shown in their display forms.
   */
  private static Result withCentroidSimilarity(Dataset<Row> members, Dataset<Row> vectors, Dataset<Row> forms) {
    Dataset<Row> memberVectors = vectors.join(members, "page_id");
    Dataset<Row> sizes = members.groupBy("story_id").agg(expr("count(*) AS size"));
    Dataset<Row> centroid = memberVectors.groupBy("story_id", "term").agg(expr("sum(w) AS cw"))
        .join(sizes, "story_id")
        .withColumn("cw", expr("cw / size"))
        .withColumn("cnorm", expr("sqrt(sum(cw * cw) OVER (PARTITION BY story_id))"))
        .select("story_id", "term", "cw", "cnorm");
    Dataset<Row> scored = memberVectors.join(centroid, new String[] {"story_id", "term"})
        .join(forms, new String[] {"term"}, "left")
        .withColumn("term", expr("coalesce(form, term)"))
        .groupBy("page_id", "story_id")
        .agg(expr("round(sum(w * cw) / first(cnorm), 6) AS similarity"),
            expr("slice(transform(array_sort(collect_list(struct(-(w * cw) AS s, term))), x -> x.term), 1, 5) "
                + "AS top_terms"));
    Dataset<Row> result = members.join(scored, new String[] {"page_id", "story_id"}, "left")
        .select(col("page_id"), col("story_id"), expr("coalesce(similarity, 1D) AS similarity"),
            expr("coalesce(top_terms, array()) AS top_terms"));
    Dataset<Row> labels = centroid
        .withColumn("rank", expr("row_number() OVER (PARTITION BY story_id ORDER BY cw DESC, term)"))
        .filter(col("rank").leq(LABEL_TERMS))
        .join(forms, new String[] {"term"}, "left")
        .select(col("story_id"), expr("coalesce(form, term) AS term"), col("cw"));
    return new Result(result, labels);
  }

}
