package winnow.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import winnow.config.ConfigLoader;
import winnow.config.WinnowConfig;

/** Options every command takes: which config, which warehouse, and any key overridden. */
public final class CommonOptions {
  @Option(names = "--conf", paramLabel = "FILE", description = "Config file layered over the defaults "
      + "(default: conf/local.conf).")
  File conf;

  @Option(names = "--warehouse", paramLabel = "PATH", description = "Warehouse root (overrides winnow.warehouse).")
  String warehouse;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override any config key, e.g. "
      + "--set stories.story-similarity=0.35 (repeatable).")
  List<String> sets = new ArrayList<>();

  WinnowConfig load() {
    File file = conf;
    if (file == null) {
      File local = new File("conf/local.conf");
      String home = System.getenv("WINNOW_HOME");
      file = local.isFile() || home == null ? local : new File(home, "conf/local.conf");
    }
    List<String> overrides = new ArrayList<>(sets);
    if (warehouse != null) {
      overrides.add("warehouse=" + warehouse);
    }
    return ConfigLoader.load(file, overrides);
  }
}
