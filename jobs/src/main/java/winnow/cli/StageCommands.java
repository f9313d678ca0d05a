package winnow.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.config.ConfigLoader;
import winnow.config.WinnowConfig;
import winnow.pipeline.Pipeline;
import winnow.pipeline.StageReport;
import winnow.tables.Warehouse;

/** The pipeline commands: the whole run, and one command per stage over existing tables. */
final class StageCommands {
  private StageCommands() {}

  abstract static class StagesCommand extends SparkCommand {
    @Option(names = "--recompute", description = "Run every stage named, even one found up to date (its code, "
        + "settings and tables unchanged since it last ran).")
    boolean recompute;

    abstract List<String> stages();

    @Override
    int run(Warehouse warehouse, WinnowConfig config) {
      List<StageReport> reports = Pipeline.run(warehouse, config, stages(), System.out, Pipeline.Observer.NONE,
          recompute);
      System.out.print(Pipeline.summary(warehouse, reports));
      return 0;
    }
  }

  abstract static class WithInput extends StagesCommand {
    @Option(names = "--input", paramLabel = "PATH", description = "Crawl file or folder, any Hadoop path "
        + "(repeatable; replaces winnow.input).")
    List<String> inputs = new ArrayList<>();

    @Override
    WinnowConfig configure(WinnowConfig config) {
      if (inputs.isEmpty()) {
        return config;
      }
      return config.withInput(inputs.stream().map(ConfigLoader::absolute).toList());
    }
  }

  @Command(name = "run", mixinStandardHelpOptions = true,
      description = "Run the whole pipeline: ingest → filler → stories → publish.")
  static final class Run extends WithInput {
    @Override
    List<String> stages() {
      return Pipeline.STAGES;
    }
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = "Read crawl files into the pages and rejects tables.")
  static final class Ingest extends WithInput {
    @Override
    List<String> stages() {
      return List.of("ingest");
    }
  }

  @Command(name = "filler", mixinStandardHelpOptions = true,
      description = "Label every block of every page; write page_blocks and articles.")
  static final class Filler extends StagesCommand {
    @Override
    List<String> stages() {
      return List.of("filler");
    }
  }

  @Command(name = "stories", mixinStandardHelpOptions = true,
      description = "Find near-duplicates and stories; write near_duplicates, dup_groups, stories, story_members, story_events.")
  static final class Stories extends StagesCommand {
    @Override
    List<String> stages() {
      return List.of("stories");
    }
  }

  @Command(name = "publish", mixinStandardHelpOptions = true,
      description = "Write the gold tables for dashboards.")
  static final class Publish extends StagesCommand {
    @Override
    List<String> stages() {
      return List.of("publish");
    }
  }
}
