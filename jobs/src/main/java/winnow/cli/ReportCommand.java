package winnow.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import winnow.config.WinnowConfig;
import winnow.report.HtmlReport;
import winnow.tables.Warehouse;

/** bin/winnow report: one self-contained HTML file with charts from the gold tables. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Write an HTML report with charts (opens offline: the chart library is inlined).")
final class ReportCommand extends SparkCommand {
  @Option(names = "--out", required = true, paramLabel = "FILE.html", description = "Output file.")
  Path out;

  @Option(names = "--title", defaultValue = "winnow: filler and stories in the crawl",
      description = "Page title (default: ${DEFAULT-VALUE}).")
  String title;

  @Override
  boolean queriesCatalog() {
    return true;
  }

  @Override
  int run(Warehouse warehouse, WinnowConfig config) throws Exception {
    String html = HtmlReport.render(warehouse.spark(), config.database(), title,
        Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(out, html, StandardCharsets.UTF_8);
    System.out.printf("wrote %s (%,d bytes)%n", out, html.length());
    return 0;
  }
}
