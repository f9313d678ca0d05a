package winnow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

/** Reads the records of one crawl file of one format, lazily; read problems become problem records, not exceptions. */
public interface RecordReader {
  Iterator<RawRecord> read(InputFile file, InputStream in, IngestLimits limits) throws IOException;

  static RecordReader of(InputFormat format) {
    return switch (format) {
      case WARC -> new WarcRecordReader();
      case JSONL -> new JsonlRecordReader();
      case TEXT -> new TextRecordReader();
      default -> throw new IllegalArgumentException("no stream reader for " + format);
    };
  }
}
