package winnow.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Already-extracted plain text: one page per file. The URL is the path relative to the input folder; a date
 * (yyyy-mm-dd) in the file name is taken as the fetch date.
 */
final class TextRecordReader implements RecordReader {
  private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  @Override
  public Iterator<RawRecord> read(InputFile file, InputStream in, IngestLimits limits) throws IOException {
    byte[] body = Bytes.readAtMost(in, limits.maxPageBytes());
    return List.of(new RawRecord(file, 0, file.relativePath(), dateIn(file.relativePath()), "text/plain", null,
        body, null, null)).iterator();
  }

  static Long dateIn(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    Matcher m = DATE.matcher(name);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.parse(m.group(1)).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
