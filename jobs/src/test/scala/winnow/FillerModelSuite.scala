package winnow

import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}

import com.fasterxml.jackson.databind.ObjectMapper
import org.apache.spark.sql.functions._
import org.scalatest.funsuite.AnyFunSuite
import winnow.filler.BlockModel

import scala.collection.JavaConverters._

/**
 * `train filler` and `eval filler` through the command line, on a benchmark in the neutral format made from the
 * sample run's pages and the generator's labelled blocks: the same format as ../shared/bench, which tests never need.
 */
class FillerModelSuite extends AnyFunSuite with SharedSpark {
  private lazy val bench: Path = {
    SampleRun.output
    val dir = tempDir("filler-bench")
    Files.createDirectories(dir.resolve("pages"))
    val truth = new SampleTruth(spark, root.resolve("data-sample"))
    val mains = truth.blocks.groupBy("url")
      .agg(sort_array(collect_list(when(col("label") === "content", struct(col("block_no"), col("text")))))
        .as("content"))
    val pages = SampleRun.warehouse.read("pages").filter(col("content_type") === "text/html")
      .join(mains, "url").select("page_id", "url", "body", "content.text").collect()
    val json = new ObjectMapper()
    val lines = pages.map { r =>
      Files.write(dir.resolve("pages").resolve(r.getString(0) + ".html"), r.getString(2).getBytes(StandardCharsets.UTF_8))
      val main = r.getSeq[String](3).mkString("\n\n")
      json.writeValueAsString(Map("id" -> r.getString(0), "url" -> r.getString(1), "page_type" -> "article",
        "main_text" -> main, "with" -> Seq().asJava, "without" -> Seq().asJava).asJava)
    }
    Files.write(dir.resolve("truth.jsonl"), lines.mkString("\n").getBytes(StandardCharsets.UTF_8))
    dir
  }

  test("train filler writes a two-stage model and scores it on the domains it did not train on") {
    val model = tempDir("filler-model").resolve("model.json")
    val (code, out) = SampleRun.cli(Seq("train", "filler", "--data", bench.toString, "--out", model.toString,
      "--trees", "4", "--depth", "3") ++ SampleRun.commonArgs: _*)
    assert(code == 0, out)
    val trained = BlockModel.named(model.toString)
    assert(trained.second() != null && trained.first().trees().size() == 4)
    assert(trained.about().contains("trees of depth 3"))
    for (table <- Seq("HTML, rules only, held-out", "HTML, rules + model, held-out", "text, rules + model, trained")) {
      assert(out.contains(table), s"missing '$table' in:\n$out")
    }
    val pred = tempDir("filler-pred").resolve("pred.jsonl")
    val (evalCode, evalOut) = SampleRun.cli(Seq("eval", "filler", "--data", bench.toString, "--out",
      pred.toString, "--set", s"filler.model=$model") ++ SampleRun.commonArgs: _*)
    assert(evalCode == 0, evalOut)
    assert(evalOut.contains("pages of domains the block model was not trained on"), evalOut)
    // Each predicted block says why: the rule, and the model's probability where the model decided.
    val reasons = Files.readAllLines(pred).asScala.flatMap { line =>
      new ObjectMapper().readTree(line).get("blocks").elements().asScala.map(_.get("reason").asText())
    }
    assert(reasons.nonEmpty && reasons.forall(_.nonEmpty))
    assert(reasons.exists(_.contains("p(content)")), reasons.take(20))
  }
}
