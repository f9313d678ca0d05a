package winnow.pipeline;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import winnow.ingest.PageId;
import winnow.tables.Warehouse;

/**
 * What a stage's tables were computed from: a digest of winnow's code and the stage's settings, and the Delta
 * version of every table the stage read or wrote, as they stood when it finished. While the digest and every
 * version still match, running the stage again would rewrite the tables it already holds, so the pipeline skips it.
 */
public record StageStamp(String digest, Map<String, Long> versions) {
  private static final String CODE = codeDigest();

  /** The stamp of a stage that just finished, over the tables it touched. */
  static StageStamp of(Warehouse warehouse, String digest, Collection<String> tables) {
    Map<String, Long> versions = new TreeMap<>();
    for (String t : tables) {
      versions.put(t, warehouse.version(t));
    }
    return new StageStamp(digest, Map.copyOf(versions));
  }

  /** Whether every table the stage touched is still at the version it left. */
  boolean current(Warehouse warehouse) {
    return versions.entrySet().stream().allMatch(e -> warehouse.version(e.getKey()) == e.getValue());
  }

  /** Digest of the code and of the stage's settings (a config record, whose text lists every value). */
  static String digest(String stage, Object settings) {
    return PageId.hash(CODE, stage, String.valueOf(settings));
  }

  /**
   * Digest of every file of winnow's own classes folder or jar (classes and resources such as the block model),
   * so a new build recomputes. Jar metadata is left out: a jar and the folder it was built from agree. If the code
   * cannot be read, a random digest makes every stage run.
   */
  private static String codeDigest() {
    try {
      Path source = Path.of(StageStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest md = sha256();
      if (Files.isDirectory(source)) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(source)) {
          walk.filter(Files::isRegularFile)
              .forEach(f -> files.put(source.relativize(f).toString().replace(File.separatorChar, '/'), f));
        }
        for (Map.Entry<String, Path> f : files.entrySet()) {
          if (!f.getKey().startsWith("META-INF/")) {
            add(md, f.getKey(), Files.readAllBytes(f.getValue()));
          }
        }
      } else {
        try (JarFile jar = new JarFile(source.toFile())) {
          Map<String, JarEntry> entries = new TreeMap<>();
          jar.stream().filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"))
              .forEach(e -> entries.put(e.getName(), e));
          for (JarEntry e : entries.values()) {
            try (InputStream in = jar.getInputStream(e)) {
              add(md, e.getName(), in.readAllBytes());
            }
          }
        }
      }
      return hex(md.digest());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unreadable-" + UUID.randomUUID();
    }
  }

  private static void add(MessageDigest md, String name, byte[] content) {
    md.update(name.getBytes(StandardCharsets.UTF_8));
    md.update((byte) 0);
    md.update(content);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] hash) {
    return HexFormat.of().formatHex(hash, 0, 8);
  }
}
