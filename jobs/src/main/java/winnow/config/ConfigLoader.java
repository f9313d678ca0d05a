package winnow.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigValue;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Layers the documented defaults (conf/application.conf, packaged as winnow/application.conf), an optional
 * user file and --set overrides, then rejects unknown keys and wrong types before anything else runs.
 */
public final class ConfigLoader {
  static final String DEFAULTS_RESOURCE = "winnow/application.conf";
  /** Free-form pass-through maps: their own keys are not validated. */
  private static final String SPARK_EXTRA = "winnow.spark.extra";

  private ConfigLoader() {}

  public static WinnowConfig load(File confFile, List<String> overrides) {
    Config defaults = ConfigFactory.parseResources(ConfigLoader.class.getClassLoader(), DEFAULTS_RESOURCE,
        ConfigParseOptions.defaults().setAllowMissing(false));
    Config user = ConfigFactory.empty();
    if (confFile != null) {
      if (!confFile.isFile()) {
        throw new ConfigError("config file not found: " + confFile);
      }
      user = ConfigFactory.parseFile(confFile, ConfigParseOptions.defaults().setAllowMissing(false));
    }
    Config sets = parseOverrides(overrides);
    Config merged = sets.withFallback(user).withFallback(defaults)
        .resolve(ConfigResolveOptions.defaults().setAllowUnresolved(false));
    rejectUnknownKeys(user.withFallback(sets), defaults);
    return toTyped(merged);
  }

