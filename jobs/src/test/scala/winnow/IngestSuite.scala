package winnow

import org.apache.spark.sql.functions.col
import org.scalatest.funsuite.AnyFunSuite
import winnow.filler.FillerStage
import winnow.ingest.IngestStage
import winnow.stories.StoriesStage

/**
 * The broken-input corpus ({@link BadInputs}) through ingest and filler: every good record becomes a page, every
 * bad one a reject with its reason, the job completes, and input records = pages + rejects.
 */
class IngestSuite extends AnyFunSuite with SharedSpark {

  test("broken inputs of every kind: good records are pages, bad ones rejects with a reason, counts reconcile") {
    val in = BadInputs.write(tempDir("winnow-bad-input"))
    // Parquet rows with the JSONL columns (Spark writes fetched_at as INT96), one without a URL, and a fake file.
    spark.sql("""SELECT * FROM VALUES
      ('https://ex.com/pq1', '<p>Air raid sirens sounded across Kyiv on Tuesday morning, the city said.</p>',
        CAST(NULL AS STRING), TIMESTAMP '2022-11-15 09:00:00'),
      ('https://ex.com/pq2', NULL, 'Power returned to most of Odesa by the evening, the utility said.', NULL),
      (NULL, '<p>no url</p>', NULL, NULL) AS t(url, html, text, fetched_at)""")
      .coalesce(1).write.parquet(in.resolve("parquet").toString)
    java.nio.file.Files.write(in.resolve("broken.parquet"), "PAR1 not really".getBytes("UTF-8"))
    val config = SharedSpark.config(tempDir("winnow-wh-ingest"), s"""input=["$in"]""",
      "ingest.max-decompressed-bytes=104857600")
    val wh = SharedSpark.warehouse(config)
    val report = IngestStage.run(wh, config)
    val pages = wh.read("pages")
    val rejects = wh.read("rejects")
    assert(pages.count() + rejects.count() == report.inputRecords,
      s"pages ${pages.count()} + rejects ${rejects.count()} must equal input records ${report.inputRecords}")

    val got: Map[String, String] = (pages.select(col("url"), col("url").isNotNull.as("p")).collect()
      .map(r => r.getString(0) -> "page") ++
      rejects.filter(col("url").isNotNull).select("url", "reason").collect().map(r => r.getString(0) -> r.getString(1)))
      .toMap
    val expected = BadInputs.expected ++ Map("https://ex.com/pq1" -> "page", "https://ex.com/pq2" -> "page")
    for ((url, outcome) <- expected) {
      assert(got.get(url).contains(outcome), s"$url should be $outcome, got ${got.get(url)}; all: $got")
    }
    val withoutUrl = rejects.filter(col("url").isNull).select("reason").collect().map(_.getString(0)).toSeq.sorted
    val expectedWithoutUrl = BadInputs.expectedWithoutUrl ++ Seq("missing-field", "unreadable-file")
    assert(withoutUrl == expectedWithoutUrl.sorted, s"rejects without a URL: $withoutUrl")
    assert(rejects.filter("reason = 'malformed-json'").select("sample").collect().exists(_.getString(0)
      .contains("ex.com/j2")), "a reject keeps a sample of its bytes")

    val fixed = pages.filter(col("url") === "https://ex.com/wrong-charset").select("charset", "body").head()
    assert(fixed.getString(0) == "windows-1251" && fixed.getString(1).contains("Обстріл Херсона"),
      s"a cp1251 page declared UTF-8 is read as cp1251: ${fixed.getString(0)}")
    assert(!pages.filter(col("url") === "https://ex.com/nul-bytes").head().getAs[String]("body").contains("\u0000"))
    val pq = pages.filter(col("url") === "https://ex.com/pq1").head()
    assert(pq.getAs[java.sql.Date]("crawl_date").toString == "2022-11-15", "a Parquet timestamp is the fetch time")

    val filler = FillerStage.run(wh, config)
    assert(filler.inputRecords == pages.count(), "the filler stage labels every page, the 10,000-deep one included")
    val deep = wh.read("articles").filter(col("url") === "https://ex.com/deep").head()
    assert(deep.getAs[Long]("chars_total") >= 0L)

    val files = wh.read("input_files").selectExpr("sum(records)").head().getLong(0)
    assert(files == report.inputRecords, "input_files counts every record of every file")
  }

