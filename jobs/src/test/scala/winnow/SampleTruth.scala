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
