package winnow.eval

import org.apache.spark.sql.Row
import org.apache.spark.sql.types.{StringType, StructType}
import org.scalatest.funsuite.AnyFunSuite
import winnow.SharedSpark

import scala.collection.JavaConverters._

/** The merge trace that `eval stories --trace-merges` prints, on a constructed round. */
class WrongMergesSuite extends AnyFunSuite with SharedSpark {
  test("a move is wrong when its two clusters share no labelled story; unlabelled clusters are not judged") {
    // d1, d2, d3 report story A, d4 and d5 story B, d6 has no label
    val docs = Seq("A", "A", "A", "B", "B", null).zipWithIndex.map { case (story, i) =>
      new StoryBench.Doc(s"d${i + 1}", "title", "text", null, "en", "outlet.example", story)
    }
    val page = docs.map(d => d.id() -> d.pageId()).toMap
    val labelSchema = new StructType().add("page_id", StringType).add("cluster", StringType)
    val labels = spark.createDataFrame(Seq("d1" -> "c1", "d2" -> "c1", "d3" -> "c3", "d4" -> "c4", "d5" -> "c5",
      "d6" -> "c6").map { case (d, c) => Row(page(d), c) }.asJava, labelSchema)
    val moveSchema = new StructType().add("cluster", StringType).add("merged", StringType)
    // c3 joins its own story, c4 joins another, c6 (unlabelled) joins c5
    val moves = spark.createDataFrame(Seq(Row("c3", "c1"), Row("c4", "c1"), Row("c6", "c5")).asJava, moveSchema)
    val trace = new WrongMerges(spark, docs.asJava)
    trace.round(1, labels, moves)
    val lines = trace.table().split("\n")
    assert(lines(0) == WrongMerges.HEADER.stripLineEnd)
    // round, moves, judged, wrong, share, median and largest size of a wrong join (c4 + c1: 1 + 2 articles)
    assert(lines(1).trim.split("\\s+").toSeq == Seq("1", "3", "2", "1", "0.500", "3", "3"), lines(1))
  }
}
