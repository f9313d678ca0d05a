package winnow.bench

import org.apache.spark.sql.Row
import org.apache.spark.sql.types.{ArrayType, LongType, StringType, StructType}
import org.scalatest.funsuite.AnyFunSuite
import winnow.SharedSpark

import scala.collection.JavaConverters._

/** The benchmark's truth: exact Jaccard pairs through the inverted index, on hand-made shingle sets. */
class DupBenchSuite extends AnyFunSuite with SharedSpark {
  test("exact pairs: every pair at or above the threshold, each once, none below") {
    val schema = new StructType().add("page_id", StringType).add("shingles", ArrayType(LongType, false))
    val sets = Seq(
      "a" -> (1L to 10L),                  // a, b: 9 shared of 11 -> 0.818
      "b" -> ((1L to 9L) :+ 11L),
      "c" -> ((1L to 5L) ++ (20L to 24L)), // c with a: 5 of 15 -> 0.333
      "d" -> (30L to 39L),                 // shares nothing
      "e" -> ((1L to 6L) ++ Seq(60L, 61L)) // e with a and with b: 6 of 12 -> exactly 0.5, kept
    )
    val shingles = spark.createDataFrame(sets.map { case (id, xs) => Row(id, xs.asJava) }.asJava, schema)
    val pairs = DupBench.exactPairs(shingles, 10, 0.5).collect().map(r => (r.getString(0), r.getString(1))).toSet
    assert(pairs == Set(("a", "b"), ("a", "e"), ("b", "e")), pairs)
    assert(DupBench.exactPairs(shingles, 10, 0.6).collect().map(r => (r.getString(0), r.getString(1))).toSet ==
      Set(("a", "b")))
  }
}
