package winnow

import org.apache.spark.sql.DataFrame
import org.apache.spark.sql.expressions.Window
import org.apache.spark.sql.functions._
import org.scalatest.BeforeAndAfterAll
import org.scalatest.funsuite.AnyFunSuite
import winnow.eval.StoryScores
import winnow.tables.{TableSchema, Warehouse}

import scala.collection.JavaConverters._

/**
 * The whole pipeline on data-sample through the CLI, checked against the generator's ground truth and the user's
 * seed page; then a second run that must leave every table's contents unchanged.
 */
class EndToEndSuite extends AnyFunSuite with SharedSpark with BeforeAndAfterAll {
  private def wh: Warehouse = SampleRun.warehouse
  private lazy val truth = new SampleTruth(spark, root.resolve("data-sample"))
  private def cli(args: String*): (Int, String) = SampleRun.cli(args: _*)
  private def commonArgs: Seq[String] = SampleRun.commonArgs
  private var firstRun: String = _

  override def beforeAll(): Unit = {
    firstRun = SampleRun.output
  }

  private def table(name: String): DataFrame = wh.read(name)

  /** A measured figure: in the ScalaTest report and in the build log. */
  private def report(line: String): Unit = {
    info(line)
    println("[measure] " + line)
  }

  test("run prints per-stage progress and the closing summary") {
    for (stage <- Seq("ingest", "filler", "stories", "publish")) {
      assert(firstRun.contains(s"[$stage"), s"no progress line for $stage in:\n$firstRun")
    }
    for (line <- Seq("pages read", "rejected", "articles", "mean filler ratio", "duplicate groups", "stories",
      "tables written")) {
      assert(firstRun.contains(line), s"summary lacks '$line':\n$firstRun")
    }
    assert(firstRun.contains("records/s"))
  }

  test("every input record is in pages or rejects, and every generated page arrived") {
    val pages = table("pages").count()
    val rejects = table("rejects").count()
    val expected = truth.pages.count() + 1 // the generated pages plus the user's seed page
    assert(pages + rejects == expected, s"pages $pages + rejects $rejects != input records $expected")
    val missing = truth.pages.select("url").except(table("pages").select("url")).collect().map(_.getString(0))
    assert(missing.isEmpty, s"generated pages missing from pages: ${missing.take(5).mkString(", ")}")
    val langs = table("pages").groupBy("language").count().collect().map(r => r.getString(0) -> r.getLong(1)).toMap
    assert(langs.getOrElse("ru", 0L) > 0 && langs.getOrElse("uk", 0L) > 0, s"languages found: $langs")
  }

  test("seed page: teaser, related posts, newsletter and comment form are filler with their category") {
    val seed = table("pages").filter(col("url").endsWith("000_c1e436e4519a970f.txt")).select("page_id")
    val blocks = table("page_blocks").join(seed, "page_id").orderBy("block_no")
      .select("text", "label", "category").collect().map(r => (r.getString(0), r.getString(1), r.getString(2)))
    def labelOf(prefix: String): (String, String) = {
      val b = blocks.find(_._1.startsWith(prefix)).getOrElse(fail(s"no block starts with '$prefix'"))
      (b._2, b._3)
    }
    assert(labelOf("A ‘powerful explosion’") == ("filler", "off-topic-teaser"))
    assert(labelOf("Sevastopol heard") == ("filler", "off-topic-teaser"))
    assert(labelOf("Related posts") == ("filler", "related-links"))
    assert(labelOf("Become a Trendsetter") == ("filler", "newsletter"))
    assert(labelOf("Sign up for Davenport") == ("filler", "newsletter"))
    assert(labelOf("Leave a Reply") == ("filler", "comments"))
    assert(labelOf("Your email address will not be published") == ("filler", "comments"))
    for (p <- Seq("Laying out the conditions", "The mother responds", "The intercepted call continued",
      "“You just can’t imagine", "On Wednesday, the Russian leader")) {
      assert(labelOf(p)._1 == "content", s"soldier's-call paragraph '$p' must be content")
    }
    val truthRows = truth.seedBlocks.select("text", "label").collect()
    val truthRatio = truthRows.filter(_.getString(1) == "filler").map(_.getString(0).length).sum.toDouble /
      truthRows.map(_.getString(0).length).sum
    val ratio = table("articles").join(seed, "page_id").select("filler_ratio").head().getDouble(0)
    assert(math.abs(ratio - truthRatio) <= 0.05, s"seed filler ratio $ratio vs labelled $truthRatio")
  }

