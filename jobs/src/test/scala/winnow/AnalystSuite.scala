package winnow

import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}
import java.sql.DriverManager

import com.fasterxml.jackson.databind.ObjectMapper
import org.scalatest.BeforeAndAfterAll
import org.scalatest.funsuite.AnyFunSuite
import winnow.docs.TableDocs
import winnow.notebook.NotebookRunner
import winnow.publish.PublishStage
import winnow.serve.JdbcServer

import scala.collection.JavaConverters._

/**
 * What analysts touch, on the sample run's tables: the catalog, the documented example queries, every notebook,
 * the JDBC endpoint BI tools use, and the HTML report.
 */
class AnalystSuite extends AnyFunSuite with SharedSpark with BeforeAndAfterAll {
  private val json = new ObjectMapper()

  override def beforeAll(): Unit = {
    SampleRun.output
    SampleRun.warehouse.registerAll()
  }

  private def notebooks: Seq[Path] =
    Files.list(root.resolve("notebooks")).iterator().asScala.filter(_.toString.endsWith(".ipynb")).toSeq.sortBy(_.toString)

  test("tables live in a Hive metastore under the warehouse, as external Delta tables") {
    assert(spark.conf.get("spark.sql.catalogImplementation") == "hive")
    assert(Files.isDirectory(SampleRun.warehousePath.resolve("_metastore/metastore_db")), "no embedded metastore")
    val detail = spark.sql("DESCRIBE TABLE EXTENDED winnow.articles").collect()
      .map(r => r.getString(0) -> Option(r.getString(1)).getOrElse("")).toMap
    assert(detail.get("Type").contains("EXTERNAL"), s"articles is not external: $detail")
    assert(detail.get("Provider").exists(_.equalsIgnoreCase("delta")), s"articles is not Delta: $detail")
    val partitions = spark.sql("DESCRIBE DETAIL winnow.articles").select("partitionColumns").head().getSeq[String](0)
    assert(partitions == Seq("crawl_date"), s"articles partitioned by $partitions")
  }

  test("docs/tables.md's example queries run and return rows") {
    for (e <- TableDocs.examples().asScala) {
      val rows = spark.sql(e.sql()).collect()
      assert(rows.nonEmpty, s"'${e.question()}' returned nothing:\n${e.sql()}")
    }
  }

  test("gold tables answer their questions on the sample") {
    for (t <- PublishStage.TABLES.asScala) {
      assert(spark.table(s"winnow.$t").count() > 0, s"$t is empty")
    }
    val ranks = spark.sql("SELECT day, collect_list(rank) AS r FROM winnow.gold_top_stories_daily GROUP BY day").collect()
    assert(ranks.forall(r => r.getSeq[Int](1).sorted == (1 to r.getSeq[Int](1).size)), "ranks are 1..n per day")
    val selfCopies = spark.sql("SELECT count(*) FROM winnow.gold_copy_flows WHERE source_domain = copier_domain").head().getLong(0)
    assert(selfCopies == 0, "an outlet copying itself is not a flow between outlets")
    val mismatch = spark.sql("""SELECT s.domain FROM winnow.gold_syndication_by_outlet s
      LEFT JOIN (SELECT copier_domain, sum(copies) AS c FROM winnow.gold_copy_flows GROUP BY 1) f ON f.copier_domain = s.domain
      WHERE s.copied_articles <> coalesce(f.c, 0)""").count()
    assert(mismatch == 0, "copied_articles must equal the copies in gold_copy_flows")
  }

  test("every notebook runs: no cell fails, no cell that should return rows is empty") {
    val out = tempDir("winnow-notebooks")
    for (nb <- notebooks) {
      val (code, text) = SampleRun.cli(Seq("notebook", "run", nb.toString, "--out-dir", out.toString) ++
        SampleRun.commonArgs: _*)
      assert(code == 0, s"${nb.getFileName}:\n$text")
      val executed = json.readTree(out.resolve(nb.getFileName).toFile)
      for (cell <- executed.get("cells").elements().asScala if cell.get("cell_type").asText() == "code") {
        val outputs = cell.get("outputs")
        assert(outputs.size() == 1 && outputs.get(0).get("output_type").asText() == "execute_result",
          s"${nb.getFileName}: a cell without a result: $cell")
      }
    }
  }

