package winnow.ingest;

import java.util.Locale;

/** Input formats, recognised by file name. */
public enum InputFormat {
  WARC, JSONL, TEXT, PARQUET, UNSUPPORTED;

  public static InputFormat of(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".warc") || n.endsWith(".arc")) {
      return WARC;
    }
    if (n.endsWith(".jsonl") || n.endsWith(".json") || n.endsWith(".ndjson")) {
      return JSONL;
    }
    if (n.endsWith(".txt") || n.endsWith(".text")) {
      return TEXT;
    }
    if (n.endsWith(".parquet")) {
      return PARQUET;
    }
    return UNSUPPORTED;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
