package winnow.cli;

import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;
import winnow.config.WinnowConfig;
import winnow.spark.Sessions;
import winnow.tables.Warehouse;

/** A command that validates the config first, then starts Spark with the warehouse's tables registered. */
abstract class SparkCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  /** Adjusts the loaded config (e.g. --input) before Spark starts. */
  WinnowConfig configure(WinnowConfig config) {
    return config;
  }

  abstract int run(Warehouse warehouse, WinnowConfig config) throws Exception;

  @Override
  public Integer call() throws Exception {
    WinnowConfig config = configure(common.load());
    SparkSession spark = Sessions.start(config);
    spark.sparkContext().setLogLevel("WARN");
    Warehouse warehouse = new Warehouse(spark, config, UUID.randomUUID().toString());
    warehouse.registerAll();
    return run(warehouse, config);
  }
}
