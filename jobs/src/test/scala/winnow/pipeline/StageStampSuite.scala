package winnow.pipeline

import org.apache.spark.sql.Row
import org.apache.spark.sql.types.{LongType, StructField, StructType}
import org.scalatest.funsuite.AnyFunSuite
import winnow.SharedSpark
import winnow.tables.{TableSchema, Warehouse}

import scala.collection.JavaConverters._

/** A stage is up to date while its code, its settings and every table it touched are as it left them. */
class StageStampSuite extends AnyFunSuite with SharedSpark {
  private val demo = new TableSchema("demo", "A demo table.", "What is it?", List("id").asJava,
    List.empty[String].asJava, List(new TableSchema.Column("id", "bigint", false, "the id", "1")).asJava)

  private def write(w: Warehouse, ids: Long*): Unit = w.merge(demo,
    spark.createDataFrame(ids.map(i => Row(i)).asJava, StructType(Seq(StructField("id", LongType, false)))), true)

  test("the stamp holds until a table the stage touched gets a new version, and the runs table keeps the last one") {
    val config = SharedSpark.config(tempDir("winnow-stamp"))
    val w = SharedSpark.warehouse(config)
    w.startTracking()
    write(w, 1, 2)
    assert(w.touched().asScala == Set("demo"))
    val digest = StageStamp.digest("stories", config.stories())
    val stamp = StageStamp.of(w, digest, w.touched())
    assert(stamp.current(w))
    write(w, 2, 1)
    assert(stamp.current(w), "rewriting the same rows leaves the stage up to date")

    val report = StageReport.of("stories", 2, 1.5, "stories", Long.box(1L)).withStamp(stamp)
    new RunLog(w, config, List("stories").asJava).succeeded(List(report).asJava)
    val later = new Warehouse(spark, config, RunLog.newRunId())
    new RunLog(later, config, List("ingest").asJava).started()
    val last = RunLog.last(later, "stories").orElseThrow()
    assert(last.runId == w.runId && last.stamp == stamp, last)
    assert(last.counts.asScala == Map("records" -> 2L, "stories" -> 1L))
    val skipped = StageReport.upToDate("stories", last, 0.2)
    assert(skipped.skipped && skipped.inputRecords == 2 && skipped.line.contains("up to date since run " + w.runId),
      skipped.line)
    assert(RunLog.last(later, "publish").isEmpty)

    write(w, 1, 2, 3)
    assert(!stamp.current(w), "a new version of a table it read makes the stage run again")
  }

  test("the digest changes with the stage's settings and with the stage, not with anything else") {
    val config = SharedSpark.config(tempDir("winnow-stamp"))
    val other = SharedSpark.config(tempDir("winnow-stamp"), "stories.story-similarity=0.5")
    assert(StageStamp.digest("stories", config.stories()) == StageStamp.digest("stories", config.stories()))
    assert(StageStamp.digest("stories", config.stories()) != StageStamp.digest("stories", other.stories()))
    assert(StageStamp.digest("filler", config.filler()) == StageStamp.digest("filler", other.filler()))
    assert(StageStamp.digest("publish", "") != StageStamp.digest("filler", ""))
  }
}
