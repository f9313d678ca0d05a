package winnow.pipeline

import java.io.{ByteArrayOutputStream, PrintStream}

import org.scalatest.funsuite.AnyFunSuite
import winnow.SharedSpark
import winnow.ingest.ReadCrawlFile

/** The progress line counts the Spark tasks and records a stage runs, from a listener on the driver. */
class StageProgressSuite extends AnyFunSuite with SharedSpark {
  test("progress counts the tasks and input records of the jobs a stage runs") {
    val out = new ByteArrayOutputStream()
    val progress = StageProgress.start("demo", spark.sparkContext, new PrintStream(out, true, "UTF-8"), 3600)
    val line = try {
      assert(spark.range(0, 10000, 1, 4).selectExpr("id % 7 AS k").groupBy("k").count().collect().length == 7)
      val deadline = System.nanoTime() + 10000000000L
      // The listener bus is asynchronous: wait until every task of the job has been reported.
      while (!progress.line().matches(""".*: (\d+)/\1 tasks.*""") && System.nanoTime() < deadline) Thread.sleep(50)
      progress.line()
    } finally progress.close()
    val tasks = """… demo: (\d+)/(\d+) tasks""".r.findFirstMatchIn(line).map(m => (m.group(1).toInt, m.group(2).toInt))
    assert(tasks.exists { case (done, total) => done == total && done >= 4 }, line)
    assert(line.contains("elapsed") && line.contains("left"), line)
  }

  test("progress counts the records that crawl-file reading reports through its accumulator") {
    val out = new ByteArrayOutputStream()
    val read = spark.sparkContext.longAccumulator(ReadCrawlFile.RECORDS_READ)
    val progress = StageProgress.start("ingest", spark.sparkContext, new PrintStream(out, true, "UTF-8"), 3600)
    val line = try {
      spark.sparkContext.parallelize(1 to 500, 4).foreach(_ => read.add(1))
      val deadline = System.nanoTime() + 10000000000L
      while (!progress.line().contains(" 500 records read") && System.nanoTime() < deadline) Thread.sleep(50)
      progress.line()
    } finally progress.close()
    assert(line.contains(" 500 records read"), line)
  }
}
