package winnow.stories;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import winnow.config.WinnowConfig;
import winnow.spark.JobNames;

/**
 * Rounds of star merges that grow the seeded clusters into stories. Each round, each cluster proposes the cluster
 * most similar to it (average or centroid linkage, discounted by time) above the threshold; mutual proposals merge,
 * and a cluster whose choice stays put joins it. A cluster whose choice is itself moving waits for the next round, so
 * a round builds stars, never chains: every cluster that joins is above the threshold to the one it joins.
 *
 * <p>Only what a round changed is scored again: the clusters that grew get new centroids and are re-paired with
 * every cluster, the clusters that merged away drop out, and the scores between untouched clusters are kept. The
 * first round scores every cluster pair; later rounds cost in proportion to the merges of the round before, which
 * fall off fast.
 */
final class StarMerges {
  private StarMerges() {}

  /**
   * A pass ends after {@code mergeRounds} rounds, or after a round that moved fewer than {@code minRoundMoves} of the
   * clusters the pass started with: the rounds' cost is mostly fixed (dozens of small Spark jobs each), and the last
   * few moves of a long tail buy little.
   *
   * @param vectors page_id, term, w, df (unit vectors)
   * @param times   page_id, t (epoch seconds)
   * @param labels  page_id, cluster (the seeds)
   * @param sentences page_id, e: the articles' sentence vectors ({@link SentenceVectors}), blended into the cluster
   *                pairs' similarity by {@code stories.sentence-weight}; null for terms only
   * @param weight  what weighs each cluster pair's similarity (the headline names; the languages)
   * @param trace   sees each round's moves; null for none
   * @param pairsOnly merge mutual proposals only, so a round joins clusters two by two: the weight then holds for
   *                every cluster a round builds, not only for each pair in it (two clusters in one language cannot
   *                join a third in another at once)
   * @return page_id, cluster after the rounds
   */
  static Dataset<Row> run(Dataset<Row> vectors, Dataset<Row> sentences, Dataset<Row> times, Dataset<Row> labels,
                          PairWeight weight, long maxDf, WinnowConfig.Stories c, StoryClusters.MergeTrace trace,
                          boolean pairsOnly) {
    // Each round's steps are named in the Spark UI, where a long run's rounds are otherwise dozens of anonymous
    // checkpoint jobs.
    try (JobNames jobs = JobNames.open(vectors.sparkSession().sparkContext())) {
      return rounds(vectors, sentences, times, labels, weight, maxDf, c, trace, pairsOnly, jobs);
    }
  }

