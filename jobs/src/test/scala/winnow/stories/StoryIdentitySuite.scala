package winnow.stories

import java.sql.Timestamp

import org.apache.spark.sql.{DataFrame, Row}
import org.apache.spark.sql.types.{StringType, StructType, TimestampType}
import org.scalatest.funsuite.AnyFunSuite
import winnow.SharedSpark

import scala.collection.JavaConverters._

/**
 * Duplicate groups without chaining, candidate pairs bounded per term, and story ids carried across runs with their
 * events, on constructed cases.
 */
class StoryIdentitySuite extends AnyFunSuite with SharedSpark {
  private def id(n: Int): String = f"$n%016x"

  private def assignments(rows: (Int, String)*): DataFrame = {
    val schema = new StructType().add("page_id", StringType).add("story_id", StringType)
    spark.createDataFrame(rows.map { case (p, s) => Row(id(p), s) }.asJava, schema)
  }

  test("a chain of copies A~B, B~C with A and C unrelated is not one duplicate group") {
    spark.sparkContext.setCheckpointDir(tempDir("winnow-checkpoints").toString)
    val docSchema = new StructType().add("page_id", StringType).add("domain", StringType)
      .add("published_at", TimestampType)
    val docs = spark.createDataFrame((1 to 6).map(n =>
      Row(id(n), s"outlet$n.example", Timestamp.valueOf(s"2022-11-1$n 08:00:00"))).asJava, docSchema)
    val pairSchema = new StructType().add("page_id_a", StringType).add("page_id_b", StringType)
    // 1~2~3 is a chain (1 and 3 unrelated); 4 is copied by 5 and 6, which also resemble each other.
    val pairs = spark.createDataFrame(Seq((1, 2), (2, 3), (4, 5), (4, 6), (5, 6))
      .map { case (a, b) => Row(id(a), id(b)) }.asJava, pairSchema)
    val groups = DuplicateGroups.of(spark, docs, pairs).collect()
      .map(r => r.getAs[String]("page_id") -> (r.getAs[String]("group_id"), r.getAs[Boolean]("is_first"))).toMap
    assert(groups(id(1))._1 == groups(id(2))._1, "a copy of the original stays with it")
    assert(groups(id(3))._1 != groups(id(1))._1, "the far end of the chain must not join the original's group")
    assert(groups(id(3))._1 == "dg-" + id(3))
    assert(Set(5, 6).forall(n => groups(id(n))._1 == groups(id(4))._1) && groups(id(4))._1 == "dg-" + id(4))
    assert(groups(id(1))._2 && groups(id(4))._2 && !groups(id(5))._2)
  }

  test("a common term links only its heaviest items; a rarer term still links all of its items") {
    val vectorSchema = new StructType().add("id", StringType).add("term", StringType)
      .add("w", "double").add("df", "long")
    // 'kyiv' is on four items, 'dam' on two; with two postings a term, kyiv pairs only its two heaviest items.
    val vectors = spark.createDataFrame(Seq(
      Row(id(1), "kyiv", 0.9, 4L), Row(id(2), "kyiv", 0.8, 4L), Row(id(3), "kyiv", 0.7, 4L), Row(id(4), "kyiv", 0.6, 4L),
      Row(id(3), "dam", 0.5, 2L), Row(id(4), "dam", 0.5, 2L)).asJava, vectorSchema)
    val times = spark.createDataFrame((1 to 4).map(n => Row(id(n), 1668988800L)).asJava,
      new StructType().add("id", StringType).add("t", "long"))
    def pairs(maxPostings: Int): Map[(String, String), Double] =
      StoryClusters.similarPairs(vectors, times, 10, maxPostings, 10.0).collect()
        .map(r => (r.getAs[String]("a"), r.getAs[String]("b")) -> r.getAs[Double]("cosine")).toMap
    val capped = pairs(2)
    assert(capped.keySet == Set((id(1), id(2)), (id(3), id(4))), capped)
    assert(math.abs(capped((id(1), id(2))) - 0.72) < 1e-9 && math.abs(capped((id(3), id(4))) - 0.25) < 1e-9, capped)
    val all = pairs(100)
    assert(all.size == 6 && math.abs(all((id(3), id(4))) - 0.67) < 1e-9, all)
  }