  test("a second copy of the same fetch is kept as a duplicate-record reject, in the same run or a later one") {
    val dir = tempDir("winnow-dup-input")
    val good = BadInputs.warcResponse("https://ex.com/a",
      BadInputs.html("Strike", "Missiles hit the port on Monday, officials said.").getBytes("UTF-8"), "text/html")
    java.nio.file.Files.write(dir.resolve("b.warc.gz"), BadInputs.gzip(good) ++ BadInputs.gzip(good))
    val config = SharedSpark.config(tempDir("winnow-wh-dup"), s"""input=["$dir"]""")
    val wh = SharedSpark.warehouse(config)
    IngestStage.run(wh, config)
    // A later segment that sorts first holds a third copy: it becomes the page, the stored one a duplicate too.
    java.nio.file.Files.write(dir.resolve("a.warc.gz"), BadInputs.gzip(good))
    IngestStage.run(wh, config)
    val pages = wh.read("pages").collect()
    assert(pages.length == 1 && pages.head.getAs[String]("source_file").endsWith("a.warc.gz"))
    val reasons = wh.read("rejects").select("reason").collect().map(_.getString(0)).toSeq
    assert(reasons == Seq("duplicate-record", "duplicate-record"), reasons.toString)
  }

  test("a feed's items keep their headline and publication time and join the stories stage whatever their length") {
    val dir = tempDir("winnow-feed-input")
    val lead = "Missiles hit the Odesa port on Monday, damaging two grain terminals."
    java.nio.file.Files.write(dir.resolve("feed.jsonl"), Seq(
      s"""{"url": "https://ex.com/lead", "title": "Odesa port hit", "text": "$lead", "published": "2022-11-14"}""",
      """{"url": "https://ex.com/headline", "title": "Kherson without power", "text": "", "published_at": "2022-11-15T06:05:00Z"}""",
      """{"url": "https://ex.com/bad-date", "title": "Odesa port hit", "text": "x", "published": "Monday"}""",
      """{"url": "https://ex.com/nothing", "text": ""}""",
      """{"url": "https://ex.com/undated", "title": "Grain deal", "text": "The grain deal was extended.", "published": ""}"""
    ).mkString("\n").getBytes("UTF-8"))
    // The same in Parquet, with typed times: a date column and a timestamp column.
    spark.sql("""SELECT * FROM VALUES
      ('https://ex.com/pq-date', 'Mykolaiv shelled', 'Shelling hit Mykolaiv at night.', DATE '2022-11-16', NULL),
      ('https://ex.com/pq-time', 'Mykolaiv counts damage', '', NULL, TIMESTAMP '2022-11-17 10:30:00')
      AS t(url, title, text, published, published_at)""").coalesce(1).write.parquet(dir.resolve("pq").toString)
    val config = SharedSpark.config(tempDir("winnow-wh-feed"), s"""input=["$dir"]""")
    val wh = SharedSpark.warehouse(config)
    IngestStage.run(wh, config)
    val reasons = wh.read("rejects").collect().map(r => r.getAs[String]("url") -> r.getAs[String]("reason")).toMap
    assert(reasons == Map("https://ex.com/bad-date" -> "bad-field", "https://ex.com/nothing" -> "empty-body"))
    val pages = wh.read("pages").collect().map(r => r.getAs[String]("url") -> r).toMap
    assert(pages("https://ex.com/lead").getAs[String]("title") == "Odesa port hit", "the declared headline wins")
    assert(pages("https://ex.com/headline").getAs[String]("body").isEmpty, "a headline alone is an item")
    assert(pages("https://ex.com/undated").isNullAt(pages("https://ex.com/undated").fieldIndex("published_at")))
    FillerStage.run(wh, config)
    val published = wh.read("articles").selectExpr("url", "cast(published_at AS string)").collect()
      .map(r => r.getString(0) -> r.getString(1)).toMap
    assert(published("https://ex.com/lead") == "2022-11-14 00:00:00")
    assert(published("https://ex.com/headline") == "2022-11-15 06:05:00")
    assert(published("https://ex.com/pq-date") == "2022-11-16 00:00:00", "a Parquet date is the publication day")
    assert(published("https://ex.com/pq-time") == "2022-11-17 10:30:00")
    val clustered = StoriesStage.articles(wh).join(wh.read("articles").select("page_id", "url"), "page_id")
      .select("url").collect().map(_.getString(0)).toSet
    assert(clustered == Set("https://ex.com/lead", "https://ex.com/headline", "https://ex.com/undated",
      "https://ex.com/pq-date", "https://ex.com/pq-time"),
      "feed items are articles however short; a crawl's short page is not")
  }
}
