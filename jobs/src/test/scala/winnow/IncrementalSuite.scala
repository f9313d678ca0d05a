package winnow

import java.io.{ByteArrayOutputStream, PrintStream}
import java.nio.file.{Files, Path, StandardCopyOption}

import org.apache.spark.sql.DataFrame
import org.scalatest.funsuite.AnyFunSuite
import winnow.config.WinnowConfig
import winnow.pipeline.{Pipeline, RunLog}
import winnow.tables.Warehouse

import scala.collection.JavaConverters._

/**
 * Nightly runs over new crawl segments: a crawl split across two runs gives the tables of one run over all of it,
 * and every run is recorded in the runs table, failures with their error and a non-zero exit.
 */
class IncrementalSuite extends AnyFunSuite with SharedSpark {

  private def runStages(config: WinnowConfig, stages: Seq[String]): (Warehouse, String) = {
    val wh = new Warehouse(spark, config, RunLog.newRunId())
    val out = new ByteArrayOutputStream()
    Pipeline.run(wh, config, stages.asJava, new PrintStream(out, true, "UTF-8"))
    (wh, out.toString("UTF-8"))
  }

  /** A table's rows as JSON, without the column that names the run that wrote them. */
  private def contents(wh: Warehouse, table: String): DataFrame =
    wh.read(table).drop("run_id").selectExpr("to_json(struct(*)) AS row")