  test("generated pages: block labels and filler ratios agree with the ground truth") {
    val pages = table("pages").select("page_id", "url")
    val predicted = table("page_blocks").join(pages, "page_id").select("url", "text", "label").distinct()
    val gold = truth.blocks.select(col("url"), col("text"), col("label").as("gold")).distinct()
    val joined = gold.join(predicted, Seq("url", "text"), "left")
      .agg(sum(length(col("text"))).as("chars"),
        sum(when(col("label").isNotNull, length(col("text")))).as("matched"),
        sum(when(col("label") === col("gold"), length(col("text")))).as("agree"))
      .head()
    val coverage = joined.getLong(1).toDouble / joined.getLong(0)
    val accuracy = joined.getLong(2).toDouble / joined.getLong(1)
    report(f"block coverage $coverage%.3f, char-weighted label accuracy $accuracy%.3f")
    assert(coverage >= 0.97, s"segmenter found only $coverage of the truth's block text")
    assert(accuracy >= EndToEndSuite.BlockAccuracyFloor, s"label accuracy $accuracy")
    val goldRatio = truth.blocks.groupBy("url").agg(
      (sum(when(col("label") === "filler", length(col("text")))).cast("double") / sum(length(col("text"))))
        .as("gold_ratio"))
    val err = table("articles").join(goldRatio, "url")
      .agg(avg(abs(col("filler_ratio") - coalesce(col("gold_ratio"), lit(0.0))))).head().getDouble(0)
    report(f"mean absolute filler-ratio error $err%.3f")
    assert(err <= 0.05, s"mean filler-ratio error $err")
  }

  test("syndicated copies share a duplicate group; distinct stories do not") {
    val groups = table("dup_groups").join(table("pages").select("page_id", "url"), "page_id")
      .select("url", "group_id")
    val copies = truth.pages.filter(col("copy_kind").isNotNull).select(col("url"), col("dup_group").as("original"))
    val found = copies.join(groups, "url")
      .join(groups.select(col("url").as("original"), col("group_id").as("original_group")), "original")
    val total = copies.count()
    val same = found.filter(col("group_id") === col("original_group")).count()
    report(s"$same of $total syndicated copies share their original's group")
    assert(total > 0 && same.toDouble / total >= 0.9, s"only $same of $total copies found")
    val mixed = groups.join(truth.pages.select("url", "story"), "url").groupBy("group_id")
      .agg(countDistinct("story").as("stories")).filter(col("stories") > 1).count()
    assert(mixed == 0, s"$mixed duplicate groups mix different stories")
  }

  test("story clustering reaches the pairwise F1 floor on the generator's labels") {
    val assigned = table("story_members").join(table("pages").select("page_id", "url"), "page_id")
      .join(truth.pages.select("url", "story"), "url").select("page_id", "story_id", "story")
      .collect().map(r => new StoryScores.Assignment(r.getString(0), r.getString(2), r.getString(1))).toSeq
    val s = StoryScores.of(assigned.asJava)
    report(f"stories: pairwise P ${s.pairP}%.3f R ${s.pairR}%.3f F1 ${s.pairF1}%.3f, BCubed F1 ${s.bcubedF1}%.3f, " +
      f"ARI ${s.ari}%.3f over ${assigned.size} articles")
    assert(s.pairF1 >= EndToEndSuite.StoryF1Floor, s"pairwise F1 $s")
  }

