package winnow.stories;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import winnow.config.WinnowConfig;
import winnow.nlp.NameKeys;
import winnow.tables.Warehouse;

/**
 * Why two articles share (or do not share) a duplicate group and a story: the stored decisions, recomputed with the
 * stage's own code (shingles, TF-IDF vectors over the whole corpus, time decay) and set against the thresholds.
 */
public final class PairExplanation {
  private static final int EXAMPLES = 3;
  private static final int SHARED_TERMS = 8;

  private PairExplanation() {}

  public static String explain(Warehouse warehouse, WinnowConfig config, String a, String b) {
    WinnowConfig.Stories c = config.stories();
    Dataset<Row> all = warehouse.read("articles");
    Dataset<Row> articles = StoriesStage.articles(warehouse);
    StringBuilder out = new StringBuilder();
    for (String id : List.of(a, b)) {
      List<Row> r = all.filter(col("page_id").equalTo(id))
          .selectExpr("page_id", "domain", "cast(published_at AS string)", "title", "chars_content").collectAsList();
      if (r.isEmpty()) {
        throw new IllegalArgumentException("no article with page_id " + id + " in " + config.warehouse());
      }
      Row x = r.get(0);
      out.append(String.format(Locale.ROOT, "%s  %s  %s  %s  \"%s\"%n", id.equals(a) ? "A" : "B", id,
          x.getString(1), x.get(2), x.get(3)));
      if (articles.filter(col("page_id").equalTo(id)).isEmpty()) {
        return out.append(String.format(Locale.ROOT, "%s has %d characters of main text, under the %d an article "
            + "needs, and is no feed item: it takes part in no duplicate group and no story.%n", id, x.getLong(4),
            StoriesStage.MIN_ARTICLE_CHARS)).toString();
      }
    }
    Dataset<Row> docs = StoriesStage.documents(articles).persist(StorageLevel.MEMORY_AND_DISK());
    String checkpoints = StoriesStage.useCheckpoints(warehouse, config);
    try {
      duplicates(warehouse, docs, c, a, b, out);
      story(warehouse, docs, c, a, b, out);
    } finally {
      docs.unpersist();
      StoriesStage.deleteQuietly(warehouse.spark(), checkpoints);
    }
    return out.toString();
  }

