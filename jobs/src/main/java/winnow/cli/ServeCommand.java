package winnow.cli;

import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.config.ConfigError;
import winnow.config.WinnowConfig;
import winnow.serve.JdbcServer;
import winnow.tables.Warehouse;

/** bin/winnow serve: a JDBC/ODBC endpoint over the tables for BI tools, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the tables over JDBC/ODBC (Spark Thrift server, HiveServer2 protocol) until stopped.")
final class ServeCommand extends SparkCommand {
  @Option(names = "--port", description = "Port (default: winnow.serve.port).")
  Integer port;

  @Option(names = "--host", description = "Address to bind (default: winnow.serve.host, loopback).")
  String host;

  @Override
  WinnowConfig configure(WinnowConfig config) {
    if (host == null && port == null) {
      return config;
    }
    if (port != null && (port < 1 || port > 65535)) {
      throw new ConfigError("--port must be between 1 and 65535, got " + port);
    }
    return config.withServe(new WinnowConfig.Serve(host != null ? host : config.serve().host(),
        port != null ? port : config.serve().port()));
  }

  @Override
  boolean queriesCatalog() {
    return true;
  }

  @Override
  int run(Warehouse warehouse, WinnowConfig config) throws Exception {
    JdbcServer server = JdbcServer.start(warehouse.spark(), config.database(), 120_000);
    CountDownLatch stopped = new CountDownLatch(1);
    // SIGTERM and Ctrl-C run the JVM's shutdown hooks: stop taking connections, then let Spark stop.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      System.out.println("winnow serve: stopped");
      System.out.flush();
      stopped.countDown();
    }, "winnow-serve-stop"));
    System.out.println("winnow serve: " + server.url() + "  (tables: " + String.join(", ",
        warehouse.spark().catalog().listTables(config.database()).collectAsList().stream()
            .map(t -> t.name()).sorted().toList()) + ")");
    System.out.println("winnow serve: stop with Ctrl-C or SIGTERM");
    System.out.flush();
    stopped.await();
    return 0;
  }
}