  test("a story told in three languages is one story, and explain shows the names that link it") {
    val assigned = table("story_members").join(table("pages").select("page_id", "url"), "page_id")
      .join(truth.pages.select("url", "story", "lang"), "url")
      .withColumn("languages", size(collect_set("lang").over(Window.partitionBy("story"))))
      .filter(col("languages") > 1)
      .select("page_id", "story_id", "story", "lang").collect()
    // Each such story's English reports mostly share one story id; its Russian and Ukrainian reports should too.
    val english = assigned.filter(_.getString(3) == "en").groupBy(_.getString(2))
      .map { case (story, rows) => story -> rows.groupBy(_.getString(1)).maxBy(_._2.length)._1 }
    val others = assigned.filter(_.getString(3) != "en")
    val joined = others.filter(r => english.get(r.getString(2)).contains(r.getString(1)))
    report(s"${joined.length} of ${others.length} Russian and Ukrainian reports share their English reports' story")
    assert(others.length >= 6 && joined.length >= 0.75 * others.length)
    val ru = joined.find(_.getString(3) == "ru").getOrElse(fail("no Russian report joined"))
    val en = assigned.find(r => r.getString(3) == "en" && r.getString(1) == ru.getString(1)).get
    val (code, out) = cli(Seq("explain", en.getString(0), ru.getString(0)) ++ commonArgs: _*)
    assert(code == 0, out)
    assert(out.contains("story: same story st-") && """name keys \(en [^ ]+, ru [^ ]+\): cosine""".r.findFirstIn(out)
      .isDefined, out)
    assert("""shared names: [^ ]+ = [^ ]+ [0-9.]+""".r.findFirstIn(out).isDefined, out)
  }

  test("story labels and members' top terms are words the articles use, not the stems they are compared by") {
    val words = table("articles").selectExpr("explode(split(regexp_replace(lower(concat_ws(' ', title, main_text)), " +
      "'[^\\\\p{L}\\\\p{N}\\\\s\\\\p{Z}]', ''), '[\\\\s\\\\p{Z}]+')) AS w").distinct()
    val shown = table("stories").selectExpr("explode(label_terms) AS w")
      .union(table("story_members").selectExpr("explode(top_terms) AS w")).distinct()
    assert(shown.count() > 20)
    val unknown = shown.join(words, Seq("w"), "left_anti").collect().map(_.getString(0))
    assert(unknown.isEmpty, unknown.mkString(", "))
  }

  test("explain says why an excerpt shares its source's group and why a look-alike is another story") {
    val ids = table("pages").select("url", "page_id").collect().map(r => r.getString(0) -> r.getString(1)).toMap
    val excerpt = truth.pages.filter(col("copy_kind") === "excerpt").select("url", "dup_group").head()
    val (code, out) = cli(Seq("explain", ids(excerpt.getString(0)), ids(excerpt.getString(1))) ++ commonArgs: _*)
    assert(code == 0, out)
    assert(out.contains("near-duplicates: yes, both in group dg-"), out)
    val decided = """decided by: (?:Jaccard|containment) ([0-9.]+) >= duplicate-(?:jaccard|containment) ([0-9.]+)""".r
    val m = decided.findFirstMatchIn(out).getOrElse(fail(s"no duplicate decision in:\n$out"))
    assert(m.group(1).toDouble >= m.group(2).toDouble, out)
    assert(out.contains("story: same story st-"), out)
    // lookalike_of names the story the page resembles (same kind of event, another incident).
    val lookalike = truth.pages.filter(col("lookalike_of").isNotNull && col("copy_kind").isNull)
      .orderBy("url").select("url", "lookalike_of").head()
    val other = truth.pages.filter(col("story") === lookalike.getString(1) && col("copy_kind").isNull)
      .orderBy("url").select("url").head().getString(0)
    val (code2, out2) = cli(Seq("explain", ids(lookalike.getString(0)), ids(other)) ++ commonArgs: _*)
    assert(code2 == 0, out2)
    assert(out2.contains("near-duplicates: no") && out2.contains("story: different stories"), out2)
    assert(out2.contains("shared terms") && out2.contains("days apart") && out2.contains("decided by: similarity"), out2)
    assert(out2.contains("headline names: A ["), out2)
  }

