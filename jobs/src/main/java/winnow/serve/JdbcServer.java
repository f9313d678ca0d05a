package winnow.serve;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.hive.thriftserver.HiveThriftServer2;
import winnow.spark.Sessions;

/**
 * Spark's Thrift JDBC/ODBC server (the HiveServer2 protocol that BI tools speak) over the session's catalog.
 * Each JDBC connection gets its own Spark session sharing the catalog, so every client sees the winnow tables.
 */
public final class JdbcServer implements AutoCloseable {
  private final HiveThriftServer2 server;
  private final String url;

  private JdbcServer(HiveThriftServer2 server, String url) {
    this.server = server;
    this.url = url;
  }

  /**
   * Starts the server on the address the session was created with ({@code winnow.serve}, see
   * {@code Sessions}) and returns once it accepts connections (or fails after {@code timeoutMillis}).
   */
  public static JdbcServer start(SparkSession spark, String database, long timeoutMillis)
      throws IOException, InterruptedException {
    String host = spark.sparkContext().getConf().get(Sessions.THRIFT_HOST);
    int port = Integer.parseInt(spark.sparkContext().getConf().get(Sessions.THRIFT_PORT));
    HiveThriftServer2 server = HiveThriftServer2.startWithContext(spark.sqlContext());
    JdbcServer started = new JdbcServer(server, "jdbc:hive2://" + host + ":" + port + "/" + database);
    long deadline = System.currentTimeMillis() + timeoutMillis;
    while (!accepts(host, port)) {
      if (System.currentTimeMillis() > deadline) {
        started.close();
        throw new IOException("the JDBC server did not start listening on " + host + ":" + port
            + " within " + timeoutMillis / 1000 + " s (is the port in use? set winnow.serve.port)");
      }
      Thread.sleep(200);
    }
    return started;
  }

  private static boolean accepts(String host, int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The JDBC URL clients use, e.g. jdbc:hive2://127.0.0.1:10000/winnow. */
  public String url() {
    return url;
  }

  @Override
  public void close() {
    server.stop();
  }
}
