package winnow.nlp

import org.apache.spark.sql.Row
import org.apache.spark.sql.types.{StringType, StructType}
import org.scalatest.funsuite.AnyFunSuite
import winnow.SharedSpark
import scala.collection.JavaConverters._

/** The story stage's Spark NLP text path: terms without stop words, and names, places and numbers as entities. */
class TextNlpSuite extends AnyFunSuite with SharedSpark {
  test("terms drop stop words in every script; entities are the capitalised or numeric terms") {
    val schema = new StructType().add("page_id", StringType).add("text", StringType)
    val rows = Seq(Row("a", "Drones hit a power plant in Kharkiv on Tuesday, cutting power to 12,000 homes."),
      Row("b", "Ракета попала в здание в Харькове, сообщил Олег Синегубов."),
      Row("c", "Kyiv's mayor met Kyiv's council; A 2024-style plan."),
      // No-break, thin and narrow no-break spaces separate words like any space.
      Row("d", "Погода в\u00a0Бресте на\u00a017\u2009мая: 764\u202fмм"))
    val out = TextNlp.annotate(spark.createDataFrame(rows.asJava, schema), "text").collect()
      .map(r => r.getAs[String]("page_id") -> r).toMap
    def list(r: Row, c: String): Seq[String] = r.getList[String](r.fieldIndex(c)).asScala.toSeq
    assert(list(out("a"), "terms") == Seq("drones", "hit", "power", "plant", "kharkiv", "tuesday", "cutting", "power",
      "12000", "homes"))
    assert(list(out("a"), "entities") == Seq("drones", "kharkiv", "tuesday", "12000"))
    assert(list(out("b"), "entities") == Seq("ракета", "харькове", "олег", "синегубов"))
    assert(!list(out("b"), "terms").contains("в"))
    // Cleaned like the terms, repeats kept (they weigh in the vectors), one-letter and stop words out.
    assert(list(out("c"), "entities") == Seq("kyivs", "kyivs", "2024style"))
    assert(list(out("d"), "terms") == Seq("погода", "бресте", "17", "мая", "764", "мм"))
    assert(list(out("d"), "entities") == Seq("погода", "бресте", "17", "764"))
  }
}
