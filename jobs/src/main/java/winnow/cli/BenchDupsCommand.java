package winnow.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.bench.DupBench;
import winnow.config.WinnowConfig;
import winnow.eval.StoryBench;
import winnow.stories.StoriesStage;
import winnow.tables.Warehouse;

/** Near-duplicate step against MinHashLSH.approxSimilarityJoin on the same articles. */
@Command(name = "dups", mixinStandardHelpOptions = true,
    description = "Time winnow's near-duplicate step and MinHashLSH.approxSimilarityJoin on the same documents "
        + "(*.docs.jsonl, or the articles of a warehouse) and score both against exact Jaccard on a sample.")
final class BenchDupsCommand extends SparkCommand {
  @Option(names = "--data", paramLabel = "DOCS.jsonl", description = "Documents (neutral format); without it, the "
      + "articles table of the warehouse (--warehouse), as the stories stage reads it.")
  Path data;

  @Option(names = "--limit", defaultValue = "0", description = "Use only the first N documents (0: all).")
  int limit;

  @Option(names = "--sample", defaultValue = "500",
      description = "Articles whose exact Jaccard pairs define recall (default: ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--hash-tables", split = ",", defaultValue = "5,20",
      description = "MinHashLSH sizes to run (default: ${DEFAULT-VALUE}).")
  List<Integer> hashTables;

  @Override
  int run(Warehouse warehouse, WinnowConfig config) throws Exception {
    Dataset<Row> articles;
    if (data == null) {
      articles = StoriesStage.articles(warehouse).orderBy("page_id");
    } else {
      articles = warehouse.spark().createDataFrame(
          StoryBench.docs(data).stream().map(StoryBench.Doc::toRow).toList(), StoryBench.ARTICLES);
    }
    if (limit > 0) {
      articles = articles.limit(limit);
    }
    Dataset<Row> terms = StoriesStage.documents(articles).select("page_id", "terms")
        .persist(StorageLevel.MEMORY_AND_DISK());
    System.out.printf("%s: %d documents%n", data == null ? config.warehouse() : data.getFileName(), terms.count());
    System.out.print(DupBench.run(warehouse.spark(), terms, config.stories(), sample, hashTables).table());
    terms.unpersist();
    return 0;
  }
}
