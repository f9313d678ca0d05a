package winnow.ingest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Deterministic ids and URL-derived fields. */
public final class PageId {
  private PageId() {}

  /** First 16 hex digits of SHA-256 over the parts, separated by NUL. */
  public static String hash(String... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String p : parts) {
        md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String of(String url, byte[] body) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String bodyHash = HexFormat.of().formatHex(md.digest(body));
      return hash(url, bodyHash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Host without "www."; for a relative path (plain-text input) the parent folder when it looks like a host. */
  public static String domain(String url) {
    try {
      URI uri = URI.create(url.trim());
      if (uri.getHost() != null) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
      }
    } catch (IllegalArgumentException e) {
      // not a URI: fall through to the path rule
    }
    String[] parts = url.split("/");
    if (parts.length >= 2) {
      String parent = parts[parts.length - 2].toLowerCase(Locale.ROOT);
      if (parent.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+")) {
        return parent.startsWith("www.") ? parent.substring(4) : parent;
      }
    }
    return "unknown";
  }
}
