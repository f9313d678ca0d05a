package winnow.cluster

import java.io.File
import java.nio.charset.StandardCharsets
import java.nio.file.{Files, Path}
import java.util.jar.{JarEntry, JarOutputStream}

import winnow.SharedSpark

import scala.collection.JavaConverters._

/**
 * Separate JVMs for the cluster and fault tests, built from what Maven resolved: the job's runtime classpath
 * (target/runtime.classpath), its classes, and Spark's Java 17 flags (target/classes/winnow/jvm.flags).
 */
object Processes {
  private val target: Path = SharedSpark.root.resolve("jobs/target")

  lazy val runtimeJars: Seq[String] = {
    val file = target.resolve("runtime.classpath")
    assert(Files.isRegularFile(file), s"$file is missing: the cluster profile writes it before the tests run")
    new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim.split(File.pathSeparator).toSeq.filter(_.nonEmpty)
  }

  lazy val jvmFlags: Seq[String] =
    new String(Files.readAllBytes(target.resolve("classes/winnow/jvm.flags")), StandardCharsets.UTF_8)
      .trim.split("\\s+").toSeq.filter(_.nonEmpty)

  lazy val javaBin: String = Seq(System.getProperty("java.home"), "bin", "java").mkString(File.separator)

  /** The job's classes as an application jar, as `mvn package` would build it (tests run before package). */
  lazy val appJar: Path = {
    val jar = Files.createTempFile("winnow-app", ".jar")
    val classes = target.resolve("classes")
    val out = new JarOutputStream(Files.newOutputStream(jar))
    try {
      Files.walk(classes).iterator().asScala.filter(Files.isRegularFile(_)).foreach { f =>
        out.putNextEntry(new JarEntry(classes.relativize(f).toString.replace(File.separatorChar, '/')))
        Files.copy(f, out)
        out.closeEntry()
      }
    } finally out.close()
    jar
  }

  /** A Spark home whose jars/ folder links the Maven-resolved jars: what a Worker puts on its executors' classpath. */
  lazy val sparkHome: Path = {
    val home = Files.createTempDirectory("winnow-spark-home")
    val jars = Files.createDirectories(home.resolve("jars"))
    for (j <- runtimeJars) {
      val p = new File(j).toPath
      val link = jars.resolve(p.getFileName)
      if (Files.isRegularFile(p) && !Files.exists(link)) Files.createSymbolicLink(link, p)
    }
    home
  }

  def freePort(): Int = { val s = new java.net.ServerSocket(0); try s.getLocalPort finally s.close() }

  /** Starts a JVM running `mainClass` with the job's classpath; its output goes to `log`. */
  def start(mainClass: String, args: Seq[String], log: Path, extraClasspath: Seq[String] = Nil,
            heap: String = "1g"): Process = {
    val cp = (extraClasspath ++ runtimeJars).mkString(File.pathSeparator)
    // Spark's own INFO logging (the job's classes bring a quieter config): the tests wait for daemon log lines.
    val logging = if (extraClasspath.isEmpty) Seq("-Dlog4j2.configurationFile=org/apache/spark/log4j2-defaults.properties")
      else Nil
    val cmd = Seq(javaBin, s"-Xmx$heap") ++ jvmFlags ++ logging ++ Seq("-Duser.timezone=UTC", "-cp", cp, mainClass) ++
      args
    val pb = new ProcessBuilder(cmd.asJava).redirectErrorStream(true).redirectOutput(log.toFile)
    pb.environment().put("SPARK_HOME", sparkHome.toString)
    pb.environment().put("SPARK_SCALA_VERSION", "2.12")
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1")
    pb.environment().put("TZ", "UTC")
    pb.start()
  }

  /** Waits until the log contains `text` (or the process dies, or the time is up). */
  def awaitLog(log: Path, text: String, process: Process, seconds: Int): Unit = {
    val deadline = System.nanoTime() + seconds * 1000000000L
    while (!logText(log).contains(text)) {
      assert(process.isAlive, s"process ended before '$text':\n${tail(log)}")
      assert(System.nanoTime() < deadline, s"no '$text' after $seconds s:\n${tail(log)}")
      Thread.sleep(200)
    }
  }

  def logText(log: Path): String =
    if (Files.exists(log)) new String(Files.readAllBytes(log), StandardCharsets.UTF_8) else ""

  def tail(log: Path, lines: Int = 60): String = logText(log).linesIterator.toSeq.takeRight(lines).mkString("\n")

  /** Processes whose command line contains every one of `parts` (executors of a Worker, for instance). */
  def find(parts: String*): Seq[ProcessHandle] =
    ProcessHandle.allProcesses().iterator().asScala.filter { p =>
      val cmd = p.info().commandLine().orElse("")
      parts.forall(cmd.contains)
    }.toSeq

  def kill(p: Process): Unit = {
    p.descendants().forEach(d => { d.destroyForcibly(); () })
    p.destroyForcibly()
    p.waitFor()
  }
}