  test("a band bucket shared by more than max-bucket articles pairs its members with its first page only") {
    val schema = new StructType().add("page_id", StringType).add("terms", org.apache.spark.sql.types.ArrayType(StringType))
    val text = "drones hit the plant overnight and cut power to thousands of homes across the region".split(" ").toSeq
    val other = "grain ships left the port under the export deal with three more vessels waiting offshore".split(" ")
      .toSeq
    // three copies of one text, two of another
    val terms = spark.createDataFrame((Seq(1, 2, 3).map(n => Row(id(n), text.asJava)) ++
      Seq(4, 5).map(n => Row(id(n), other.asJava))).asJava, schema)
    def pairs(maxBucket: Int): Set[(String, String)] = {
      val c = new winnow.config.WinnowConfig.Stories(3, 32, 2, maxBucket, 0.5, 0.6, 0.3, 1.0, 10, 10.0, 0.2, 200,
        "centroid", 0.0, 1.0, 3, 0.0, 0.0, 0.4)
      NearDuplicates.pairs(spark, terms, c).collect().map(r => (r.getString(0), r.getString(1))).toSet
    }
    assert(pairs(500) == Set((id(1), id(2)), (id(1), id(3)), (id(2), id(3)), (id(4), id(5))))
    // the three copies fill buckets of 3 > 2: a star around the first, so they still form one group
    assert(pairs(2) == Set((id(1), id(2)), (id(1), id(3)), (id(4), id(5))))
  }

  test("a bucket verifies each pair of its members by exact Jaccard or containment, smaller page id first") {
    def member(n: Int, shingles: Long*): Row = Row(id(n), shingles.map(Long.box))
    // 2 is an excerpt of 1 (3 of 4 shared: containment 1, Jaccard 0.75); 3 shares 2 of its 5 with 1 (0.5, 0.29)
    val bucket = Row(Seq(member(2, 2L, 3L, 4L), member(1, 1L, 2L, 3L, 4L), member(3, 1L, 4L, 7L, 8L, 9L)))
    def verified(jaccard: Double, containment: Double): Set[(String, String, Double, Double, Int)] =
      new VerifyBucket(jaccard, containment).call(bucket).asScala.map(r =>
        (r.getString(0), r.getString(1), r.getDouble(2), r.getDouble(3), r.getInt(4))).toSet
    assert(verified(0.7, 0.9) == Set((id(1), id(2), 0.75, 1.0, 3)))
    assert(verified(0.7, 0.5) == Set((id(1), id(2), 0.75, 1.0, 3), (id(1), id(3), 2.0 / 7, 0.5, 2)))
    assert(verified(0.9, 1.1).isEmpty)
  }

  /** Articles 1..n published at one moment, each in a cluster of its own: times and labels for StarMerges. */
  private def sameDayOwnClusters(n: Int): (DataFrame, DataFrame) = (
    spark.createDataFrame((1 to n).map(k => Row(id(k), 1668988800L)).asJava,
      new StructType().add("page_id", StringType).add("t", "long")),
    spark.createDataFrame((1 to n).map(k => Row(id(k), id(k))).asJava,
      new StructType().add("page_id", StringType).add("cluster", StringType)))

  test("English headlines that share one term join on their meaning with sentence-weight, and not on the term alone") {
    spark.sparkContext.setCheckpointDir(tempDir("winnow-checkpoints").toString)
    val vectorSchema = new StructType().add("page_id", StringType).add("term", StringType)
      .add("w", "double").add("df", "long")
    // Every pair shares "titanfall" only: term cosine 0.36, below the story threshold of 0.5.
    val vectors = spark.createDataFrame(Seq(
      Row(id(1), "titanfall", 0.6, 3L), Row(id(1), "review", 0.8, 1L),
      Row(id(2), "titanfall", 0.6, 3L), Row(id(2), "excel", 0.8, 1L),
      Row(id(3), "titanfall", 0.6, 3L), Row(id(3), "stock", 0.8, 1L)).asJava, vectorSchema)
    val docs = spark.createDataFrame(Seq(
      Row(id(1), "en", "Titanfall review roundup"),
      Row(id(2), "en", "Titanfall released to excellent reviews on Xbox One"),
      Row(id(3), "en", "Titanfall maker's parent slips as Wall Street closes lower")).asJava,
      new StructType().add("page_id", StringType).add("language", StringType).add("title", StringType))
    val (times, labels) = sameDayOwnClusters(3)
    val sentences = SentenceVectors.of(docs)
    def clusters(weight: Double): Set[Set[Int]] = {
      val c = new winnow.config.WinnowConfig.Stories(3, 32, 2, 50, 0.5, 0.6, 0.5, 1.0, 10, 10.0, 0.2, 200,
        "centroid", 0.0, 1.0, 3, 0.0, weight, 0.45)
      StarMerges.run(vectors, if (weight > 0) sentences else null, times, labels, NameAgreement.of(null, 0, 0), 10, c,
        null, false).collect().groupBy(_.getString(1)).values
        .map(_.map(r => Integer.parseInt(r.getString(0), 16)).toSet).toSet
    }
    assert(clusters(0.0) == Set(Set(1), Set(2), Set(3)), "the shared term alone is below the threshold")
    assert(clusters(0.5) == Set(Set(1, 2), Set(3)), "the two reviews' headlines mean one thing; the third does not")
  }