  test("the redesign notebook finds the sample's redesigned outlet and nothing else") {
    val cells = NotebookRunner.sqlCells(root.resolve("notebooks/filler_after_redesign.ipynb")).asScala
    cells.filter(_.startsWith("CREATE")).foreach(spark.sql)
    val found = spark.sql("SELECT domain, change_day, change FROM redesigns").collect()
    assert(found.map(_.getString(0)).toSeq == Seq("thewarwire.co.uk"), s"redesigns found: ${found.toSeq}")
    assert(found.head.getDate(1).toLocalDate == java.time.LocalDate.of(2022, 11, 19),
      s"change day ${found.head.get(1)} (the generator redesigns the site on 2022-11-19)")
    assert(found.head.getDouble(2) > 0, "the redesign added filler")
  }

  test("committed notebooks carry their results, so they render anywhere") {
    for (nb <- notebooks; cell <- json.readTree(nb.toFile).get("cells").elements().asScala
         if cell.get("cell_type").asText() == "code") {
      assert(cell.get("outputs").size() > 0,
        s"${nb.getFileName} has a cell without output: run bin/winnow notebook run ${root.relativize(nb)}")
    }
  }

  test("serve: a Hive JDBC client reads the gold tables") {
    val port = SharedSpark.jdbcPort
    val server = JdbcServer.start(spark, "winnow", 120000)
    try {
      assert(server.url() == s"jdbc:hive2://127.0.0.1:$port/winnow")
      Class.forName("org.apache.hive.jdbc.HiveDriver")
      val conn = DriverManager.getConnection(server.url(), "analyst", "")
      try {
        val tables = {
          val rs = conn.createStatement().executeQuery("SHOW TABLES IN winnow")
          Iterator.continually(rs).takeWhile(_.next()).map(_.getString("tableName")).toSet
        }
        assert(PublishStage.TABLES.asScala.forall(tables.contains), s"tables over JDBC: $tables")
        val rs = conn.createStatement().executeQuery(
          "SELECT source_domain, copier_domain, copies FROM gold_copy_flows ORDER BY copies DESC, source_domain, copier_domain")
        val viaJdbc = Iterator.continually(rs).takeWhile(_.next())
          .map(r => (r.getString(1), r.getString(2), r.getLong(3))).toList
        val direct = spark.sql("SELECT source_domain, copier_domain, copies FROM winnow.gold_copy_flows " +
          "ORDER BY copies DESC, source_domain, copier_domain").collect().map(r => (r.getString(0), r.getString(1), r.getLong(2))).toList
        assert(viaJdbc.nonEmpty && viaJdbc == direct, s"JDBC rows differ:\n$viaJdbc\nvs\n$direct")
        val volume = conn.createStatement().executeQuery("SELECT sum(articles) FROM winnow.gold_daily_story_volume")
        assert(volume.next() && volume.getLong(1) > 0)
      } finally conn.close()
    } finally server.close()
  }

  test("report: one self-contained HTML file with the charts and the sample's figures") {
    val out = tempDir("winnow-report").resolve("report.html")
    val (code, text) = SampleRun.cli(Seq("report", "--out", out.toString) ++ SampleRun.commonArgs: _*)
    assert(code == 0, text)
    val html = new String(Files.readAllBytes(out), StandardCharsets.UTF_8)
    assert(html.contains("echarts") && html.length > 1000000, "the chart library is not inlined")
    assert("""(src|href)\s*=\s*["']?(https?:)?//""".r.findFirstIn(html).isEmpty, "the page loads something from the network")
    for (id <- Seq("fillerHistogram", "fillerByOutlet", "fillerByCategory", "timeline", "topStoriesChart", "groupSizes", "network")) {
      assert(html.contains(s"""id="$id""""), s"no chart $id")
    }
    val topHeadline = spark.sql("SELECT headline FROM winnow.stories ORDER BY articles DESC, story_id LIMIT 1").head().getString(0)
    val dataJson = html.substring(html.indexOf("const DATA = ") + 13, html.indexOf(";\n", html.indexOf("const DATA = ")))
    val data = json.readTree(dataJson.replace("<\\/", "</"))
    assert(data.get("topStories").get(0).get("headline").asText() == topHeadline)
    assert(data.get("totals").get("pages").asLong() == spark.table("winnow.pages").count())
    assert(data.get("copyFlows").size() == spark.table("winnow.gold_copy_flows").count())
  }
}
