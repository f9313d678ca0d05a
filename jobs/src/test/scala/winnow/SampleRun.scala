package winnow

import java.io.{ByteArrayOutputStream, PrintStream}
import java.nio.file.Path

import winnow.cli.WinnowCli
import winnow.config.WinnowConfig
import winnow.tables.Warehouse

/**
 * One `bin/winnow run` of the whole pipeline on data-sample per test JVM, through the real command line, into a
 * fresh warehouse: the suites that check tables, notebooks, JDBC and the report all read what it wrote.
 */
object SampleRun {
  lazy val warehousePath: Path = SharedSpark.sessionWarehouse
  lazy val config: WinnowConfig = SharedSpark.config(warehousePath)
  lazy val warehouse: Warehouse = { SharedSpark.session; SharedSpark.warehouse(config) }

  /** The first run's console output. */
  lazy val output: String = {
    warehouse
    val (code, out) = cli(Seq("run", "--input", SharedSpark.root.resolve("data-sample").toString) ++ commonArgs: _*)
    assert(code == 0, s"bin/winnow run failed:\n$out")
    out
  }

  def commonArgs: Seq[String] = Seq("--conf", SharedSpark.root.resolve("conf/local.conf").toString,
    "--warehouse", warehousePath.toString) ++ SharedSpark.testSettings.flatMap(s => Seq("--set", s))

  /** Runs a bin/winnow command line in this JVM (same Spark session) and returns its exit code and stdout. */
  def cli(args: String*): (Int, String) = synchronized {
    val out = new ByteArrayOutputStream()
    val saved = System.out
    System.setOut(new PrintStream(out, true, "UTF-8"))
    val code = try WinnowCli.execute(args: _*) finally System.setOut(saved)
    val text = out.toString("UTF-8")
    saved.print(text)
    (code, text)
  }
}
