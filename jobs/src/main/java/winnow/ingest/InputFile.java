package winnow.ingest;

import java.io.Serializable;

/**
 * One crawl file found under an input path; relativePath is relative to the input root it was found under,
 * modifiedAt is the file system's modification time in epoch milliseconds.
 */
public record InputFile(String path, String relativePath, InputFormat format, long size, long modifiedAt)
    implements Serializable {}
