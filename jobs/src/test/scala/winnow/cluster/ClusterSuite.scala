package winnow.cluster

import java.nio.file.{Files, Path}
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.atomic.AtomicBoolean

import io.delta.tables.DeltaTable
import org.apache.spark.sql.DataFrame
import org.scalatest.BeforeAndAfterAll
import org.scalatest.funsuite.AnyFunSuite
import winnow.{SampleRun, SharedSpark}
import winnow.tables.{TableSchema, Warehouse}

import scala.collection.JavaConverters._

/**
 * Faults and a real cluster, each process its own JVM: the driver killed with SIGKILL in the middle of a table
 * write; the rerun submitted through SparkSubmit to a Spark standalone cluster (a Master and two Workers), one of
 * whose executor JVMs is killed mid-stage; readers querying the tables during the writes. The outcome is compared
 * with the clean local run of the sample ({@link SampleRun}). Run with `mvn -B test -Pcluster`.
 */
class ClusterSuite extends AnyFunSuite with SharedSpark with BeforeAndAfterAll {
  private lazy val work: Path = tempDir("winnow-cluster")
  private var daemons: Seq[Process] = Nil

  override def afterAll(): Unit = daemons.foreach(Processes.kill)

  private def jobArgs(warehouse: Path, master: String): Seq[String] = Seq("run",
    "--conf", root.resolve("conf/local.conf").toString, "--warehouse", warehouse.toString,
    "--input", root.resolve("data-sample").toString,
    "--set", s"spark.master=$master", "--set", "spark.shuffle-partitions=2", "--set", "catalog.metastore=session")

  /** Runs the job locally in its own JVM; the process, to wait for or to kill. */
  private def localJob(warehouse: Path, log: Path): Process =
    Processes.start("winnow.cli.WinnowCli", jobArgs(warehouse, "local[2]"), log, Seq(Processes.appJar.toString), "3g")

  private def await(p: Process, log: Path, minutes: Int): Unit = {
    assert(p.waitFor(minutes.toLong, java.util.concurrent.TimeUnit.MINUTES), s"still running after $minutes min")
    assert(p.exitValue() == 0, s"exit ${p.exitValue()}:\n${Processes.tail(log)}")
  }

  /** Without the columns that say which run wrote a row and when: they differ between runs by design. */
  private def comparable(df: DataFrame): DataFrame =
    df.drop("run_id", "recorded_at").selectExpr("to_json(struct(*)) AS row")

  private def rows(path: String): DataFrame = comparable(spark.read.format("delta").load(path))

  /** Every table but runs equals the clean local run's (runs tells runs apart by design). */
  private def assertSameTables(warehouse: Path, what: String): Unit = {
    val clean = SampleRun.warehouse
    for (t <- TableSchema.names().asScala if t != "runs") {
      val expected = comparable(clean.read(t))
      val got = rows(warehouse.resolve(t).toString)
      val missing = expected.except(got).count()
      val extra = got.except(expected).count()
      assert(missing == 0 && extra == 0, s"$what: $t has $missing rows missing and $extra extra")
    }
  }

  /** Counts the table at every committed version: what a reader may legitimately see. */
  private def versionCounts(path: String): Set[Long] = {
    val last = DeltaTable.forPath(spark, path).history(1).head().getAs[Long]("version")
    (0L to last).map(v => spark.read.format("delta").option("versionAsOf", v).load(path).count()).toSet
  }

  /** A Spark standalone cluster, a Master and two one-core Workers, each in its own JVM; its master URL. */
  private def startCluster(): String = {
    val masterPort = Processes.freePort()
    val masterLog = work.resolve("master.log")
    val master = Processes.start("org.apache.spark.deploy.master.Master", Seq("--host", "127.0.0.1",
      "--port", masterPort.toString, "--webui-port", Processes.freePort().toString), masterLog, heap = "512m")
    daemons :+= master
    Processes.awaitLog(masterLog, "I have been elected leader", master, 120)
    val url = s"spark://127.0.0.1:$masterPort"
    for (i <- 1 to 2) {
      val log = work.resolve(s"worker-$i.log")
      val worker = Processes.start("org.apache.spark.deploy.worker.Worker", Seq("--host", "127.0.0.1",
        "--cores", "1", "--memory", "2g", "--webui-port", Processes.freePort().toString,
        "--work-dir", Files.createDirectories(work.resolve(s"worker-$i")).toString, url), log, heap = "512m")
      daemons :+= worker
      Processes.awaitLog(log, "Successfully registered with master", worker, 120)
    }
    url
  }