  test("a story that grew is scored again against a cluster left untouched since the first round; a round that " +
    "moves fewer clusters than min-round-moves ends the pass") {
    spark.sparkContext.setCheckpointDir(tempDir("winnow-checkpoints").toString)
    val vectorSchema = new StructType().add("page_id", StringType).add("term", StringType)
      .add("w", "double").add("df", "long")
    // 1·2 = 0.64 and 1·3 = 2·3 = 0.48: below 0.5 article 3 joins neither, but the centroid of {1, 2} is 0.53 from it
    val vectors = spark.createDataFrame(Seq(
      Row(id(1), "strike", 0.8, 3L), Row(id(1), "kherson", 0.6, 2L),
      Row(id(2), "strike", 0.8, 3L), Row(id(2), "bridge", 0.6, 2L),
      Row(id(3), "strike", 0.6, 3L), Row(id(3), "ferry", 0.8, 2L)).asJava, vectorSchema)
    val (times, labels) = sameDayOwnClusters(3)
    def clusters(rounds: Int, minRoundMoves: Double = 0.0): Map[String, String] = {
      val c = new winnow.config.WinnowConfig.Stories(3, 32, 2, 50, 0.5, 0.6, 0.5, 1.0, rounds, 10.0, 0.2, 200,
        "centroid", 0.0, 1.0, 3, minRoundMoves, 0.0, 0.4)
      StarMerges.run(vectors, null, times, labels, NameAgreement.of(null, 0, 0), 10, c, null, false).collect().map(r => r.getString(0) -> r.getString(1)).toMap
    }
    assert(clusters(1) == Map(id(1) -> id(1), id(2) -> id(1), id(3) -> id(3)))
    assert(clusters(10) == Map(id(1) -> id(1), id(2) -> id(1), id(3) -> id(1)))
    // Round 1 moves one of three clusters: under a floor of half of them, the pass ends there.
    assert(clusters(10, 0.5) == clusters(1))
    assert(clusters(10, 0.3) == clusters(10))
  }

