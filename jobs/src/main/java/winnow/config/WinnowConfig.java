package winnow.config;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The typed, validated configuration. Built by {@link ConfigLoader} before Spark starts; immutable. */
public record WinnowConfig(
    SparkSettings spark,
    List<String> input,
    String warehouse,
    String database,
    Catalog catalog,
    Serve serve,
    Ingest ingest,
    Filler filler,
    Stories stories,
    String digest) implements Serializable {

  public record SparkSettings(String master, String appName, int shufflePartitions, boolean ui,
                              Map<String, String> extra) implements Serializable {}

  /** Where table names are kept; see conf/application.conf, winnow.catalog. */
  public enum Metastore {
    EMBEDDED, EXTERNAL, SESSION;

    public boolean hive() {
      return this != SESSION;
    }
  }

  public record Catalog(Metastore metastore) implements Serializable {}

  public record Serve(String host, int port) implements Serializable {}

  public record Ingest(long maxPageBytes, long maxDecompressedBytes, int rejectSampleBytes,
                       double maxControlCharShare) implements Serializable {}

  /** @param model the block model: "builtin", "none" (rules only) or a model file's absolute path */
  public record Filler(int templateMinPages, double templatePageShare, int crossDomainMin,
                       int maxDepth, String model) implements Serializable {}

  public record Stories(int shingleSize, int minhashBands, int minhashRows, int maxBucket, double duplicateJaccard,
                        double duplicateContainment, double storySimilarity, double seedSimilarity,
                        int mergeRounds, double storyDecayDays, double maxTermShare, int maxPostings,
                        String linkage, double nameAgreement, double nameKeySimilarity, int nameKeyRounds,
                        double minRoundMoves, double sentenceWeight,
                        double sentenceSimilarity)
      implements Serializable {
    /** The settings the name-key pass merges with: its own threshold and number of rounds. */
    public Stories forNameKeys() {
      return new Stories(shingleSize, minhashBands, minhashRows, maxBucket, duplicateJaccard, duplicateContainment,
          nameKeySimilarity, seedSimilarity, nameKeyRounds, storyDecayDays, maxTermShare, maxPostings, linkage,
          nameAgreement, nameKeySimilarity, nameKeyRounds, minRoundMoves, 0, sentenceSimilarity);
    }
  }

  public WinnowConfig withInput(List<String> newInput) {
    return new WinnowConfig(spark, List.copyOf(newInput), warehouse, database, catalog, serve, ingest, filler, stories,
        digest);
  }

  /** The same settings over another warehouse and catalog mode (benchmarks keep each run's tables apart). */
  public WinnowConfig withWarehouse(String newWarehouse, Metastore metastore) {
    return new WinnowConfig(spark, input, newWarehouse, database, new Catalog(metastore), serve, ingest, filler,
        stories, digest);
  }

  public WinnowConfig withServe(Serve newServe) {
    return new WinnowConfig(spark, input, warehouse, database, catalog, newServe, ingest, filler, stories, digest);
  }

  /** The same settings with another block model ("builtin", "none" or a model file). */
  public WinnowConfig withFillerModel(String model) {
    Filler f = new Filler(filler.templateMinPages(), filler.templatePageShare(), filler.crossDomainMin(),
        filler.maxDepth(), model);
    return new WinnowConfig(spark, input, warehouse, database, catalog, serve, ingest, f, stories, digest);
  }

  /** The embedded metastore's folder: under the warehouse, skipped as input and never a table. */
  public String metastorePath() {
    return tablePath("_metastore");
  }

  /** Location of one table under the warehouse. */
  public String tablePath(String table) {
    return warehouse.endsWith("/") ? warehouse + table : warehouse + "/" + table;
  }
}
