package winnow

import java.nio.file.Path

import org.apache.spark.sql.{DataFrame, SparkSession}

/** The generator's ground truth under data-sample/_truth, joined to the job's tables by URL. */
final class SampleTruth(spark: SparkSession, sample: Path) {
  private def read(name: String): DataFrame = spark.read.json(sample.resolve("_truth").resolve(name).toString)

  lazy val pages: DataFrame = read("pages.jsonl")
  lazy val blocks: DataFrame = read("blocks.jsonl")
  lazy val seedBlocks: DataFrame = read("seed.blocks.jsonl")
}

/** Pair-counting precision, recall and F1 of a clustering against gold labels. */
object PairwiseF1 {
  final case class Score(precision: Double, recall: Double, f1: Double)

  /** @param assigned (item, predicted cluster, gold cluster) */
  def score(assigned: Seq[(String, String, String)]): Score = {
    def pairs(key: ((String, String, String)) => String): Set[(String, String)] =
      assigned.groupBy(key).values.flatMap { members =>
        val ids = members.map(_._1).sorted
        for (i <- ids.indices; j <- i + 1 until ids.size) yield (ids(i), ids(j))
      }.toSet
    val predicted = pairs(_._2)
    val gold = pairs(_._3)
    val tp = (predicted intersect gold).size.toDouble
    val p = if (predicted.isEmpty) 1.0 else tp / predicted.size
    val r = if (gold.isEmpty) 1.0 else tp / gold.size
    Score(p, r, if (p + r == 0) 0 else 2 * p * r / (p + r))
  }
}