  test("on names alone only dated stories with new sources merge, two at a time: another language or another outlet") {
    spark.sparkContext.setCheckpointDir(tempDir("winnow-checkpoints").toString)
    val vectorSchema = new StructType().add("page_id", StringType).add("term", StringType)
      .add("w", "double").add("df", "long")
    // Name keys: 1 (en), 2 (ru) and 4 (uk) report one strike on Dnipro named by its official; 3 (ru) another strike
    // on Dnipro with its own count, 0.64 from each of them, on 2's outlet; all dated the same day, so only their
    // languages let them merge. 5 and 6 (dated), 7 and 8 (undated): two English outlets each, one set of names.
    // 9 (en) and 10 (ru), undated, share all their names: without a date that is no sign of one event.
    val vectors = spark.createDataFrame((Seq(1, 2, 4).flatMap(n =>
      Seq(Row(id(n), "~dnpr", 0.8, 4L), Row(id(n), "~shstk", 0.6, 3L))) ++
      Seq(Row(id(3), "~dnpr", 0.8, 4L), Row(id(3), "~37", 0.6, 2L)) ++
      (5 to 8).flatMap(n => Seq(Row(id(n), "~khrsn", 0.6, 4L), Row(id(n), "~12", 0.8, 4L))) ++
      Seq(9, 10).flatMap(n => Seq(Row(id(n), "~trmp", 1.0, 2L)))).asJava, vectorSchema)
    val day = 1668988800L
    val dated = Set(1, 2, 3, 4, 5, 6)
    val times = spark.createDataFrame((1 to 10).map(n => Row(id(n), if (dated(n)) day else null)).asJava,
      new StructType().add("page_id", StringType).add("t", "long"))
    val docs = spark.createDataFrame(Seq(1 -> "en", 2 -> "ru", 3 -> "ru", 4 -> "uk", 5 -> "en", 6 -> "en", 7 -> "en",
      8 -> "en", 9 -> "en", 10 -> "ru").map { case (n, l) => Row(id(n), l, s"outlet${if (n == 3) 2 else n}.example",
        if (dated(n)) new Timestamp(day * 1000) else null) }.asJava,
      new StructType().add("page_id", StringType).add("language", StringType).add("domain", StringType)
        .add("published_at", TimestampType))
    val labels = spark.createDataFrame((1 to 10).map(n => Row(id(n), id(n))).asJava,
      new StructType().add("page_id", StringType).add("cluster", StringType))
    val c = new winnow.config.WinnowConfig.Stories(3, 32, 2, 50, 0.5, 0.6, 0.3, 1.0, 10, 10.0, 0.2, 200,
      "centroid", 0.0, 0.3, 3, 0.0, 0.0, 0.4)
    def clusters(pairsOnly: Boolean): Set[Set[Int]] =
      StarMerges.run(vectors, null, times, labels, new NewSources(docs), 10, c, null, pairsOnly).collect()
        .groupBy(_.getString(1)).values.map(_.map(r => Integer.parseInt(r.getString(0), 16)).toSet).toSet
    // In one round of stars 3 would join 1 as 2 does, and the story would hold two Russian reports of two strikes.
    assert(clusters(pairsOnly = false).exists(s => s.contains(2) && s.contains(3)))
    assert(clusters(pairsOnly = true) == Set(Set(1, 2, 4), Set(3), Set(5, 6), Set(7), Set(8), Set(9), Set(10)))
  }

  test("two incidents of one kind share their words but not their headline names; an outlet's own name is no name") {
    val schema = new StructType().add("page_id", StringType).add("domain", StringType)
      .add("title_terms", "array<string>").add("terms", "array<string>").add("entities", "array<string>")
    def doc(n: Int, domain: String, title: String, text: String, names: String): Row =
      Row(id(n), domain, title.split(" ").toSeq.asJava, text.split(" ").toSeq.asJava, names.split(" ").toSeq.asJava)
    // Every headline of monitor.example ends in its name; 1 and 3 report the Brest forecast, 2 the Gomel one. 7 writes
    // "Grain" once at a sentence start and "grain" three times: a word, not a name.
    val docs = spark.createDataFrame(Seq(
      doc(1, "monitor.example", "forecast brest 17 monitor", "forecast rain brest 17 mm", "brest 17 monitor"),
      doc(2, "herald.example", "forecast gomel 17", "forecast rain gomel 17 mm", "gomel 17"),
      doc(3, "herald.example", "forecast brest", "forecast rain brest 17 mm", "brest 17"),
      doc(4, "monitor.example", "kherson ferry monitor", "ferry kherson river", "kherson monitor"),
      doc(5, "monitor.example", "dam monitor", "dam river water", "monitor"),
      doc(6, "wire.example", "rain again", "rain mm brest 17", ""),
      doc(7, "wire.example", "grain odesa", "grain left odesa grain grain", "grain odesa"),
      doc(8, "wire.example", "grain exports", "grain exports rose", ""),
      doc(9, "post.example", "brest talks", "talks brest gomel 17", "brest gomel 17")).asJava, schema)
    def labels(clusters: (Int, Int)*) = spark.createDataFrame(clusters.map { case (n, c) => Row(id(n), id(c)) }.asJava,
      new StructType().add("page_id", StringType).add("cluster", StringType))
    val singles = labels((1 to 9).map(n => n -> n): _*)
    def weighed(exponent: Double, labels: org.apache.spark.sql.DataFrame, pairs: (Int, Int)*): Map[(Int, Int), Double] =
      NameAgreement.of(docs, 9, exponent).apply(spark.createDataFrame(pairs.map { case (a, b) => Row(id(a), id(b), 0.8) }
          .asJava, new StructType().add("a", StringType).add("b", StringType).add("similarity", "double")), labels)
        .collect().map(r => (Integer.parseInt(r.getAs[String]("a"), 16), Integer.parseInt(r.getAs[String]("b"), 16)) ->
          r.getAs[Double]("similarity")).toMap
    // A name's idf is ln(10 / (1 + pages mentioning it)) over the 9 pages: brest (1, 3, 6, 9) ln 2, 17 (1, 2, 3, 6, 9)
    // ln(10/6), gomel (2, 9) ln(10/3). 1 names brest and 17, 2 gomel and 17, and each mentions only the other's 17, the
    // commoner name: 1 finds ln(10/6) / (ln 2 + ln(10/6)) of its names in 2, and 2 less, ln(10/6) / (ln(10/3) + ln(10/6)).
    val gomel = math.log(10.0 / 6) / (math.log(10.0 / 3) + math.log(10.0 / 6))
    val one = weighed(1.0, singles, (1, 2), (1, 3), (1, 6), (4, 5), (7, 8))
    assert(math.abs(one((1, 2)) - 0.8 * gomel) < 1e-9, one)
    // 6 names nothing and mentions all of 1's names. 4 names kherson, which 5 never mentions; monitor, in all three of its
    // outlet's headlines, counts for neither (else 4 would find half of its names in 5). Were grain a name, 7 would
    // find half of its names in 8.
    assert(one - ((1, 2)) == Map((1, 3) -> 0.8, (1, 6) -> 0.8, (4, 5) -> 0.0, (7, 8) -> 0.0))
    assert(math.abs(weighed(2.0, singles, (1, 2))((1, 2)) - 0.8 * gomel * gomel) < 1e-9)
    assert(weighed(0.0, singles, (1, 2), (4, 5)).values.forall(_ == 0.8))
    // A story of 2 and 6: 9 mentions its names (gomel, 17), and names brest, which only 6 of its two members mentions.
    // Pooled, the story would mention brest (agreement 1); per member, half of it does.
    val story = labels((1 to 9).map(n => n -> (if (n == 6) 2 else n)): _*)
    assert(weighed(1.0, story, (2, 9)) == Map((2, 9) -> 0.4))
  }

