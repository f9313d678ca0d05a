package winnow.spark;

import java.io.File;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import winnow.config.WinnowConfig;

/** Builds the one SparkSession a command uses, from the validated config. */
public final class Sessions {
  /**
   * The JDBC server's address. Set when the session starts: Hive reads its configuration once per thread, so
   * settings made later do not reach the server.
   */
  public static final String THRIFT_HOST = "spark.hadoop.hive.server2.thrift.bind.host";
  public static final String THRIFT_PORT = "spark.hadoop.hive.server2.thrift.port";

  private Sessions() {}

  /**
   * A Derby metastore kept under the warehouse (not in the working directory, Hive's default), so table names
   * survive between commands and travel with the tables they point at.
   */
  private static void embeddedMetastore(SparkConf conf, WinnowConfig config) {
    File dir = new File(config.metastorePath().replaceFirst("^file:", ""));
    if (!dir.isDirectory() && !dir.mkdirs()) {
      throw new IllegalStateException("cannot create the metastore folder " + dir);
    }
    // Derby reads these once per JVM; its log would otherwise land in the working directory.
    System.setProperty("derby.stream.error.file", new File(dir, "derby.log").getAbsolutePath());
    conf.set("spark.hadoop.javax.jdo.option.ConnectionURL",
        "jdbc:derby:;databaseName=" + new File(dir, "metastore_db").getAbsolutePath() + ";create=true");
    conf.set("spark.sql.warehouse.dir", new File(dir, "managed").toURI().toString());
  }

  public static SparkSession start(WinnowConfig config) {
    SparkConf conf = new SparkConf()
        .setAppName(config.spark().appName())
        .set("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")
        .set("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")
        .set("spark.sql.shuffle.partitions", Integer.toString(config.spark().shufflePartitions()))
        .set("spark.ui.enabled", Boolean.toString(config.spark().ui()))
        .set("spark.sql.session.timeZone", "UTC")
        // Delta replays its log with 50 partitions by default: far too many tasks for small and medium tables.
        .set("spark.databricks.delta.snapshotPartitions", Integer.toString(config.spark().shufflePartitions()))
        .set("spark.databricks.delta.schema.autoMerge.enabled", "false");
    String master = config.spark().master();
    if (!master.isEmpty()) {
      conf.setMaster(master);
      if (master.startsWith("local")) {
        // Keep local runs on loopback: the default picks a non-loopback address.
        conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
      }
    }
    conf.set(THRIFT_HOST, config.serve().host()).set(THRIFT_PORT, Integer.toString(config.serve().port()))
        .set("spark.hadoop.hive.server2.transport.mode", "binary");
    if (config.catalog().metastore() == WinnowConfig.Metastore.EMBEDDED) {
      embeddedMetastore(conf, config);
    }
    for (Map.Entry<String, String> e : config.spark().extra().entrySet()) {
      conf.set(e.getKey(), e.getValue());
    }
    SparkSession.Builder builder = SparkSession.builder().config(conf);
    if (config.catalog().metastore().hive()) {
      builder = builder.enableHiveSupport();
    }
    return builder.getOrCreate();
  }
}
