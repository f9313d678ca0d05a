package winnow

import java.io.ByteArrayOutputStream
import java.nio.charset.{Charset, StandardCharsets}
import java.nio.file.{Files, Path}
import java.util.zip.GZIPOutputStream

/**
 * The broken-input corpus, generated (deterministically) into a folder: every kind of bad record a nightly crawl
 * has brought us, between good records. `expected` says what each URL must become: "page" or a reject reason.
 */
object BadInputs {
  private val Latin1 = StandardCharsets.ISO_8859_1

  def gzip(bytes: Array[Byte]): Array[Byte] = {
    val out = new ByteArrayOutputStream()
    val gz = new GZIPOutputStream(out)
    gz.write(bytes)
    gz.close()
    out.toByteArray
  }

  /** gzip of `n` zero bytes, streamed: a small file that inflates to n bytes. */
  def gzipZeros(n: Long, prefix: Array[Byte] = Array.emptyByteArray): Array[Byte] = {
    val out = new ByteArrayOutputStream()
    val gz = new GZIPOutputStream(out, 1 << 16)
    gz.write(prefix)
    val chunk = new Array[Byte](1 << 20)
    var left = n
    while (left > 0) {
      val k = math.min(left, chunk.length.toLong).toInt
      gz.write(chunk, 0, k)
      left -= k
    }
    gz.close()
    out.toByteArray
  }