  test("a headline's date is one name: another day's forecast does not mention it, though its text has the number") {
    val schema = new StructType().add("page_id", StringType).add("domain", StringType)
      .add("title_terms", "array<string>").add("terms", "array<string>").add("entities", "array<string>")
    def doc(n: Int, title: String, text: String, numbers: String): Row =
      Row(id(n), s"outlet$n.example", title.split(" ").toSeq.asJava, text.split(" ").toSeq.asJava,
        numbers.split(" ").toSeq.asJava)
    // 1 and 3 forecast the 8th, 2 the 16th; 2's text has 8 degrees, 1's has 16, and 4's is in Russian.
    val docs = spark.createDataFrame(Seq(
      doc(1, "forecast 8 november", "forecast 8 november cold 16 degrees", "8 16"),
      doc(2, "forecast 16 november", "forecast 16 november warm 8 degrees", "16 8"),
      doc(3, "forecast 8 november", "forecast november 8 rain", "8"),
      doc(4, "прогноз 16 ноября", "прогноз 16 ноября тепло", "16")).asJava, schema)
    val singles = spark.createDataFrame((1 to 4).map(n => Row(id(n), id(n))).asJava,
      new StructType().add("page_id", StringType).add("cluster", StringType))
    val weighed = NameAgreement.of(docs, 4, 1.0).apply(spark.createDataFrame(
        Seq((1, 2), (1, 3), (2, 4)).map { case (a, b) => Row(id(a), id(b), 0.8) }.asJava,
        new StructType().add("a", StringType).add("b", StringType).add("similarity", "double")), singles)
      .collect().map(r => (Integer.parseInt(r.getAs[String]("a"), 16), Integer.parseInt(r.getAs[String]("b"), 16)) ->
        r.getAs[Double]("similarity")).toMap
    assert(weighed == Map((1, 2) -> 0.0, (1, 3) -> 0.8, (2, 4) -> 0.8), weighed)
  }

