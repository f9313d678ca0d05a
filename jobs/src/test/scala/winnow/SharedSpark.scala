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

  /** A free port for the JDBC server test: the server's address is fixed when the session starts. */
  lazy val jdbcPort: Int = { val s = new java.net.ServerSocket(0); try s.getLocalPort finally s.close() }

  lazy val testSettings: Seq[String] = Seq("spark.master=local[2]", "spark.shuffle-partitions=2", s"serve.port=$jdbcPort")

  def config(warehouse: Path, more: String*): WinnowConfig =
    ConfigLoader.load(root.resolve("conf/local.conf").toFile,
      (testSettings ++ Seq(s"warehouse=$warehouse", s"""input=["${root.resolve("data-sample")}"]""") ++ more).asJava)

  /** The warehouse the session was started with: its embedded metastore lives under it. */
  lazy val sessionWarehouse: Path = Files.createTempDirectory("winnow-warehouse")

  lazy val session: SparkSession = {
    val s = Sessions.start(config(sessionWarehouse))
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
