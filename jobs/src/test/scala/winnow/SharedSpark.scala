package winnow

import java.nio.file.{Files, Path, Paths}
import java.util.UUID

import org.apache.spark.sql.SparkSession
import winnow.config.{ConfigLoader, WinnowConfig}
import winnow.spark.Sessions
import winnow.tables.Warehouse

import scala.collection.JavaConverters._

/**
 * The one Spark session of the test JVM: built by the job's own Sessions from a validated config (local[2], UI
 * off, 2 shuffle partitions, loopback), shared by every suite, stopped when the JVM exits.
 */
object SharedSpark {
  /** The repository root (Surefire passes it; a run from jobs/ falls back to the parent folder). */
  lazy val root: Path = Option(System.getProperty("winnow.root")).map(Paths.get(_))
    .filter(p => Files.isDirectory(p.resolve("conf")))
    .getOrElse(Paths.get("").toAbsolutePath.getParent)

  val testSettings: Seq[String] = Seq("spark.master=local[2]", "spark.shuffle-partitions=2")

  def config(warehouse: Path, more: String*): WinnowConfig =
    ConfigLoader.load(root.resolve("conf/local.conf").toFile,
      (testSettings ++ Seq(s"warehouse=$warehouse", s"""input=["${root.resolve("data-sample")}"]""") ++ more).asJava)

  lazy val session: SparkSession = {
    val s = Sessions.start(config(Files.createTempDirectory("winnow-warehouse")))
    s.sparkContext.setLogLevel("WARN")
    sys.addShutdownHook(s.stop())
    s
  }

  def warehouse(config: WinnowConfig): Warehouse = new Warehouse(session, config, "test-" + UUID.randomUUID())
}

/** Mix into a suite to use the shared session. */
trait SharedSpark {
  def spark: SparkSession = SharedSpark.session
  def root: Path = SharedSpark.root
  def tempDir(prefix: String): Path = Files.createTempDirectory(prefix)
}