  private static void duplicates(Warehouse warehouse, Dataset<Row> docs, WinnowConfig.Stories c, String a, String b,
                                 StringBuilder out) {
    Map<String, List<String>> terms = new HashMap<>();
    for (Row r : docs.filter(col("page_id").isin(a, b)).select("page_id", "terms").collectAsList()) {
      terms.put(r.getString(0), r.getList(1));
    }
    Set<String> sa = MinHasher.kgrams(terms.get(a), c.shingleSize());
    Set<String> sb = MinHasher.kgrams(terms.get(b), c.shingleSize());
    List<String> shared = new ArrayList<>(sa);
    shared.retainAll(sb);
    double jaccard = shared.isEmpty() ? 0 : shared.size() / (double) (sa.size() + sb.size() - shared.size());
    double containment = shared.isEmpty() ? 0 : shared.size() / (double) Math.min(sa.size(), sb.size());
    Map<String, Row> groups = byPage(warehouse.read("dup_groups").filter(col("page_id").isin(a, b))
        .select("page_id", "group_id", "group_size", "is_first"));
    Row ga = groups.get(a);
    Row gb = groups.get(b);
    boolean sameGroup = ga != null && gb != null && ga.getString(1).equals(gb.getString(1));
    boolean pairFound = !warehouse.read("near_duplicates")
        .filter(col("page_id_a").equalTo(a.compareTo(b) < 0 ? a : b).and(col("page_id_b").equalTo(a.compareTo(b) < 0 ? b : a)))
        .isEmpty();
    boolean copies = Math.min(sa.size(), sb.size()) >= NearDuplicates.MIN_SHINGLES
        && (jaccard >= c.duplicateJaccard() || containment >= c.duplicateContainment());
    out.append(String.format(Locale.ROOT, "%nnear-duplicates: %s%n", sameGroup
        ? "yes, both in group " + ga.getString(1) + " (" + ga.getInt(2) + " articles)"
        : "no: A in " + (ga == null ? "no group" : ga.getString(1)) + ", B in "
            + (gb == null ? "no group" : gb.getString(1))));
    out.append(String.format(Locale.ROOT, "  exact %d-word shingles: %d shared of %d (A) and %d (B); Jaccard %.3f "
            + "(threshold %.2f), containment %.3f (threshold %.2f)%n", c.shingleSize(), shared.size(), sa.size(),
        sb.size(), jaccard, c.duplicateJaccard(), containment, c.duplicateContainment()));
    if (!shared.isEmpty()) {
      out.append("  shared shingles, e.g. \"")
          .append(String.join("\", \"", shared.subList(0, Math.min(EXAMPLES, shared.size())))).append("\"\n");
    }
    String decided;
    if (Math.min(sa.size(), sb.size()) < NearDuplicates.MIN_SHINGLES) {
      decided = "a text has fewer than " + NearDuplicates.MIN_SHINGLES + " shingles: too short to call a copy";
    } else if (!copies) {
      decided = "both measures are under their thresholds";
    } else if (!pairFound) {
      decided = "the texts are copies, but MinHash banding did not propose the pair (raise minhash-bands)";
    } else if (sameGroup) {
      decided = (jaccard >= c.duplicateJaccard()
          ? String.format(Locale.ROOT, "Jaccard %.3f >= duplicate-jaccard %.2f", jaccard, c.duplicateJaccard())
          : String.format(Locale.ROOT, "containment %.3f >= duplicate-containment %.2f (the shorter text is an excerpt "
              + "of the longer)", containment, c.duplicateContainment()))
          + "; " + (ga.getBoolean(3) ? "A" : gb.getBoolean(3) ? "B" : "neither")
          + " is the group's earliest page" + (ga.getBoolean(3) || gb.getBoolean(3) ? "" : ": both copy it");
    } else {
      decided = "a verified pair, but not both verified against one group's earliest page (chaining guard)";
    }
    out.append("  decided by: ").append(decided).append('\n');
  }

