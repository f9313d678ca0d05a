package winnow.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Parquet: one page per row, with the columns JSONL lines carry ({@link PageFields}); extra columns are ignored.
 * Read inside the task like every other format, so a broken file becomes a reject instead of failing the job.
 * The offset is the row number from 1. {@code fetched_at} may be text (ISO-8601) or a timestamp (INT96 or INT64).
 */
final class ParquetRecordReader {
  private ParquetRecordReader() {}

  static Iterator<RawRecord> read(InputFile file, Configuration conf, IngestLimits limits) {
    ParquetReader<Group> reader;
    try {
      reader = ParquetReader.builder(new GroupReadSupport(), new Path(file.path())).withConf(conf).build();
    } catch (IOException | RuntimeException e) {
      return List.of(RawRecord.problem(file, 0, null, "unreadable-file", "not a Parquet file: " + e.getMessage(),
          null)).iterator();
    }
    return new LazyIterator<>() {
      private long row;
      private boolean ended;

      @Override
      protected RawRecord computeNext() {
        if (ended) {
          return null;
        }
        try {
          Group g = reader.read();
          if (g == null) {
            close();
            return null;
          }
          row++;
          return toRecord(file, row, g, limits);
        } catch (IOException | RuntimeException e) {
          close();
          return RawRecord.problem(file, row + 1, null, row == 0 ? "unreadable-file" : "unreadable-record",
              e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
      }

      private void close() {
        ended = true;
        try {
          reader.close();
        } catch (IOException ignored) {
          // everything readable has been read
        }
      }
    };
  }

  private static RawRecord toRecord(InputFile file, long row, Group g, IngestLimits limits) {
    GroupType schema = g.getType();
    String url = text(g, "url");
    byte[] sample = url == null ? null : Bytes.head(url.getBytes(StandardCharsets.UTF_8), limits.rejectSampleBytes());
    return PageFields.toRecord(file, row, name -> text(g, name), name -> timeMillis(g, schema, name), sample);
  }

  /** A present, non-null text column's value; typed times are read by {@link #timeMillis}. */
  private static String text(Group g, String name) {
    if (!g.getType().containsField(name) || g.getFieldRepetitionCount(name) == 0) {
      return null;
    }
    Type t = g.getType().getType(name);
    if (!t.isPrimitive() || t.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY) {
      return null;
    }
    return g.getString(name, 0);
  }

  /**
   * A time column when it is typed: a timestamp (INT96, or INT64 with a timestamp annotation) or a date (INT32 with a
   * date annotation, read as UTC midnight); null otherwise.
   */
  private static Long timeMillis(Group g, GroupType schema, String name) {
    if (!schema.containsField(name) || g.getFieldRepetitionCount(name) == 0 || !schema.getType(name).isPrimitive()) {
      return null;
    }
    PrimitiveType t = schema.getType(name).asPrimitiveType();
    if (t.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96) {
      ByteBuffer b = ByteBuffer.wrap(g.getInt96(name, 0).getBytes()).order(ByteOrder.LITTLE_ENDIAN);
      long nanosOfDay = b.getLong();
      long julianDay = b.getInt() & 0xffffffffL;
      return (julianDay - 2440588L) * 86_400_000L + nanosOfDay / 1_000_000L;
    }
    if (t.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT32
        && t.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
      return g.getInteger(name, 0) * 86_400_000L;
    }
    if (t.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT64
        && t.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
      long v = g.getLong(name, 0);
      return switch (ts.getUnit()) {
        case MILLIS -> v;
        case MICROS -> Math.floorDiv(v, 1000L);
        case NANOS -> Math.floorDiv(v, 1_000_000L);
      };
    }
    return null;
  }
}
