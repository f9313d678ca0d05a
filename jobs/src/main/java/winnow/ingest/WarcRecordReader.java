package winnow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz through jwarc. Response and resource records are pages; warcinfo, request and metadata records
 * describe the crawl and are not counted as input records. A record that cannot be parsed ends the file with one
 * problem record: WARC has no resync point we could trust after a bad length.
 */
final class WarcRecordReader implements RecordReader {

  @Override
  public Iterator<RawRecord> read(InputFile file, InputStream in, IngestLimits limits) throws IOException {
    final WarcReader reader;
    try {
      reader = new WarcReader(in);
    } catch (IOException | IllegalArgumentException e) {
      return java.util.List.of(RawRecord.problem(file, 0, null, "unreadable-file",
          "not a WARC file: " + e.getMessage(), null)).iterator();
    }
    return new LazyIterator<>() {
      private boolean failed;

      @Override
      protected RawRecord computeNext() {
        while (!failed) {
          long offset = reader.position();
          try {
            Optional<WarcRecord> next = reader.next();
            if (next.isEmpty()) {
              return null;
            }
            offset = reader.position();
            WarcRecord record = next.get();
            if (record instanceof WarcResponse response) {
              return fromResponse(file, offset, response, limits);
            }
            if (record instanceof WarcResource resource) {
              MediaType type = resource.contentType();
              byte[] body = Bytes.readAtMost(resource.body().stream(), limits.maxPageBytes());
              return new RawRecord(file, offset, resource.target(), resource.date().toEpochMilli(), (type.type() + "/" + type.subtype()),
                  type.parameters().get("charset"), body, null, null);
            }
          } catch (IOException | RuntimeException e) {
            failed = true;
            String reason = offset == 0 ? "unreadable-file" : "unreadable-record";
            return RawRecord.problem(file, offset, null, reason,
                e.getClass().getSimpleName() + ": " + e.getMessage(), null);
          }
        }
        return null;
      }
    };
  }

  private static RawRecord fromResponse(InputFile file, long offset, WarcResponse response, IngestLimits limits)
      throws IOException {
    String url = response.target();
    long fetched = response.date().toEpochMilli();
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return RawRecord.problem(file, offset, url, "http-status", "HTTP status " + http.status(), null);
    }
    MediaType type = http.contentType();
    byte[] body = Bytes.readAtMost(http.body().stream(), limits.maxPageBytes());
    return new RawRecord(file, offset, url, fetched, type == null ? null : (type.type() + "/" + type.subtype()),
        type == null ? null : type.parameters().get("charset"), body, null, null);
  }
}