  test("seeds at seed-similarity 1: the same term vector at the same time, found without scoring pairs") {
    val vectorSchema = new StructType().add("page_id", StringType).add("term", StringType)
      .add("w", "double").add("df", "long")
    val same = Seq("strike" -> 0.8, "kherson" -> 0.6)
    // 1, 2 and 3 carry one vector, 3 a day later; 4 another vector at 1's time
    val vectors = spark.createDataFrame((Seq(1, 2, 3).flatMap(n => same.map { case (t, w) => Row(id(n), t, w, 3L) }) ++
      Seq(Row(id(4), "strike", 0.6, 3L), Row(id(4), "kherson", 0.8, 3L))).asJava, vectorSchema)
    val day = 1668988800L
    val times = spark.createDataFrame(Seq(1 -> day, 2 -> day, 3 -> (day + 86400), 4 -> day)
      .map { case (n, t) => Row(id(n), t) }.asJava, new StructType().add("page_id", StringType).add("t", "long"))
    def seeds(seedSimilarity: Double): Set[(String, String)] = {
      val c = new winnow.config.WinnowConfig.Stories(3, 32, 2, 500, 0.5, 0.6, 0.3, seedSimilarity, 10, 10.0, 0.2, 200,
        "centroid", 0.0, 1.0, 3, 0.0, 0.0, 0.4)
      StoryClusters.closePairs(vectors, times, 10, c).collect().map(r => (r.getString(0), r.getString(1))).toSet
    }
    assert(seeds(1.0) == Set((id(1), id(2))))
    // below 1 the pairs are scored: a day apart costs exp(-1/10), and 4's cosine to the others is 0.96
    assert(seeds(0.9) == Set((id(1), id(2)), (id(1), id(3)), (id(2), id(3)), (id(1), id(4)), (id(2), id(4))))
  }

  test("story ids survive growth, merges and splits, and each change is one event") {
    val previous = assignments(1 -> "st-s1", 2 -> "st-s1", 3 -> "st-s2", 4 -> "st-s2", 5 -> "st-s3", 6 -> "st-s3",
      7 -> "st-s4", 8 -> "st-s4", 9 -> "st-s4")
    // c1 grows s1; c2 joins s2 and s3 (a tie: the smaller id goes on); c3 keeps most of s4; c4 takes one article of
    // s4 and is provisionally named like it (its earliest page left); c5 is new.
    val provisional = assignments(1 -> "c1", 2 -> "c1", 10 -> "c1", 3 -> "c2", 4 -> "c2", 5 -> "c2", 6 -> "c2",
      7 -> "c3", 8 -> "c3", 9 -> "st-s4", 11 -> "st-s4", 12 -> "c5")
    val result = StoryIdentity.assign(provisional, previous, 7L)
    val renames = result.renames().collect().map(r => r.getString(0) -> r.getString(1)).toMap
    assert(renames("c1") == "st-s1" && renames("c2") == "st-s2" && renames("c3") == "st-s4" && renames("c5") == "c5")
    val split = renames("st-s4")
    assert(split.matches("st-[0-9a-f]{16}") && split != "st-s4", s"a split-off piece needs a new id, got $split")
    val events = result.events().collect().map(r => (r.getAs[String]("story_id"), r.getAs[String]("event"),
      Option(r.getAs[String]("related_story_id")), r.getAs[Long]("articles_before"), r.getAs[Long]("articles_after"),
      r.getAs[Long]("added"), r.getAs[Long]("removed"))).toSet
    assert(events == Set(
      ("st-s1", "grew", None, 2L, 3L, 1L, 0L),
      ("st-s2", "grew", None, 2L, 4L, 2L, 0L),
      ("st-s2", "merged", Some("st-s3"), 2L, 4L, 2L, 0L),
      ("st-s4", "shrank", None, 3L, 2L, 0L, 1L),
      (split, "split", Some("st-s4"), 0L, 2L, 2L, 0L),
      ("c5", "created", None, 0L, 1L, 1L, 0L)), events.mkString("\n"))
    assert(result.events().collect().forall(_.getAs[Long]("since_version") == 7L))
    assert(result.events().select("event_id").distinct().count() == events.size)
  }

  test("a rerun over the same stories keeps every id and records no event") {
    val stored = assignments(1 -> "st-a", 2 -> "st-a", 3 -> "st-b")
    val again = assignments(1 -> "st-a", 2 -> "st-a", 3 -> "st-b")
    val result = StoryIdentity.assign(again, stored, 3L)
    assert(result.renames().collect().forall(r => r.getString(0) == r.getString(1)))
    assert(result.events().isEmpty)
    val first = StoryIdentity.assign(again, null, -1L).events().collect()
    assert(first.map(_.getAs[String]("event")).toSet == Set("created") && first.length == 2)
  }
}
