package winnow.tables;

import winnow.config.WinnowConfig;

/** The metastore could not be opened or written; the message says why in the user's terms. */
public final class CatalogUnavailable extends RuntimeException {
  public CatalogUnavailable(WinnowConfig config, Throwable cause) {
    super(explain(config, cause), cause);
  }

  /**
   * Fails fast, before Spark and Hive start, when the embedded metastore is open in another process (Derby lets
   * one JVM boot a database): Hive would otherwise retry for half a minute and log thousands of lines.
   */
  public static void checkEmbedded(WinnowConfig config) {
    if (config.catalog().metastore() != WinnowConfig.Metastore.EMBEDDED) {
      return;
    }
    java.io.File db = new java.io.File(config.metastorePath().replaceFirst("^file:", ""), "metastore_db");
    if (!db.isDirectory()) {
      return;
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:derby:" + db.getAbsolutePath())) {
      // Opened: this JVM now holds the database, and Hive's connections in this JVM share it.
    } catch (java.sql.SQLException e) {
      throw new CatalogUnavailable(config, e);
    }
  }

  private static String explain(WinnowConfig config, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Another instance of Derby may have already booted")
          || (t instanceof java.sql.SQLException s && "XSDB6".equals(s.getSQLState()))) {
        return "the embedded metastore under " + config.metastorePath() + " is open in another winnow process"
            + " (bin/winnow serve?): query through that server's JDBC endpoint, or stop it first";
      }
    }
    Throwable root = cause;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return "cannot register the tables in the " + config.catalog().metastore().name().toLowerCase(java.util.Locale.ROOT)
        + " metastore (winnow.catalog.metastore): " + root;
  }
}
