package winnow.cli;

import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Mixin;
import winnow.config.WinnowConfig;
import winnow.pipeline.RunLog;
import winnow.spark.Sessions;
import winnow.tables.CatalogUnavailable;
import winnow.tables.Warehouse;

/**
 * A command that validates the config first, then starts Spark. Query commands need the tables' names and
 * register them first; pipeline commands work on paths and register what they wrote at the end.
 */
abstract class SparkCommand implements Callable<Integer> {
  @Mixin
  CommonOptions common;

  /** Adjusts the loaded config (e.g. --input) before Spark starts. */
  WinnowConfig configure(WinnowConfig config) {
    return config;
  }

  abstract int run(Warehouse warehouse, WinnowConfig config) throws Exception;

  /** True for commands that query tables by name (sql, notebook, serve, report). */
  boolean queriesCatalog() {
    return false;
  }

  @Override
  public Integer call() throws Exception {
    WinnowConfig config = configure(common.load());
    if (queriesCatalog()) {
      CatalogUnavailable.checkEmbedded(config);
    }
    SparkSession spark = Sessions.start(config);
    spark.sparkContext().setLogLevel("WARN");
    Warehouse warehouse = new Warehouse(spark, config, RunLog.newRunId());
    if (queriesCatalog()) {
      warehouse.registerAll();
      return run(warehouse, config);
    }
    int code = run(warehouse, config);
    try {
      warehouse.registerAll();
    } catch (CatalogUnavailable e) {
      // The data is written and safe; only the names are missing, and the next query command adds them.
      System.err.println("winnow: warning: tables written but not registered: " + e.getMessage());
    }
    return code;
  }
}
