package winnow.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes the ground truth as pages are written: one line per page and one line per block. */
final class TruthWriter implements Closeable {
  static final String PAGES = "_truth/pages.jsonl";
  static final String BLOCKS = "_truth/blocks.jsonl";

  private final ObjectMapper json = new ObjectMapper();
  private final Writer pw;
  private final Writer bw;

  TruthWriter(Path out) throws IOException {
    Files.createDirectories(out.resolve("_truth"));
    pw = Files.newBufferedWriter(out.resolve(PAGES), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    bw = Files.newBufferedWriter(out.resolve(BLOCKS), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
  }

  /** The truth of one rendered page; {@code source} is the file it was written to, relative to the output dir. */
  void write(Article a, String source) throws IOException {
    ObjectNode p = json.createObjectNode();
    p.put("url", a.url);
    p.put("source", source);
    p.put("format", a.outlet.format);
    p.put("domain", a.outlet.domain);
    p.put("lang", a.lang);
    p.put("published", a.published.toString());
    p.put("title", a.headline);
    p.put("story", a.story.id());
    p.put("dup_group", a.dupGroup());
    p.put("copy_kind", a.copyKind);
    p.put("lookalike_of", a.story.lookalikeOf());
    pw.write(json.writeValueAsString(p));
    pw.write('\n');
    int no = 0;
    for (HtmlOut.Block b : a.blocks) {
      ObjectNode n = json.createObjectNode();
      n.put("url", a.url);
      n.put("block_no", no++);
      n.put("text", b.text());
      n.put("label", b.label());
      n.put("category", b.category());
      bw.write(json.writeValueAsString(n));
      bw.write('\n');
    }
  }

  @Override
  public void close() throws IOException {
    try (Writer p = pw; Writer b = bw) {
      p.flush();
      b.flush();
    }
  }
}
