package winnow.cli;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import winnow.config.WinnowConfig;
import winnow.query.ResultFormat;
import winnow.tables.Warehouse;

/** Runs one SQL statement against the registered tables and prints the result. */
@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Query the tables, e.g. bin/winnow sql \"SELECT domain, avg(filler_ratio) FROM winnow.articles GROUP BY domain\".")
final class SqlCommand extends SparkCommand {
  @Parameters(index = "0", paramLabel = "SQL", description = "The statement.")
  String sql;

  @Option(names = "--format", defaultValue = "table", description = "table, csv, json or html (default: ${DEFAULT-VALUE}).")
  ResultFormat format;

  @Option(names = "--max-rows", defaultValue = "1000", description = "Rows printed at most (default: ${DEFAULT-VALUE}).")
  int maxRows;

  @Override
  boolean queriesCatalog() {
    return true;
  }

  @Override
  int run(Warehouse warehouse, WinnowConfig config) {
    Dataset<Row> result = warehouse.spark().sql(sql);
    List<Row> rows = result.limit(maxRows).collectAsList();
    System.out.print(format.render(result.columns(), rows));
    return 0;
  }
}