  static Config parseOverrides(List<String> overrides) {
    Config sets = ConfigFactory.empty();
    for (String kv : overrides == null ? List.<String>of() : overrides) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new ConfigError("--set expects key=value, got: " + kv);
      }
      String key = kv.substring(0, eq).trim();
      if (!key.startsWith("winnow.")) {
        key = "winnow." + key;
      }
      String value = kv.substring(eq + 1).trim();
      Config one;
      try {
        one = ConfigFactory.parseString(quoteKey(key) + " = " + ConfigValueQuoting.asHocon(value),
            ConfigParseOptions.defaults().setOriginDescription("--set " + kv));
      } catch (ConfigException e) {
        throw new ConfigError("--set " + kv + ": " + e.getMessage());
      }
      sets = one.withFallback(sets);
    }
    return sets;
  }

  private static String quoteKey(String key) {
    if (key.startsWith(SPARK_EXTRA + ".")) {
      return SPARK_EXTRA + ".\"" + key.substring(SPARK_EXTRA.length() + 1) + "\"";
    }
    return key;
  }

  static void rejectUnknownKeys(Config given, Config defaults) {
    TreeSet<String> known = new TreeSet<>();
    for (Map.Entry<String, ConfigValue> e : defaults.entrySet()) {
      known.add(e.getKey());
    }
    known.add(SPARK_EXTRA);
    for (Map.Entry<String, ConfigValue> e : given.entrySet()) {
      String key = e.getKey();
      if (key.startsWith(SPARK_EXTRA + ".") || known.contains(key)) {
        continue;
      }
      throw new ConfigError("unknown configuration key '" + key + "'" + nearest(key, known)
          + " (" + e.getValue().origin().description() + ")");
    }
  }

  private static String nearest(String key, TreeSet<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = levenshtein(key, k);
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best == null ? "" : "; did you mean '" + best + "'?";
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static WinnowConfig toTyped(Config c) {
    try {
      Config w = c.getConfig("winnow");
      Map<String, String> extra = new LinkedHashMap<>();
      for (Map.Entry<String, ConfigValue> e : w.getConfig("spark.extra").entrySet()) {
        extra.put(e.getKey().replace("\"", ""), String.valueOf(e.getValue().unwrapped()));
      }
      var spark = new WinnowConfig.SparkSettings(w.getString("spark.master"), w.getString("spark.app-name"),
          positive(w, "spark.shuffle-partitions"), w.getBoolean("spark.ui"), Map.copyOf(extra));
      var ingest = new WinnowConfig.Ingest(w.getBytes("ingest.max-page-bytes"),
          w.getBytes("ingest.max-decompressed-bytes"), positive(w, "ingest.reject-sample-bytes"),
          share(w, "ingest.max-control-char-share"));
      var filler = new WinnowConfig.Filler(positive(w, "filler.template-min-pages"),
          share(w, "filler.template-page-share"), positive(w, "filler.cross-domain-min"),
          positive(w, "filler.max-depth"), blockModel(w, "filler.model"));
      var stories = new WinnowConfig.Stories(positive(w, "stories.shingle-size"),
          positive(w, "stories.minhash-bands"), positive(w, "stories.minhash-rows"),
          atLeast(w, "stories.max-bucket", 2), share(w, "stories.duplicate-jaccard"), share(w, "stories.duplicate-containment"),
          share(w, "stories.story-similarity"), share(w, "stories.seed-similarity"),
          positive(w, "stories.merge-rounds"), positiveDouble(w, "stories.story-decay-days"),
          share(w, "stories.max-term-share"), atLeast(w, "stories.max-postings", 2), oneOf(w, "stories.linkage", "average", "centroid"),
          nonNegative(w, "stories.name-agreement"), share(w, "stories.name-key-similarity"),
          positive(w, "stories.name-key-rounds"), share(w, "stories.min-round-moves"),
          share(w, "stories.sentence-weight"), positiveShare(w, "stories.sentence-similarity"));
      List<String> input = new ArrayList<>();
      for (String in : w.getStringList("input")) {
        input.add(absolute(in));
      }
      String warehouse = absolute(w.getString("warehouse"));
      if (warehouse.isBlank()) {
        throw new ConfigError("winnow.warehouse must not be empty");
      }
      String database = w.getString("database");
      if (!database.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new ConfigError("winnow.database must be a plain identifier, got '" + database + "'");
      }
      var catalog = new WinnowConfig.Catalog(metastore(w.getString("catalog.metastore"), warehouse));
      int port = w.getInt("serve.port");
      if (port < 1 || port > 65535) {
        throw new ConfigError("winnow.serve.port must be between 1 and 65535, got " + port);
      }
      var serve = new WinnowConfig.Serve(w.getString("serve.host"), port);
      String digest = digest(w.root().render(ConfigRenderOptions.concise().setJson(true)));
      return new WinnowConfig(spark, List.copyOf(input), warehouse, database, catalog, serve, ingest, filler,
          stories, digest);
    } catch (ConfigException e) {
      throw new ConfigError("invalid configuration: " + e.getMessage());
    }
  }

  private static WinnowConfig.Metastore metastore(String value, String warehouse) {
    WinnowConfig.Metastore m;
    try {
      m = WinnowConfig.Metastore.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigError("winnow.catalog.metastore must be embedded, external or session, got '" + value + "'");
    }
    boolean localWarehouse = !warehouse.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || warehouse.startsWith("file:");
    if (m == WinnowConfig.Metastore.EMBEDDED && !localWarehouse) {
      throw new ConfigError("winnow.catalog.metastore = embedded keeps a Derby database under the warehouse, which"
          + " must then be a local folder (got " + warehouse + "): use external (the cluster's metastore) or session");
    }
    return m;
  }

  /** Local relative paths are resolved against the working directory; URIs (s3a://, hdfs://) pass unchanged. */
  public static String absolute(String path) {
    if (path.isBlank() || path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") ) {
      return path;
    }
    return java.nio.file.Paths.get(path).toAbsolutePath().normalize().toString();
  }

  /** "builtin", "none" or a readable model file: checked here so a typo fails before Spark starts. */
  private static String blockModel(Config w, String key) {
    String v = w.getString(key);
    if (v.equals("builtin") || v.equals("none")) {
      return v;
    }
    String path = absolute(v);
    if (!java.nio.file.Files.isReadable(java.nio.file.Path.of(path))) {
      throw new ConfigError("winnow." + key + " must be builtin, none or a readable model file, got '" + v + "'");
    }
    return path;
  }

  private static int positive(Config w, String key) {
    return atLeast(w, key, 1);
  }

  private static int atLeast(Config w, String key, int min) {
    int v = w.getInt(key);
    if (v < min) {
      throw new ConfigError("winnow." + key + " must be " + (min == 1 ? "> 0" : ">= " + min) + ", got " + v);
    }
    return v;
  }

  private static double positiveDouble(Config w, String key) {
    double v = w.getDouble(key);
    if (!(v > 0)) {
      throw new ConfigError("winnow." + key + " must be > 0, got " + v);
    }
    return v;
  }

  private static double nonNegative(Config w, String key) {
    double v = w.getDouble(key);
    if (!(v >= 0)) {
      throw new ConfigError("winnow." + key + " must be >= 0, got " + v);
    }
    return v;
  }

  private static double share(Config w, String key) {
    double v = w.getDouble(key);
    if (v < 0 || v > 1) {
      throw new ConfigError("winnow." + key + " must be between 0 and 1, got " + v);
    }
    return v;
  }

  /** A share above 0: a threshold that something is divided by. */
  private static double positiveShare(Config w, String key) {
    double v = w.getDouble(key);
    if (!(v > 0) || v > 1) {
      throw new ConfigError("winnow." + key + " must be above 0 and at most 1, got " + v);
    }
    return v;
  }

  private static String oneOf(Config w, String key, String... allowed) {
    String v = w.getString(key);
    if (!java.util.Arrays.asList(allowed).contains(v)) {
      throw new ConfigError("winnow." + key + " must be one of " + String.join(", ", allowed) + ", got '" + v + "'");
    }
    return v;
  }

  private static String digest(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
