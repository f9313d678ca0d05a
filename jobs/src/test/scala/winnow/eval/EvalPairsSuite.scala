package winnow.eval

import com.fasterxml.jackson.databind.ObjectMapper
import com.fasterxml.jackson.databind.node.ObjectNode
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import org.scalatest.funsuite.AnyFunSuite
import winnow.{SampleRun, SharedSpark}

import scala.collection.JavaConverters._

/**
 * `bin/winnow eval pairs --out`: one decision per labelled pair, consistent with the stories it prints; a document
 * the job would not cluster (a caption for a body) is in no story.
 */
class EvalPairsSuite extends AnyFunSuite with SharedSpark {
  private val json = new ObjectMapper()

  private def side(url: String, title: String, text: String) =
    json.createObjectNode().put("url", url).put("title", title).put("text", text)

  test("eval pairs writes each pair's decision: a copied report is the same story, an unrelated one is not") {
    val dam = "Engineers inspected the Dnipro dam at Zaporizhzhia after overnight shelling damaged a spillway gate. " +
      "The operator Ukrhydroenergo said water levels in the Kakhovka reservoir were stable and that repair crews " +
      "would reach the turbine hall once the shelling stopped. Residents of Enerhodar were told to store water."
    val grain = "A convoy of grain ships left Odesa under the Black Sea corridor on Tuesday, carrying wheat and maize " +
      "bound for Istanbul and Alexandria. Port officials counted eleven vessels loaded with corn and sunflower meal, " +
      "and insurers in London lowered the war-risk premiums they charge shipowners for the voyage."
    val pairs = Seq(
      json.createObjectNode().put("lang", "en").put("same_story", true)
        .set[ObjectNode]("a", side("https://a.example/dam", "Dam damaged", dam))
        .set[ObjectNode]("b", side("https://b.example/dam-copy", "Dam damaged",
          dam)),
      json.createObjectNode().put("lang", "en").put("same_story", false)
        .set[ObjectNode]("a", side("https://a.example/dam", "Dam damaged", dam))
        .set[ObjectNode]("b", side("https://c.example/grain", "Grain ships sail",
          grain)),
      // Photo galleries whose only text is the caption: no articles in the job, so in no story, whatever they share.
      json.createObjectNode().put("lang", "ru").put("same_story", false)
        .set[ObjectNode]("a", side("https://d.example/nails", "Маникюр 2020", "Смотреть все фото к статье (18)"))
        .set[ObjectNode]("b", side("https://d.example/heart", "Продукты для сердца", "Смотреть все фото к статье (9)")))
    val dir = tempDir("eval-pairs")
    val data = dir.resolve("pairs.jsonl")
    Files.write(data, pairs.map(json.writeValueAsString).asJava, StandardCharsets.UTF_8)
    val pred = dir.resolve("pred.jsonl")
    val (code, out) = SampleRun.cli(Seq("eval", "pairs", "--data", data.toString, "--out", pred.toString) ++
      SampleRun.commonArgs: _*)
    assert(code == 0, out)
    assert(out.contains("3 pairs over 5 documents"), out)
    val lines = Files.readAllLines(pred, StandardCharsets.UTF_8).asScala.map(json.readTree)
    assert(lines.size == 3)
    for (l <- lines.take(2)) {
      assert(l.get("predicted").asBoolean() == (l.get("a_story").asText() == l.get("b_story").asText()), l)
    }
    assert(lines.map(l => l.get("b").asText() -> l.get("predicted").asBoolean()) ==
      Seq("https://b.example/dam-copy" -> true, "https://c.example/grain" -> false, "https://d.example/heart" -> false))
    assert(lines(2).get("a_story").isNull && lines(2).get("b_story").isNull, lines(2))
    assert(lines.head.get("a_title").asText() == "Dam damaged" && lines.head.get("same_story").asBoolean())
  }
}
