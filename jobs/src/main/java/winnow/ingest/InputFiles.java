package winnow.ingest;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists crawl files under the configured inputs (any Hadoop file system), recursively, skipping names that start
 * with '_' or '.' (Hadoop's hidden-file convention: _SUCCESS, .crc, data-sample/_truth).
 */
public final class InputFiles {
  private InputFiles() {}

  public static List<InputFile> list(List<String> inputs, Configuration hadoop) {
    List<InputFile> files = new ArrayList<>();
    for (String input : inputs) {
      Path root = new Path(input);
      try {
        FileSystem fs = root.getFileSystem(hadoop);
        FileStatus status = fs.getFileStatus(root);
        if (status.isFile()) {
          files.add(of(status, status.getPath().getName()));
        } else {
          walk(fs, status.getPath(), status.getPath().toString().length() + 1, files);
        }
      } catch (FileNotFoundException e) {
        throw new IllegalArgumentException("input not found: " + input);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + input, e);
      }
    }
    files.sort(Comparator.comparing(InputFile::path));
    return files;
  }

  private static void walk(FileSystem fs, Path dir, int rootLength, List<InputFile> out) throws IOException {
    for (FileStatus s : fs.listStatus(dir)) {
      String name = s.getPath().getName();
      if (name.startsWith("_") || name.startsWith(".")) {
        continue;
      }
      if (s.isDirectory()) {
        walk(fs, s.getPath(), rootLength, out);
      } else {
        out.add(of(s, s.getPath().toString().substring(rootLength)));
      }
    }
  }

  private static InputFile of(FileStatus s, String relative) {
    return new InputFile(s.getPath().toString(), relative, InputFormat.of(s.getPath().getName()), s.getLen(),
        s.getModificationTime());
  }

  /**
   * The files dealt into at most {@code slices} groups of about equal bytes (largest first, each to the lightest
   * group), one Spark task per group: one large WARC segment next to many small text files must not leave a single
   * task reading while the other cores wait.
   */
  public static List<List<InputFile>> balanced(List<InputFile> files, int slices) {
    int n = Math.max(1, Math.min(slices, files.size()));
    List<InputFile> bySize = new java.util.ArrayList<>(files);
    bySize.sort(java.util.Comparator.comparingLong(InputFile::size).reversed().thenComparing(InputFile::path));
    List<List<InputFile>> groups = new java.util.ArrayList<>();
    java.util.PriorityQueue<long[]> load = new java.util.PriorityQueue<>(
        java.util.Comparator.<long[]>comparingLong(g -> g[0]).thenComparingLong(g -> g[1]));
    for (int i = 0; i < n; i++) {
      groups.add(new java.util.ArrayList<>());
      load.add(new long[] {0, i});
    }
    for (InputFile f : bySize) {
      long[] lightest = load.poll();
      groups.get((int) lightest[1]).add(f);
      lightest[0] += Math.max(1, f.size());
      load.add(lightest);
    }
    groups.removeIf(List::isEmpty);
    return groups;
  }
}