  private static Dataset<Row> rounds(Dataset<Row> vectors, Dataset<Row> sentences, Dataset<Row> times,
                                     Dataset<Row> labels, PairWeight weight, long maxDf, WinnowConfig.Stories c,
                                     StoryClusters.MergeTrace trace, boolean pairsOnly, JobNames jobs) {
    String pass = pairsOnly ? "stories, name-key pass" : "stories, term pass";
    jobs.step(pass + ": first scoring");
    Dataset<Row> centroids = StoryClusters.saved(centroids(vectors, labels, c.linkage()));
    Dataset<Row> meanings = sentences == null ? null
        : StoryClusters.saved(SentenceVectors.centroids(sentences, labels, c.linkage()));
    Dataset<Row> clusterTimes = StoryClusters.saved(clusterTimes(times, labels));
    Dataset<Row> scored = StoryClusters.saved(scored(centroids, meanings, clusterTimes, null, labels, weight, maxDf,
        c));
    long fewMoves = (long) Math.ceil(c.minRoundMoves() * clusterTimes.count());
    for (int round = 0; round < c.mergeRounds(); round++) {
      String at = pass + ", round " + (round + 1) + ": ";
      jobs.step(at + "proposals");
      Dataset<Row> merges = StoryClusters.saved(proposals(scored, pairsOnly));
      long moves = merges.count();
      if (moves == 0) {
        break;
      }
      if (trace != null) {
        trace.round(round + 1, labels, merges);
      }
      jobs.step(at + "labels");
      labels = StoryClusters.saved(labels.join(merges, "cluster", "left")
          .select(col("page_id"), coalesce(col("merged"), col("cluster")).as("cluster")));
      if (round == c.mergeRounds() - 1 || moves < fewMoves) {
        break;
      }
      Dataset<Row> grown = merges.selectExpr("merged AS id").distinct();
      Dataset<Row> touched = merges.selectExpr("cluster AS id").unionByName(grown);
      Dataset<Row> grownLabels = labels.join(grown.withColumnRenamed("id", "cluster"), "cluster");
      jobs.step(at + "centroids");
      centroids = StoryClusters.saved(centroids.join(touched, new String[] {"id"}, "left_anti")
          .unionByName(centroids(vectors, grownLabels, c.linkage())));
      if (meanings != null) {
        meanings = StoryClusters.saved(meanings.join(touched, new String[] {"id"}, "left_anti")
            .unionByName(SentenceVectors.centroids(sentences, grownLabels, c.linkage())));
      }
      jobs.step(at + "times");
      clusterTimes = StoryClusters.saved(clusterTimes.join(touched, new String[] {"id"}, "left_anti")
          .unionByName(clusterTimes(times, grownLabels)));
      jobs.step(at + "scores");
      scored = StoryClusters.saved(scored
          .join(touched.withColumnRenamed("id", "a"), new String[] {"a"}, "left_anti")
          .join(touched.withColumnRenamed("id", "b"), new String[] {"b"}, "left_anti")
          .unionByName(scored(centroids, meanings, clusterTimes, grown, labels, weight, maxDf, c)));
    }
    return labels;
  }

  /**
   * Cluster centroids, the heaviest terms only: id, term, w, df. The mean of unit vectors: two means' dot product is
   * the average pairwise cosine (average linkage); normalised, it is the cosine of the centroids (centroid linkage).
   */
  private static Dataset<Row> centroids(Dataset<Row> vectors, Dataset<Row> labels, String linkage) {
    Dataset<Row> sizes = labels.groupBy("cluster").agg(expr("count(*) AS size"));
    return vectors.join(labels, "page_id")
        .groupBy("cluster", "term").agg(expr("sum(w) AS w"), expr("max(df) AS df"))
        .join(sizes, "cluster")
        .withColumn("w", expr("centroid".equals(linkage) ? "w / sqrt(sum(w * w) OVER (PARTITION BY cluster))"
            : "w / size"))
        .withColumn("rank", expr("row_number() OVER (PARTITION BY cluster ORDER BY w DESC, term)"))
        .filter(col("rank").leq(StoryClusters.CENTROID_TERMS))
        .selectExpr("cluster AS id", "term", "w", "df");
  }

  private static Dataset<Row> clusterTimes(Dataset<Row> times, Dataset<Row> labels) {
    return times.join(labels, "page_id").groupBy("cluster").agg(expr("avg(t) AS t")).withColumnRenamed("cluster", "id");
  }

  /**
   * Cluster pairs above the story threshold, weighed (by their headline names, or languages): a, b, similarity; only
   * pairs with a changed cluster unless null. The weight is looked up for the pairs above the threshold only (it is at
   * most 1), so the lookup costs in proportion to the pairs that could merge.
   */
  private static Dataset<Row> scored(Dataset<Row> centroids, Dataset<Row> meanings, Dataset<Row> clusterTimes,
                                     Dataset<Row> changed, Dataset<Row> labels, PairWeight weight, long maxDf,
                                     WinnowConfig.Stories c) {
    Dataset<Row> pairs = StoryClusters.similarPairs(centroids, clusterTimes, changed, maxDf, c.maxPostings(),
        c.storyDecayDays());
    Dataset<Row> candidates = (meanings == null ? pairs : blended(pairs, meanings, c))
        .filter(col("similarity").geq(c.storySimilarity()))
        .select("a", "b", "similarity");
    return weight.apply(candidates, labels).filter(col("similarity").geq(c.storySimilarity()));
  }

