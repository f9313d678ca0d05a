package winnow.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;

/** Spark function: one crawl file in, its outcome rows (pages and rejects) out, streamed. */
public final class ReadCrawlFile implements FlatMapFunction<InputFile, Row> {
  /** Name of the accumulator counting records read, which the progress lines report. */
  public static final String RECORDS_READ = "winnow.records.read";

  private final Broadcast<SerializableConfiguration> hadoop;
  private final IngestLimits limits;
  private final StructType schema;
  private final LongAccumulator recordsRead;

  public ReadCrawlFile(Broadcast<SerializableConfiguration> hadoop, IngestLimits limits, StructType schema,
                       LongAccumulator recordsRead) {
    this.hadoop = hadoop;
    this.limits = limits;
    this.schema = schema;
    this.recordsRead = recordsRead;
  }

  @Override
  public Iterator<Row> call(InputFile file) {
    if (file.format() == InputFormat.UNSUPPORTED) {
      RawRecord r = RawRecord.problem(file, 0, null, "unsupported-format",
          "file name does not end in .warc(.gz), .jsonl(.gz), .json(.gz), .txt(.gz) or .parquet", null);
      recordsRead.add(1);
      return List.of(PageBuilder.build(r, limits, schema)).iterator();
    }
    if (file.format() == InputFormat.PARQUET) {
      // Parquet needs random access to its footer: it is read from its path, not as a stream.
      Iterator<RawRecord> rows = ParquetRecordReader.read(file, hadoop.value().value(), limits);
      return new LazyIterator<Row>() {
        @Override
        protected Row computeNext() {
          return rows.hasNext() ? buildSafely(rows.next()) : null;
        }
      };
    }
    InputStream in;
    try {
      Path path = new Path(file.path());
      FileSystem fs = path.getFileSystem(hadoop.value().value());
      in = new BufferedInputStream(fs.open(path), 1 << 16);
      // jwarc inflates gzip members itself; other formats are gunzipped here, with a bound against gzip bombs.
      if (file.path().endsWith(".gz") && file.format() != InputFormat.WARC) {
        in = new BoundedInputStream(new GZIPInputStream(in, 1 << 16), limits.maxDecompressedBytes());
      }
      Iterator<RawRecord> records = RecordReader.of(file.format()).read(file, in, limits);
      InputStream opened = in;
      return new LazyIterator<Row>() {
        @Override
        protected Row computeNext() {
          if (records.hasNext()) {
            return buildSafely(records.next());
          }
          closeQuietly(opened);
          return null;
        }
      };
    } catch (IOException | RuntimeException e) {
      RawRecord r = RawRecord.problem(file, 0, null, DecompressedTooLarge.reason(e, "unreadable-file"), e.toString(),
          null);
      recordsRead.add(1);
      return List.of(PageBuilder.build(r, limits, schema)).iterator();
    }
  }

  /** A page that breaks the parser becomes a reject; it must not fail the task and with it the whole file. */
  private Row buildSafely(RawRecord r) {
    recordsRead.add(1);
    try {
      return PageBuilder.build(r, limits, schema);
    } catch (RuntimeException | StackOverflowError e) {
      return PageBuilder.reject(r, "page-error", e.toString(), limits, schema);
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the file has been read to its end; a failing close loses nothing
    }
  }
}