  /** Copies the sample files that `pick` selects into the crawl folder, keeping their relative paths and times. */
  private def arrive(crawl: Path, pick: Path => Boolean): Unit = {
    val sample = root.resolve("data-sample")
    Files.walk(sample).iterator().asScala
      .filter(p => Files.isRegularFile(p) && !sample.relativize(p).toString.startsWith("_") && pick(sample.relativize(p)))
      .foreach { p =>
        val to = crawl.resolve(sample.relativize(p).toString)
        Files.createDirectories(to.getParent)
        Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES)
      }
  }

  // The incremental stages are ingest and filler; stories and gold tables are recomputed from all articles.
  private val incremental = Seq("ingest", "filler")

  /** The sample arriving over two nightly runs (stories included), and one run over all of it. */
  private case class Nights(nightly: Warehouse, once: Warehouse, night1: String, night2: String,
                            membersAfterNight1: Map[String, String])

  private lazy val nights: Nights = {
    val crawl = tempDir("winnow-nightly-crawl")
    // Night 1: the WARC segment, one feed and an outlet's first days; night 2: the rest, same outlets included.
    def firstNight(rel: Path): Boolean = {
      val s = rel.toString
      s.startsWith("crawl") || s.endsWith("borderline.jsonl") || (s.startsWith("text/granitegazette") &&
        rel.getFileName.toString.take(10) <= "2022-11-18")
    }
    arrive(crawl, firstNight)
    val config = SharedSpark.config(tempDir("winnow-nightly"), s"""input=["$crawl"]""")
    val (afterNight1, night1) = runStages(config, incremental :+ "stories")
    val members = afterNight1.read("story_members").select("page_id", "story_id").collect()
      .map(r => r.getString(0) -> r.getString(1)).toMap
    arrive(crawl, rel => !firstNight(rel))
    val (nightly, night2) = runStages(config, incremental :+ "stories")
    val (once, _) = runStages(SharedSpark.config(tempDir("winnow-once"), s"""input=["$crawl"]"""), incremental)
    Nights(nightly, once, night1, night2, members)
  }

  test("a crawl arriving over two nights gives the same tables as one run over all of it") {
    val Nights(nightly, once, night1, night2, _) = nights
    val ingest = night2.linesIterator.find(_.startsWith("[ingest ]")).getOrElse("")
    assert(ingest.contains("skipped_files=") && !ingest.contains("skipped_files=0"),
      s"night 2 must skip the files read on night 1:\n$night2")
    assert(!night2.contains("up to date"), s"new pages make every later stage run:\n$night2")
    val filler = night2.linesIterator.find(_.startsWith("[filler ]")).getOrElse("")
    assert(filler.nonEmpty && !filler.contains("relabelled=0,"),
      s"new pages of an outlet seen on night 1 must relabel its stored pages:\n$night1\n$night2")
    for (t <- Seq("pages", "rejects", "input_files", "page_blocks", "articles", "page_keys")) {
      val one = contents(once, t)
      val two = contents(nightly, t)
      val missing = one.except(two).count()
      val extra = two.except(one).count()
      assert(missing == 0 && extra == 0, s"$t differs after two nights: $missing rows missing, $extra extra")
    }
    val runs = nightly.read("runs").orderBy("started_at").collect()
    assert(runs.map(_.getAs[String]("status")).toSeq == Seq("succeeded", "succeeded"))
    assert(runs(0).getAs[Long]("new_files") > 0L && runs(1).getAs[Long]("new_files") > 0L)
    val counts = runs(1).getAs[scala.collection.Map[String, scala.collection.Map[String, Long]]]("stage_counts")
    assert(counts("ingest")("records") == counts("ingest")("pages") + counts("ingest")("rejects"), counts.toString)
    val files = nightly.read("input_files").selectExpr("sum(records)").head().getLong(0)
    assert(files == nightly.read("pages").count() + nightly.read("rejects").count(),
      "input records = pages + rejects over all runs")
  }

  test("story ids stay stable when a second crawl is appended: stories grow under their ids, changes are events") {
    val Nights(nightly, _, _, _, before) = nights
    val after = nightly.read("story_members").select("page_id", "story_id").collect()
      .map(r => r.getString(0) -> r.getString(1)).toMap
    val events = nightly.read("story_events").filter("since_version >= 0")
      .select("story_id", "event", "related_story_id").collect()
      .map(r => (r.getString(0), r.getString(1), Option(r.getString(2)))).toSet
    val merged = events.collect { case (into, "merged", Some(from)) => from -> into }.toMap
    assert(before.size > 20 && after.size > before.size, s"${before.size} articles, then ${after.size}")
    // Each night-1 story goes on: the night-2 story holding most of its articles has its id, or records the merge.
    for ((old, pages) <- before.groupBy(_._2)) {
      val heir = pages.keys.toSeq.flatMap(after.get).groupBy(identity).toSeq
        .sortBy { case (id, n) => (-n.size, id) }.head._1
      assert(heir == old || merged.get(old).contains(heir),
        s"night-1 story $old went on as $heir with no merge recorded; events: $events")
    }
    val kept = before.values.toSet.intersect(after.values.toSet)
    assert(kept.size >= 0.8 * before.values.toSet.size, s"only ${kept.size} of ${before.values.toSet.size} ids kept")
    val joined = after.count { case (page, story) => !before.contains(page) && kept.contains(story) }
    assert(joined > 0, "night-2 articles must join night-1 stories")
    assert(events.exists(_._2 == "grew"), s"a story that gained articles records 'grew': $events")
    assert(events.forall { case (id, e, _) => e == "merged" || after.values.exists(_ == id) }, events)
  }

  test("a failing run exits 1 with the reason on stderr and is recorded as failed") {
    val warehouse: Path = tempDir("winnow-failing")
    val missing = warehouse.resolve("no-such-crawl")
    val err = new ByteArrayOutputStream()
    val saved = System.err
    System.setErr(new PrintStream(err, true, "UTF-8"))
    val (code, _) = try SampleRun.cli(Seq("run", "--conf", root.resolve("conf/local.conf").toString,
      "--warehouse", warehouse.toString, "--input", missing.toString) ++
      SharedSpark.testSettings.flatMap(s => Seq("--set", s)): _*) finally System.setErr(saved)
    val stderr = err.toString("UTF-8")
    assert(code == 1, stderr)
    assert(stderr.contains("input not found"), stderr)
    val wh = SharedSpark.warehouse(SharedSpark.config(warehouse))
    val run = wh.read("runs").head()
    assert(run.getAs[String]("status") == "failed" && run.getAs[String]("error").contains("input not found"))
    assert(run.getAs[java.sql.Timestamp]("finished_at") != null)
  }
}
