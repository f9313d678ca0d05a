package winnow.tables

import org.apache.spark.sql.Row
import org.apache.spark.sql.types.{LongType, StringType, StructField, StructType}
import org.scalatest.funsuite.AnyFunSuite
import winnow.SharedSpark

import scala.collection.JavaConverters._

/** Writes by MERGE on the key: a rewrite with the same rows commits nothing, and old tables gain new columns. */
class WarehouseSuite extends AnyFunSuite with SharedSpark {
  private def column(name: String, kind: String, nullable: Boolean) =
    new TableSchema.Column(name, kind, nullable, s"the $name", "1")

  private val idAndText = Seq(column("id", "bigint", false), column("text", "string", true))

  private def schema(columns: Seq[TableSchema.Column]) =
    new TableSchema("demo", "A demo table.", "What is it?", List("id").asJava, List.empty[String].asJava, columns.asJava)

  private def rows(values: (Long, String)*) = {
    val struct = StructType(Seq(StructField("id", LongType, false), StructField("text", StringType, true)))
    spark.createDataFrame(values.map { case (i, t) => Row(i, t) }.asJava, struct)
  }

  private def contents(w: Warehouse): Set[(Long, String)] =
    w.read("demo").collect().map(r => (r.getAs[Long]("id"), r.getAs[String]("text"))).toSet

  test("a recomputed table written again with the same rows keeps its version; changes, inserts and deletes land") {
    val w = SharedSpark.warehouse(SharedSpark.config(tempDir("winnow-wh")))
    val s = schema(idAndText)
    w.merge(s, rows(1L -> "a", 2L -> "b", 3L -> "c"), true)
    val written = w.version("demo")
    w.merge(s, rows(3L -> "c", 1L -> "a", 2L -> "b"), true)
    assert(w.version("demo") == written, "an unchanged rewrite must not commit")
    w.merge(s, rows(1L -> "a", 2L -> "B", 4L -> "d"), true)
    assert(contents(w) == Set(1L -> "a", 2L -> "B", 4L -> "d"))
    assert(w.version("demo") > written)
    w.merge(s, rows(5L -> "e"), false)
    assert(contents(w) == Set(1L -> "a", 2L -> "B", 4L -> "d", 5L -> "e"), "without deleteMissing rows are kept")
  }

  test("a table written before a column was added gains it, nullable, and takes writes again") {
    val w = SharedSpark.warehouse(SharedSpark.config(tempDir("winnow-wh")))
    val old = schema(idAndText)
    w.merge(old, rows(1L -> "a"), false)
    val grown = schema(idAndText :+ column("lang", "string", true))
    val withLang = rows(2L -> "b").selectExpr("*", "'en' AS lang")
    w.merge(grown, withLang, false)
    val table = w.read("demo")
    assert(table.columns.toSeq == Seq("id", "text", "lang"))
    assert(table.orderBy("id").collect().map(r => Option(r.getAs[String]("lang"))).toSeq == Seq(None, Some("en")))
    val comment = table.schema("lang").getComment()
    assert(comment.contains("the lang"), comment)
    val required = schema(idAndText :+ column("score", "double", false))
    val e = intercept[IllegalStateException](w.merge(required, withLang.selectExpr("id", "text", "1.0D AS score"), false))
    assert(e.getMessage.contains("score") && e.getMessage.contains("not nullable"), e.getMessage)
  }
}
