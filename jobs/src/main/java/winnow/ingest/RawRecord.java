package winnow.ingest;

/**
 * One record as read from a crawl file, before decoding. Either a fetched body, or a {@code problem} found while
 * reading it (then the record becomes a reject).
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
    String problemDetail) {

  public static RawRecord problem(InputFile file, long offset, String url, String reason, String detail,
                                  byte[] sample) {
    return new RawRecord(file, offset, url, null, null, null, sample, reason, detail);
  }
}