  /**
   * Below this term cosine a pair is not blended: headlines that share almost no term are rarely one event, and the
   * vector join costs in proportion to the pairs that reach it.
   */
  static final double BLEND_MIN_COSINE = 0.1;

  /**
   * The pairs' similarity with their sentence vectors' cosine blended in, where both clusters have one: (1 - w) x term
   * cosine + w x sentence cosine, discounted by time as the term cosine is, and put on the term scale: a blend of
   * {@code sentence-similarity} counts as {@code story-similarity}, so one threshold and one ranking serve pairs of
   * both kinds.
   */
  private static Dataset<Row> blended(Dataset<Row> pairs, Dataset<Row> meanings, WinnowConfig.Stories c) {
    double w = c.sentenceWeight();
    double scale = c.storySimilarity() / c.sentenceSimilarity();
    // A pair under the floor keeps its term similarity; it goes on only if that can reach the threshold.
    return pairs.filter(col("cosine").geq(BLEND_MIN_COSINE).or(col("similarity").geq(c.storySimilarity())))
        .join(meanings.selectExpr("id AS a", "e AS ea"), new String[] {"a"}, "left")
        .join(meanings.selectExpr("id AS b", "e AS eb"), new String[] {"b"}, "left")
        .withColumn("sentences", SentenceVectors.dotFunction().apply(col("ea"), col("eb")))
        .withColumn("similarity", expr("CASE WHEN sentences IS NULL OR cosine < " + BLEND_MIN_COSINE
            + " THEN similarity ELSE (" + (1 - w) + " * cosine + " + w + " * sentences) * exp(-days / "
            + c.storyDecayDays() + ") * " + scale + " END"))
        .drop("ea", "eb", "sentences");
  }

  /**
   * One round's moves from the scored pairs.
   *
   * @return cluster, merged (the cluster it now belongs to), for the clusters that move
   */
  static Dataset<Row> proposals(Dataset<Row> scored, boolean pairsOnly) {
    Dataset<Row> best = scored.selectExpr("a AS id", "b AS partner", "similarity")
        .unionByName(scored.selectExpr("b AS id", "a AS partner", "similarity"))
        .withColumn("rank", expr("row_number() OVER (PARTITION BY id ORDER BY similarity DESC, partner)"))
        .filter(col("rank").equalTo(1)).select("id", "partner");
    // Where each proposing cluster ends up if it stays put or pairs up: a mutual pair under its smaller id.
    Dataset<Row> resolved = best.as("p").join(best.as("q"), col("p.partner").equalTo(col("q.id")), "left")
        .select(col("p.id").as("id"), col("p.partner").as("partner"),
            expr("q.partner <=> p.id AS mutual"));
    Dataset<Row> mutual = resolved.filter(col("mutual"))
        .selectExpr("id", "least(id, partner) AS label");
    if (pairsOnly) {
      return mutual.filter(expr("id <> label")).selectExpr("id AS cluster", "label AS merged");
    }
    Dataset<Row> leaves = resolved.filter(expr("NOT mutual")).select("id", "partner")
        .join(best.selectExpr("id AS partner", "true AS partner_moves"), new String[] {"partner"}, "left")
        .join(mutual.selectExpr("id AS partner", "label AS partner_label"), new String[] {"partner"}, "left")
        // The target stays put, or pairs up this round: join it; if it moves elsewhere, wait.
        .filter(expr("partner_moves IS NULL OR partner_label IS NOT NULL"))
        .selectExpr("id", "coalesce(partner_label, partner) AS label");
    return mutual.unionByName(leaves).filter(expr("id <> label")).selectExpr("id AS cluster", "label AS merged");
  }
}