  test("tables are registered with comments and Delta history carries the run's metadata") {
    for (name <- TableSchema.names().asScala) {
      val rows = spark.sql(s"DESCRIBE TABLE winnow.$name").collect()
      val described = rows.filter(r => r.getString(0) != null && !r.getString(0).startsWith("#"))
        .map(r => r.getString(0) -> Option(r.getString(2)).getOrElse("")).toMap
      for (c <- TableSchema.load(name).columns().asScala) {
        assert(described.get(c.name()).exists(_.nonEmpty), s"$name.${c.name()} has no comment")
      }
      val history = spark.sql(s"DESCRIBE HISTORY winnow.$name").select("operation", "userMetadata").collect()
      if (table(name).count() > 0) {
        assert(history.exists(_.getString(0) == "MERGE"), s"$name: no MERGE in history")
      }
      assert(history.forall(r => Option(r.getString(1)).exists(_.contains("config_digest"))),
        s"$name: a commit without run metadata")
    }
  }

  test("bin/winnow sql answers the README's query, as a table and as JSON") {
    val query = "SELECT domain, avg(filler_ratio) FROM winnow.articles GROUP BY domain"
    val (code, out) = cli(Seq("sql", query) ++ commonArgs: _*)
    assert(code == 0, out)
    assert(out.contains("domain") && out.linesIterator.size >= 10, s"too few rows:\n$out")
    val (jsonCode, json) = cli(Seq("sql", "SELECT count(*) AS n FROM winnow.stories", "--format", "json") ++ commonArgs: _*)
    assert(jsonCode == 0 && json.trim.matches("""\{"n":\d+\}"""), json)
  }

  test("a second run on the same input reads no file again, skips the stages that are up to date, changes nothing") {
    // runs gains a row per run by design; every other table must be unchanged.
    val names = TableSchema.names().asScala.filterNot(_ == "runs")
    def snapshot(): Map[String, DataFrame] = names.map { n =>
      n -> table(n).selectExpr("to_json(struct(*)) AS row").localCheckpoint()
    }.toMap
    val before = snapshot()
    val versions = names.map(n => n -> wh.version(n)).toMap
    val (code, out) = cli(Seq("run", "--input", root.resolve("data-sample").toString) ++ commonArgs: _*)
    assert(code == 0, out)
    assert(out.contains("0 records, files=0,"), s"the rerun read crawl files again:\n$out")
    for (stage <- Seq("filler", "stories", "publish")) {
      assert(out.linesIterator.exists(_.matches(s"\\[$stage *\\] up to date since run .*; not run .*")),
        s"$stage should be up to date:\n$out")
    }
    // Recomputed anyway, a stage rewrites the same rows: no table gets a new version.
    val (again, recomputed) = cli(Seq("publish", "--recompute") ++ commonArgs: _*)
    assert(again == 0 && recomputed.contains("[publish] running"), recomputed)
    for (n <- names) {
      val after = table(n).selectExpr("to_json(struct(*)) AS row")
      val added = after.except(before(n)).count()
      val removed = before(n).except(after).count()
      assert(added == 0 && removed == 0, s"$n changed on rerun: +$added -$removed rows")
      assert(wh.version(n) == versions(n), s"$n has a new version after the reruns")
    }
  }
}

object EndToEndSuite {
  /** Floors measured on the sample (see docs/benchmarks.md); a regression below them fails the build. */
  val BlockAccuracyFloor = 0.90
  /** Lowered from 0.78 when the story defaults were chosen on the real labelled sets instead (docs/benchmarks.md). */
  val StoryF1Floor = 0.75
}