  /** A WARC response record; `lengthDelta` makes its Content-Length lie by that many bytes. */
  def warcResponse(url: String, body: Array[Byte], contentType: String, lengthDelta: Int = 0): Array[Byte] = {
    val http = ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n")
      .getBytes(Latin1) ++ body
    val header = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url +
      "\r\nWARC-Date: 2022-11-14T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:" +
      java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) +
      ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + (http.length + lengthDelta) +
      "\r\n\r\n").getBytes(Latin1)
    header ++ http ++ "\r\n\r\n".getBytes(Latin1)
  }

  def html(title: String, text: String): String =
    s"<html><head><title>$title</title></head><body><p>$text</p></body></html>"

  private val prose = "Missiles hit the Odesa port on Monday, the regional administration said, damaging two grain " +
    "terminals and a warehouse; rescuers worked through the night."

  private def page(url: String, text: String = prose): Array[Byte] =
    warcResponse(url, html("Report " + url, text).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8")

  /** What each URL must become. */
  val expected: Map[String, String] = Map(
    "https://ex.com/good-1" -> "page",
    "https://ex.com/binary" -> "binary-body",
    "https://ex.com/empty" -> "empty-body",
    "https://ex.com/wrong-charset" -> "page",
    "https://ex.com/nul-bytes" -> "page",
    "https://ex.com/deep" -> "page",
    "https://ex.com/huge" -> "too-large",
    "https://ex.com/bad-length" -> "bad-content-length",
    "https://ex.com/after-bad-length" -> "page",
    "https://ex.com/good-2" -> "page",
    "https://ex.com/truncated-ok" -> "page",
    "https://ex.com/warc-bomb" -> "too-large",
    "https://ex.com/j1" -> "page",
    "https://ex.com/j3" -> "page",
    "https://ex.com/j4" -> "page")

  /** Reasons of records that have no URL of their own (whole files, unparseable lines). */
  val expectedWithoutUrl: Seq[String] = Seq("unreadable-file", "unreadable-record", "decompressed-too-large",
    "malformed-json", "malformed-json", "malformed-json", "missing-field", "unsupported-format")

  def write(dir: Path): Path = {
    def put(name: String, bytes: Array[Byte]): Unit = {
      val p = dir.resolve(name)
      Files.createDirectories(p.getParent)
      Files.write(p, bytes)
    }
    val cp1251 = Charset.forName("windows-1251")
    val ukrainian = "Обстріл Херсона тривав усю ніч: пошкоджено три райони, повідомили у міській військовій адміністрації."
    val nul = html("Strike on Kharkiv", prose.replace("port", "port\u0000") + "\u0000").getBytes(StandardCharsets.UTF_8)
    val deep = ("<html><body>" + "<div>" * 10000 + "<p>" + prose + "</p>" + "</div>" * 10000 + "</body></html>")
      .getBytes(StandardCharsets.UTF_8)
    val huge = html("Huge", "word " * (4 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8)
    val members = Seq(
      page("https://ex.com/good-1"),
      warcResponse("https://ex.com/binary", Array.tabulate[Byte](4000)(i => (i * 7 % 256).toByte), "text/html"),
      warcResponse("https://ex.com/empty", Array.emptyByteArray, "text/html"),
      warcResponse("https://ex.com/wrong-charset", html("Херсон", ukrainian).getBytes(cp1251),
        "text/html; charset=utf-8"),
      warcResponse("https://ex.com/nul-bytes", nul, "text/html; charset=utf-8"),
      warcResponse("https://ex.com/deep", deep, "text/html; charset=utf-8"),
      warcResponse("https://ex.com/huge", huge, "text/html; charset=utf-8"),
      warcResponse("https://ex.com/bad-length", html("Bad length", prose).getBytes(StandardCharsets.UTF_8),
        "text/html", lengthDelta = -40),
      page("https://ex.com/after-bad-length"),
      page("https://ex.com/good-2"))
    put("night.warc.gz", members.map(gzip).reduce(_ ++ _))
    val cut = gzip(page("https://ex.com/truncated-lost"))
    put("truncated.warc.gz", gzip(page("https://ex.com/truncated-ok")) ++ cut.take(cut.length / 2))
    put("not-a-warc.warc.gz", "just some text, not a WARC".getBytes(StandardCharsets.UTF_8))
    put("bomb.jsonl.gz", gzipZeros(300L << 20,
      """{"url": "https://ex.com/bomb", "html": """".getBytes(StandardCharsets.UTF_8)))
    put("warc-bomb.warc.gz", gzipWarcBomb("https://ex.com/warc-bomb", 64L << 20))
    val jsonl = Seq(
      """{"url": "https://ex.com/j1", "fetched_at": "2022-11-15T10:00:00Z", "html": "<p>Shelling of Kherson continued overnight, officials said, with three districts hit.</p>"}""",
      """{"url": "https://ex.com/j2", "html": """,
      """["not", "an", "object"]""",
      """{"url": "https://ex.com/j3", "text": "Plain text body about the Zaporizhzhia plant and its cooling pond."}""",
      "\u0000\u0000{garbage",
      """{"html": "<p>no url</p>"}""",
      """{"url": "https://ex.com/j4", "text": "Power was restored to most of Mykolaiv by the evening, the utility said."}""")
    put("feed.jsonl", jsonl.mkString("\n").getBytes(StandardCharsets.UTF_8))
    put("notes.docx", Array[Byte](1, 2, 3))
    put("_ignored/skip.jsonl", "garbage".getBytes(StandardCharsets.UTF_8))
    dir
  }

  /** One gzip member holding a WARC response whose HTML body is `n` bytes of spaces (a decompression bomb). */
  private def gzipWarcBomb(url: String, n: Long): Array[Byte] = {
    val httpHead = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + n + "\r\n\r\n").getBytes(Latin1)
    val header = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + url +
      "\r\nWARC-Date: 2022-11-14T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:" +
      java.util.UUID.nameUUIDFromBytes(url.getBytes(StandardCharsets.UTF_8)) +
      ">\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: " + (httpHead.length + n) +
      "\r\n\r\n").getBytes(Latin1)
    val out = new ByteArrayOutputStream()
    val gz = new GZIPOutputStream(out, 1 << 16)
    gz.write(header)
    gz.write(httpHead)
    val spaces = Array.fill[Byte](1 << 20)(' ')
    var left = n
    while (left > 0) {
      val k = math.min(left, spaces.length.toLong).toInt
      gz.write(spaces, 0, k)
      left -= k
    }
    gz.write("\r\n\r\n".getBytes(Latin1))
    gz.close()
    out.toByteArray
  }
}
