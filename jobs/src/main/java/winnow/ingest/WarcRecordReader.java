package winnow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz through jwarc. Response and resource records are pages; warcinfo, request and metadata records
 * describe the crawl and are not counted as input records.
 *
 * <p>A WARC.gz is read one gzip member at a time ({@link GzipMembers}): a record whose Content-Length lies becomes
 * a {@code bad-content-length} reject and reading goes on with the next member, the standard one-record-per-member
 * layout. Its source_offset is the member's compressed offset, as in CDX indexes. Broken gzip (a truncated file,
 * garbage between members) and an uncompressed WARC with a bad record end the file with one reject: there is no
 * resync point to trust there.
 */
final class WarcRecordReader implements RecordReader {

  @Override
  public Iterator<RawRecord> read(InputFile file, InputStream in, IngestLimits limits) throws IOException {
    if (file.path().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
      return new MemberRecords(file, new GzipMembers(in, limits.maxDecompressedBytes()), limits);
    }
    return plain(file, in, limits);
  }

  /** The records of a WARC.gz, member by member. */
  private static final class MemberRecords extends LazyIterator<RawRecord> {
    private final InputFile file;
    private final GzipMembers members;
    private final IngestLimits limits;
    private final Deque<RawRecord> ready = new ArrayDeque<>();
    private boolean ended;
    private boolean any;

    MemberRecords(InputFile file, GzipMembers members, IngestLimits limits) {
      this.file = file;
      this.members = members;
      this.limits = limits;
    }

    @Override
    protected RawRecord computeNext() {
      while (ready.isEmpty() && !ended) {
        readMember();
      }
      return ready.poll();
    }

    private void readMember() {
      GzipMembers.Member member;
      try {
        member = members.next();
      } catch (IOException e) {
        end(RawRecord.problem(file, 0, null, any ? "unreadable-record" : "unreadable-file", e.getMessage(), null));
        return;
      }
      if (member == null) {
        ended = true;
        return;
      }
      int before = ready.size();
      try {
        WarcReader reader = new WarcReader(member);
        long k = 0;
        for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
          RawRecord r = toRaw(file, member.offset + k++, next.get(), limits);
          if (r != null) {
            ready.add(r);
          }
        }
        member.skipRest();
        any = true;
      } catch (DecompressedTooLarge e) {
        dropFrom(before);
        end(RawRecord.problem(file, member.offset, null, DecompressedTooLarge.REASON,
            e.getMessage() + "; the rest of the file is not read", null));
      } catch (IOException | RuntimeException e) {
        String detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        boolean gzipIntact = skipQuietly(member);
        if (ready.size() > before) {
          // The member held a whole record and then bytes that are not one: the record's length was wrong.
          RawRecord last = ready.removeLast();
          ready.add(RawRecord.problem(file, last.offset(), last.url(), "bad-content-length",
              "record length disagrees with its gzip member: " + detail, Bytes.head(last.body(), 256)));
        } else {
          ready.add(RawRecord.problem(file, member.offset, null, any || member.offset > 0 ? "unreadable-record"
              : "unreadable-file", detail, null));
        }
        any = true;
        if (!gzipIntact) {
          ended = true;
          closeQuietly();
        }
      }
    }

    private void dropFrom(int size) {
      while (ready.size() > size) {
        ready.removeLast();
      }
    }

    private void end(RawRecord problem) {
      ready.add(problem);
      ended = true;
      closeQuietly();
    }

    private static boolean skipQuietly(GzipMembers.Member member) {
      try {
        member.skipRest();
        return true;
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }

    private void closeQuietly() {
      try {
        members.close();
      } catch (IOException ignored) {
        // nothing more is read from this file
      }
    }
  }

  /** An uncompressed WARC: a record that cannot be parsed ends the file with one problem record. */
  private static Iterator<RawRecord> plain(InputFile file, InputStream in, IngestLimits limits) {
    final WarcReader reader;
    try {
      reader = new WarcReader(in);
    } catch (IOException | IllegalArgumentException e) {
      return List.of(RawRecord.problem(file, 0, null, "unreadable-file",
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
            RawRecord r = toRaw(file, offset, next.get(), limits);
            if (r != null) {
              return r;
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

  /** A page record, or null for the record types that describe the crawl. */
  private static RawRecord toRaw(InputFile file, long offset, WarcRecord record, IngestLimits limits)
      throws IOException {
    if (record instanceof WarcResponse response) {
      return fromResponse(file, offset, response, limits);
    }
    if (record instanceof WarcResource resource) {
      MediaType type = resource.contentType();
      byte[] body = Bytes.readAtMost(resource.body().stream(), limits.maxPageBytes());
      return new RawRecord(file, offset, resource.target(), resource.date().toEpochMilli(),
          type.type() + "/" + type.subtype(), type.parameters().get("charset"), body, null, null);
    }
    return null;
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
