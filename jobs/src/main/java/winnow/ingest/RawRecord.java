package winnow.ingest;

/**
 * One record as read from a crawl file, before decoding. Either a fetched body, or a {@code problem} found while
 * reading it (then the record becomes a reject). A record-per-row source (a feed exported as JSONL or Parquet) may
 * also declare the item's headline and publication time; crawl files (WARC, text) declare neither.
 */
public record RawRecord(
    InputFile file,
    long offset,
    String url,
    Long fetchedAtMillis,
    String contentType,
    String declaredCharset,
    byte[] body,
    String problem,
    String problemDetail,
    String declaredTitle,
    Long publishedAtMillis) {

  /** A record that declares no headline or publication time. */
  public RawRecord(InputFile file, long offset, String url, Long fetchedAtMillis, String contentType,
                   String declaredCharset, byte[] body, String problem, String problemDetail) {
    this(file, offset, url, fetchedAtMillis, contentType, declaredCharset, body, problem, problemDetail, null, null);
  }

  public static RawRecord problem(InputFile file, long offset, String url, String reason, String detail,
                                  byte[] sample) {
    return new RawRecord(file, offset, url, null, null, null, sample, reason, detail);
  }
}