  /** Runs the job through SparkSubmit on the cluster, killing one executor JVM once the stories stage runs. */
  private def submitLosingAnExecutor(url: String, warehouse: Path): Unit = {
    val submitLog = work.resolve("submit.log")
    val submit = Processes.start("org.apache.spark.deploy.SparkSubmit", Seq("--master", url,
      "--deploy-mode", "client", "--class", "winnow.cli.WinnowCli", "--name", "winnow-cluster-test",
      "--executor-memory", "1536m", "--total-executor-cores", "2",
      "--conf", "spark.executor.extraJavaOptions=" + Processes.jvmFlags.mkString(" "),
      "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
      Processes.appJar.toString) ++ jobArgs(warehouse, ""), submitLog, heap = "2g")
    Processes.awaitLog(submitLog, "[stories] running", submit, 900)
    Thread.sleep(5000)
    val executors = Processes.find("CoarseGrainedExecutorBackend", Processes.sparkHome.toString)
    assert(executors.size == 2, s"expected an executor per Worker, found ${executors.size}")
    assert(submit.isAlive, "the job must still be running when its executor is killed")
    executors.head.destroyForcibly()
    await(submit, submitLog, 20)
    assert(Processes.logText(submitLog).contains("Lost executor"), "the driver saw its executor die")
  }

  // One scenario, so the sample runs twice rather than three times: a nightly run whose driver dies mid-write is rerun,
  // and the rerun, on a cluster, loses an executor. Each fault alone is a case of the two together.
  test("driver killed with SIGKILL in the middle of a table write, then rerun through SparkSubmit on a standalone " +
    "cluster (a Master and two Workers in their own JVMs) while one executor JVM is killed: every table equals a " +
    "clean local run's, and readers during the writes only ever see committed versions") {
    SampleRun.output
    val warehouse = tempDir("winnow-killed")
    val watched = Seq("pages", "page_blocks", "articles").map(t => t -> warehouse.resolve(t).toString).toMap
    val seen = new ConcurrentLinkedQueue[(String, Long)]()
    val errors = new ConcurrentLinkedQueue[Throwable]()
    val reading = new AtomicBoolean(true)
    val reader = new Thread(() => {
      while (reading.get()) {
        for ((t, path) <- watched if reading.get() && DeltaTable.isDeltaTable(spark, path)) {
          try seen.add(t -> spark.read.format("delta").load(path).count())
          catch { case e: Throwable => errors.add(e) }
        }
        Thread.sleep(300)
      }
    })
    reader.setDaemon(true)
    reader.start()
    try {
      val log1 = work.resolve("killed.log")
      val killed = localJob(warehouse, log1)
      Processes.awaitLog(log1, "[ingest] running", killed, 600)
      // pages is created just before the MERGE that fills it: kill while that write is under way, before the run
      // records its input files, so the rerun reads every file again, on the cluster.
      val created = warehouse.resolve("pages/_delta_log/00000000000000000000.json")
      val deadline = System.nanoTime() + 300L * 1000000000L
      while (!Files.exists(created) && killed.isAlive && System.nanoTime() < deadline) Thread.sleep(20)
      assert(killed.isAlive, s"the run ended before it could be killed:\n${Processes.tail(log1)}")
      Processes.kill(killed)
      assert(!Files.exists(warehouse.resolve("input_files")), "the kill must land before the ingest stage finished")

      submitLosingAnExecutor(startCluster(), warehouse)
    } finally {
      reading.set(false)
      reader.join()
    }
    assert(errors.isEmpty, s"a reader failed during the writes: ${errors.asScala.headOption}")
    for ((t, path) <- watched) {
      val legal = versionCounts(path)
      val observed = seen.asScala.filter(_._1 == t).map(_._2).toSet
      assert(observed.subsetOf(legal), s"$t: readers saw counts $observed, committed versions hold $legal")
    }
    info(s"readers took ${seen.size} snapshots during the writes, all of committed versions")
    assertSameTables(warehouse, "after a killed driver and a rerun on the cluster with a lost executor")
    val statuses = spark.read.format("delta").load(warehouse.resolve("runs").toString).orderBy("started_at")
      .select("status").collect().map(_.getString(0)).toSeq
    assert(statuses == Seq("running", "succeeded"), s"runs: $statuses (the killed run could not say it ended)")
  }
}
