package winnow.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import winnow.config.WinnowConfig;

/** Builds the one SparkSession a command uses, from the validated config. */
public final class Sessions {
  private Sessions() {}

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
    for (Map.Entry<String, String> e : config.spark().extra().entrySet()) {
      conf.set(e.getKey(), e.getValue());
    }
    return SparkSession.builder().config(conf).getOrCreate();
  }
}
