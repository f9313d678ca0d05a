package winnow.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @Test
  void defaultsLoadAndOverridesWin() {
    WinnowConfig c = ConfigLoader.load(null, List.of("stories.story-similarity=0.42", "spark.master=local[2]",
        "warehouse=s3a://lake/winnow", "catalog.metastore=external", "spark.extra.\"spark.executor.memory\"=4g"));
    assertEquals(0.42, c.stories().storySimilarity());
    assertEquals("local[2]", c.spark().master());
    assertEquals("s3a://lake/winnow", c.warehouse(), "URIs keep their '//' (not read as a HOCON comment)");
    assertEquals("4g", c.spark().extra().get("spark.executor.memory"));
    assertEquals(16, c.digest().length());
  }

  @Test
  void unknownKeyInFileNamesTheNearestValidKey(@TempDir Path dir) throws IOException {
    File conf = dir.resolve("bad.conf").toFile();
    Files.writeString(conf.toPath(), "winnow { stories { story-similarty = 0.3 } }");
    ConfigError e = assertThrows(ConfigError.class, () -> ConfigLoader.load(conf, List.of()));
    assertTrue(e.getMessage().contains("winnow.stories.story-similarty"), e.getMessage());
    assertTrue(e.getMessage().contains("did you mean 'winnow.stories.story-similarity'"), e.getMessage());
  }

  @Test
  void catalogAndServeSettingsAreValidated() {
    WinnowConfig local = ConfigLoader.load(null, List.of("warehouse=/tmp/wh"));
    assertEquals(WinnowConfig.Metastore.EMBEDDED, local.catalog().metastore());
    assertEquals("/tmp/wh/_metastore", local.metastorePath());
    assertEquals("127.0.0.1", local.serve().host(), "serve binds loopback unless told otherwise");
    ConfigError remote = assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("warehouse=s3a://lake/w")));
    assertTrue(remote.getMessage().contains("use external"), remote.getMessage());
    ConfigError kind = assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("catalog.metastore=derby")));
    assertTrue(kind.getMessage().contains("embedded, external or session"), kind.getMessage());
    ConfigError port = assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("serve.port=70000")));
    assertTrue(port.getMessage().contains("winnow.serve.port"), port.getMessage());
  }

  @Test
  void unknownKeyInSetIsRejected() {
    ConfigError e = assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("ingest.max-page-byte=1")));
    assertTrue(e.getMessage().contains("did you mean 'winnow.ingest.max-page-bytes'"), e.getMessage());
  }

  @Test
  void mistypedAndOutOfRangeValuesAreRejected() {
    ConfigError wrongType = assertThrows(ConfigError.class,
        () -> ConfigLoader.load(null, List.of("spark.shuffle-partitions=many")));
    assertTrue(wrongType.getMessage().contains("shuffle-partitions"), wrongType.getMessage());
    ConfigError range = assertThrows(ConfigError.class,
        () -> ConfigLoader.load(null, List.of("stories.duplicate-jaccard=1.5")));
    assertTrue(range.getMessage().contains("between 0 and 1"), range.getMessage());
    ConfigError postings = assertThrows(ConfigError.class,
        () -> ConfigLoader.load(null, List.of("stories.max-postings=1")));
    assertTrue(postings.getMessage().contains("winnow.stories.max-postings must be >= 2"), postings.getMessage());
    ConfigError bucket = assertThrows(ConfigError.class,
        () -> ConfigLoader.load(null, List.of("stories.max-bucket=1")));
    assertTrue(bucket.getMessage().contains("winnow.stories.max-bucket must be >= 2"), bucket.getMessage());
    ConfigError sentence = assertThrows(ConfigError.class,
        () -> ConfigLoader.load(null, List.of("stories.sentence-similarity=0")));
    assertTrue(sentence.getMessage().contains("winnow.stories.sentence-similarity must be above 0 and at most 1"),
        sentence.getMessage());
    ConfigError model = assertThrows(ConfigError.class,
        () -> ConfigLoader.load(null, List.of("filler.model=/no/such/model.json")));
    assertTrue(model.getMessage().contains("builtin, none or a readable model file"), model.getMessage());
    assertEquals("none", ConfigLoader.load(null, List.of("filler.model=none")).filler().model());
  }

  @Test
  void shippedConfigFilesAreValid() {
    Path root = Path.of(System.getProperty("winnow.root", ".."));
    for (String f : List.of("conf/local.conf", "conf/cluster.conf")) {
      WinnowConfig c = ConfigLoader.load(root.resolve(f).toFile(), List.of());
      assertTrue(!c.input().isEmpty(), f + " names an input");
    }
  }

  @Test
  void levenshtein() {
    assertEquals(1, ConfigLoader.levenshtein("kitten", "sitten"));
    assertEquals(3, ConfigLoader.levenshtein("kitten", "sitting"));
  }
}
