package winnow.tables;

import winnow.config.WinnowConfig;

/** The metastore could not be opened or written; the message says why in the user's terms. */
public final class CatalogUnavailable extends RuntimeException {
  public CatalogUnavailable(WinnowConfig config, Throwable cause) {
    super(explain(config, cause), cause);
  }

  private static String explain(WinnowConfig config, Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      if (m.contains("Another instance of Derby may have already booted")) {
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
