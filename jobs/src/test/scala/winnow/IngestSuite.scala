package winnow

import java.io.{ByteArrayOutputStream, FileOutputStream}
import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}
import java.util.zip.GZIPOutputStream

import org.scalatest.funsuite.AnyFunSuite
import winnow.ingest.IngestStage

/** Ingest on broken inputs: every record lands in pages or rejects, with a reason; nothing crashes the job. */
class IngestSuite extends AnyFunSuite with SharedSpark {

  private def write(path: Path, bytes: Array[Byte]): Unit = {
    Files.createDirectories(path.getParent)
    Files.write(path, bytes)
  }

  private def gzip(bytes: Array[Byte]): Array[Byte] = {
    val out = new ByteArrayOutputStream()
    val gz = new GZIPOutputStream(out)
    gz.write(bytes)
    gz.close()
    out.toByteArray
  }

  private def warcResponse(url: String, body: Array[Byte], contentType: String): Array[Byte] = {
    val http = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
      .getBytes(StandardCharsets.ISO_8859_1) ++ body
    val header = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url +
      "\r\nWARC-Date: 2022-11-14T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(url.getBytes) +
      ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n")
      .getBytes(StandardCharsets.ISO_8859_1)
    header ++ http ++ "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)
  }

  private val html = "<html><head><title>Strike on Odesa port</title></head><body><p>Missiles hit the Odesa port " +
    "on Monday, the regional administration said, damaging two grain terminals.</p></body></html>"

  test("good and bad records of every format: pages + rejects = input records, each reject with its reason") {
    val in = tempDir("winnow-bad-input")
    val good1 = warcResponse("https://ex.com/a", html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8")
    val binary = warcResponse("https://ex.com/bin", Array.tabulate[Byte](4000)(i => (i * 7 % 256).toByte), "text/html")
    val empty = warcResponse("https://ex.com/empty", Array.emptyByteArray, "text/html")
    write(in.resolve("good.warc.gz"), gzip(good1) ++ gzip(binary) ++ gzip(empty))
    val truncated = gzip(warcResponse("https://ex.com/t", html.getBytes(StandardCharsets.UTF_8), "text/html"))
    write(in.resolve("truncated.warc.gz"), gzip(good1.map(identity)) ++ truncated.take(truncated.length / 2))
    write(in.resolve("not-a-warc.warc.gz"), "just some text, not a WARC".getBytes(StandardCharsets.UTF_8))
    val jsonl = Seq(
      """{"url": "https://ex.com/j1", "fetched_at": "2022-11-15T10:00:00Z", "html": "<p>Shelling of Kherson continued overnight, officials said, with three districts hit.</p>"}""",
      """{"url": "https://ex.com/j2", "html": """,
      """["not", "an", "object"]""",
      """{"html": "<p>no url</p>"}""",
      """{"url": "https://ex.com/j3", "text": "Plain text body about the Zaporizhzhia plant and its cooling pond."}""")
    write(in.resolve("feed.jsonl"), jsonl.mkString("\n").getBytes(StandardCharsets.UTF_8))
    write(in.resolve("notes.docx"), Array[Byte](1, 2, 3))
    write(in.resolve("_ignored/skip.jsonl"), "garbage".getBytes(StandardCharsets.UTF_8))

    val config = SharedSpark.config(tempDir("winnow-wh-ingest"), s"""input=["$in"]""")
    val wh = SharedSpark.warehouse(config)
    val report = IngestStage.run(wh, config)
    val pages = wh.read("pages")
    val rejects = wh.read("rejects")
    val reasons = rejects.select("reason").collect().map(_.getString(0)).toSeq.sorted
    assert(pages.count() + rejects.count() == report.inputRecords,
      s"pages ${pages.count()} + rejects ${rejects.count()} must equal input records ${report.inputRecords}")
    val urls = pages.select("url").collect().map(_.getString(0)).toSet
    assert(urls == Set("https://ex.com/a", "https://ex.com/j1", "https://ex.com/j3"), s"pages: $urls")
    for (expected <- Seq("binary-body", "empty-body", "malformed-json", "missing-field", "unreadable-file",
      "unsupported-format")) {
      assert(reasons.contains(expected), s"expected a reject with reason $expected, got $reasons")
    }
    assert(reasons.count(_ == "duplicate-record") == 1, s"the second copy of page a is kept as a reject: $reasons")
    assert(reasons.exists(r => r == "unreadable-record" || r == "unreadable-file"), s"truncated file: $reasons")
    assert(rejects.filter("reason = 'malformed-json'").select("sample").head().getString(0).contains("ex.com/j2"),
      "a reject keeps a sample of its bytes")
  }
}