  private static void story(Warehouse warehouse, Dataset<Row> docs, WinnowConfig.Stories c, String a, String b,
                            StringBuilder out) {
    long n = docs.count();
    long maxDf = StoryClusters.maxDf(c, n);
    // Terms are compared as stems, Cyrillic headline names as keys; shown in the forms the two articles use.
    Map<String, String> display = new HashMap<>();
    for (Row r : StoryClusters.forms(docs.filter(col("page_id").isin(a, b))).collectAsList()) {
      display.put(r.getString(0), r.getString(1));
      String key = NameKeys.cyrillicKey(r.getString(0));
      if (key != null) {
        display.putIfAbsent(key, r.getString(1));
      }
    }
    Compared terms = compare(StoryClusters.vectors(docs, n), docs, c, maxDf, a, b,
        t -> display.getOrDefault(t, t));
    Map<String, Row> members = byPage(warehouse.read("story_members").filter(col("page_id").isin(a, b))
        .select("page_id", "story_id", "similarity"));
    Row ma = members.get(a);
    Row mb = members.get(b);
    boolean same = ma != null && mb != null && ma.getString(1).equals(mb.getString(1));
    out.append(String.format(Locale.ROOT, "%nstory: %s%n", same ? "same story " + ma.getString(1)
        : "different stories: A in " + (ma == null ? "none" : ma.getString(1)) + ", B in "
            + (mb == null ? "none" : mb.getString(1))));
    double cosine = terms.cosine();
    double days = terms.days();
    double similarity = terms.similarity();
    // English headlines blend their sentence vectors' cosine into the score, as the term pass does (StarMerges).
    double score = cosine;
    String scored = "cosine";
    Double sentences = sentenceCosine(docs, c, a, b);
    if (sentences != null && cosine >= StarMerges.BLEND_MIN_COSINE) {
      score = ((1 - c.sentenceWeight()) * cosine + c.sentenceWeight() * sentences)
          * c.storySimilarity() / c.sentenceSimilarity();
      similarity = score * Math.exp(-days / c.storyDecayDays());
      scored = "score";
      out.append(String.format(Locale.ROOT, "  English headlines, sentence cosine %.3f: score %.3f = (%.2f x TF-IDF "
              + "cosine + %.2f x sentence cosine) x story-similarity / sentence-similarity (%.2f / %.2f)%n",
          sentences, score, 1 - c.sentenceWeight(), c.sentenceWeight(), c.storySimilarity(), c.sentenceSimilarity()));
    }
    NameAgreement.Explained names = NameAgreement.of(docs, n, c.nameAgreement())
        .explain(warehouse.spark(), a, b);
    if (names == null) {
      out.append(String.format(Locale.ROOT, "  TF-IDF cosine %.3f, %.1f days apart: similarity %.3f = %s x "
          + "exp(-days / %.0f)%n", cosine, days, similarity, scored, c.storyDecayDays()));
    } else {
      similarity *= names.weight();
      out.append(String.format(Locale.ROOT, "  TF-IDF cosine %.3f, %.1f days apart, headline names weigh %.3f: "
              + "similarity %.3f = %s x exp(-days / %.0f) x agreement ^ %.2f%n", cosine, days, names.weight(),
          similarity, scored, c.storyDecayDays(), c.nameAgreement()));
      out.append(String.format(Locale.ROOT, "  headline names: A %s (B lacks %s), B %s (A lacks %s)%n",
          shown(names.namesA(), display), shown(names.unmentionedByB(), display), shown(names.namesB(), display),
          shown(names.unmentionedByA(), display)));
    }
    out.append("  shared terms (weight product): ").append(terms.shown()).append('\n');
    double keySimilarity = nameKeys(docs, c, n, maxDf, a, b, out);
    if (ma != null && mb != null) {
      out.append(String.format(Locale.ROOT, "  similarity to their story's centre: A %.3f, B %.3f%n",
          ma.getDouble(2), mb.getDouble(2)));
    }
    String decided;
    if (same) {
      decided = similarity >= c.seedSimilarity()
          ? String.format(Locale.ROOT, "similarity %.3f >= seed-similarity %.2f: the pair starts a story together",
              similarity, c.seedSimilarity())
          : String.format(Locale.ROOT, "similarity %.3f < seed-similarity %.2f: joined through other articles "
              + "(near-duplicates, seeds, or %s-linkage merges at story-similarity %.2f)", similarity,
              c.seedSimilarity(), c.linkage(), c.storySimilarity())
          + (keySimilarity < 0 ? "" : String.format(Locale.ROOT, "; or the name-key pass: %.3f against "
              + "name-key-similarity %.2f", keySimilarity, c.nameKeySimilarity()));
    } else {
      decided = similarity < c.storySimilarity()
          ? String.format(Locale.ROOT, "similarity %.3f < story-similarity %.2f", similarity, c.storySimilarity())
          : String.format(Locale.ROOT, "similarity %.3f >= story-similarity %.2f, but their stories' %s-linkage "
              + "similarity stayed under it or each had a better partner", similarity, c.storySimilarity(),
              c.linkage());
    }
    out.append("  decided by: ").append(decided).append('\n');
  }

  /**
   * For two articles the name-key pass may merge ({@link NewSources}), when it is on: their name-key similarity, and
   * the names behind the keys they share, each in both articles' spellings. Returns the similarity, or -1 when the pass
   * does not apply.
   */
  private static double nameKeys(Dataset<Row> docs, WinnowConfig.Stories c, long n, long maxDf, String a,
                                      String b, StringBuilder out) {
    if (c.nameKeySimilarity() >= 1) {
      return -1;
    }
    if (!new NewSources(docs).allows(docs.sparkSession(), a, b)) {
      out.append("  name keys: not compared (names merge only dated articles of two languages or two outlets)\n");
      return -1;
    }
    Map<String, Row> pages = byPage(docs.filter(col("page_id").isin(a, b))
        .selectExpr("page_id", "coalesce(language, 'und')", "entities", "domain"));
    Row pa = pages.get(a);
    Row pb = pages.get(b);
    Map<String, String> spellA = spellings(pa);
    Map<String, String> spellB = spellings(pb);
    Compared keys = compare(StoryClusters.keyVectors(docs, n), docs, c, maxDf, a, b,
        k -> spellA.get(k) + " = " + spellB.get(k));
    out.append(String.format(Locale.ROOT, "  name keys (%s %s, %s %s): cosine %.3f, similarity %.3f with "
            + "the time decay (name-key-similarity %.2f); shared names: %s%n", pa.getString(1), pa.getString(3),
        pb.getString(1), pb.getString(3), keys.cosine(), keys.similarity(), c.nameKeySimilarity(), keys.shown()));
    return keys.similarity();
  }

