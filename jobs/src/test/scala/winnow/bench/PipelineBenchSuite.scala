package winnow.bench

import org.scalatest.funsuite.AnyFunSuite
import winnow.{SampleRun, SharedSpark}
import winnow.eval.StoryScores
import winnow.pipeline.StageReport
import winnow.sample.CrawlSpec

import scala.collection.JavaConverters._

/** What the end-to-end benchmark measures per stage, and how it prints growth. */
class PipelineBenchSuite extends AnyFunSuite with SharedSpark {
  test("stage metrics: shuffle bytes for an aggregation, none for a map-only job, heap and tasks seen") {
    val m = StageMetrics.start(spark.sparkContext)
    spark.range(0, 20000, 1, 4).selectExpr("id % 97 as k").groupBy("k").count().collect()
    val f = m.stop()
    assert(f.shuffleWrite > 0 && f.shuffleRead > 0, f)
    assert(f.tasks >= 4 && f.heapPeak > 0, f)

    val n = StageMetrics.start(spark.sparkContext)
    spark.range(0, 20000, 1, 4).selectExpr("id * 2 as x").collect()
    val g = n.stop()
    assert(g.shuffleWrite == 0 && g.shuffleRead == 0 && g.tasks >= 1, g)
  }

  test("the table has a row per stage and each stage's growth between the smallest and largest crawl") {
    def run(pages: Int, ingest: Double, stories: Double) = new PipelineBench.Run(CrawlSpec.scaled(pages), pages, 0,
      Seq(
        new PipelineBench.Stage(StageReport.of("ingest", pages, ingest, "pages", Long.box(pages)),
          new StageMetrics.Figures(1L << 20, 1L << 20, 0, 3L << 30, 1L << 30, 0.5, 10)),
        new PipelineBench.Stage(StageReport.of("stories", pages, stories, "stories", Long.box(pages / 8)),
          new StageMetrics.Figures(0, 0, 0, 2L << 30, 1L << 30, 0.1, 4))).asJava,
      new StoryScores.Scores(pages, 0.9, 0.8, 0.847, 0.9, 0.85, 0.874, 0.8), null,
      if (pages > 1000) new FillerPeers.Result(3000, 2, 150.0, 50.0, 600.0) else null)
    val text = PipelineBench.table(Seq(run(1000, 10, 20), run(10000, 80, 220)).asJava)
    assert(text.contains("1,000 pages") && text.contains("10,000 pages"), text)
    assert(text.linesIterator.exists(l => l.startsWith("ingest") && l.contains("1,000") && l.contains("3,072")), text)
    assert(text.contains("stories vs truth (1,000 articles): pairwise P 0.900 R 0.800 F1 0.847, BCubed F1 0.874"), text)
    assert(!text.contains("duplicate groups vs truth"), text)
    assert(text.contains("growth from 1,000 to 10,000 pages (10.00x the pages)"), text)
    assert(text.linesIterator.exists(l => l.trim.startsWith("ingest") && l.contains("8.00x")), text)
    assert(text.linesIterator.exists(l => l.trim.startsWith("stories") && l.contains("11.00x")), text)
    assert(text.linesIterator.exists(l => l.trim.startsWith("total") && l.contains("10.00x")), text)
    assert(text.linesIterator.count(_.startsWith("filler vs peers")) == 1, text)
    assert(text.contains("winnow / Readability4J 3.00x") && text.contains("winnow time / jsoup parse time 4.00x"), text)
  }

  test("filler vs peers: the same HTML pages through winnow's labelling, Readability4J and a jsoup parse") {
    SampleRun.output
    val r = FillerPeers.run(SampleRun.warehouse, SampleRun.config, 40)
    assert(r.pages == 40 && r.cores == spark.sparkContext.defaultParallelism, r)
    assert(r.winnow > 0 && r.readability > 0 && r.jsoupParse > 0, r)
  }
}