  /**
   * Two articles compared on their unit vectors: cosine, days apart and similarity as the stage computes them, and the
   * {@value #SHARED_TERMS} shared terms of largest weight product, each written by {@code show}.
   */
  /** The cosine of the two headlines' sentence vectors, or null unless both are English and the pass uses them. */
  private static Double sentenceCosine(Dataset<Row> docs, WinnowConfig.Stories c, String a, String b) {
    if (c.sentenceWeight() <= 0) {
      return null;
    }
    List<Row> rows = SentenceVectors.of(docs.filter(col("page_id").isin(a, b))).collectAsList();
    if (rows.size() < 2) {
      return null;
    }
    return SentenceVectors.dot(rows.get(0).getAs("e"), rows.get(1).getAs("e"));
  }

  private record Compared(double cosine, double days, double similarity, String shown) {}

  /** @param vectors page_id, term, w, df over the whole corpus (the idf needs it); only a's and b's rows are kept */
  private static Compared compare(Dataset<Row> vectors, Dataset<Row> docs, WinnowConfig.Stories c, long maxDf,
                                  String a, String b, Function<String, String> show) {
    Dataset<Row> pair = vectors.filter(col("page_id").isin(a, b)).persist(StorageLevel.MEMORY_ONLY());
    try {
      List<Row> scored = StoryClusters.similarPairs(pair.withColumnRenamed("page_id", "id"),
          docs.filter(col("page_id").isin(a, b)).selectExpr("page_id AS id", "unix_timestamp(published_at) AS t"),
          maxDf, c.maxPostings(), c.storyDecayDays()).select("cosine", "days", "similarity").collectAsList();
      Map<String, Map<String, Double>> weights = new HashMap<>();
      for (Row r : pair.filter(col("df").between(2, maxDf)).select("page_id", "term", "w").collectAsList()) {
        weights.computeIfAbsent(r.getString(0), k -> new HashMap<>()).put(r.getString(1), r.getDouble(2));
      }
      Map<String, Double> wa = weights.getOrDefault(a, Map.of());
      Map<String, Double> wb = weights.getOrDefault(b, Map.of());
      List<String> shared = wa.keySet().stream().filter(wb::containsKey)
          .sorted((x, y) -> Double.compare(wa.get(y) * wb.get(y), wa.get(x) * wb.get(x)))
          .limit(SHARED_TERMS)
          .map(t -> String.format(Locale.ROOT, "%s %.3f", show.apply(t), wa.get(t) * wb.get(t))).toList();
      Row r = scored.isEmpty() ? null : scored.get(0);
      return new Compared(r == null ? 0 : r.getDouble(0), r == null ? 0 : r.getDouble(1),
          r == null ? 0 : r.getDouble(2), shared.isEmpty() ? "none" : String.join(", ", shared));
    } finally {
      pair.unpersist();
    }
  }

  /** Each name key of an article and the spelling it uses most for it. */
  private static Map<String, String> spellings(Row page) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Object o : page.getList(2)) {
      String name = (String) o;
      String key = NameKeys.key(name);
      if (key != null) {
        counts.computeIfAbsent(key, k -> new HashMap<>()).merge(name, 1, Integer::sum);
      }
    }
    Map<String, String> out = new HashMap<>();
    counts.forEach((k, v) -> out.put(k, v.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
            Comparator.reverseOrder())))
        .orElseThrow().getKey()));
    return out;
  }

  private static List<String> shown(List<String> stems, Map<String, String> display) {
    return stems.stream().map(t -> display.getOrDefault(t, t)).toList();
  }

  private static Map<String, Row> byPage(Dataset<Row> rows) {
    Map<String, Row> out = new HashMap<>();
    for (Row r : rows.collectAsList()) {
      out.put(r.getString(0), r);
    }
    return out;
  }
}
