package winnow.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import winnow.tables.TableSchema;

class TableDocsTest {

  @Test
  void committedPageMatchesTheSchemaFiles() throws Exception {
    Path page = Path.of(System.getProperty("winnow.root", "..")).resolve("docs/tables.md");
    assertTrue(Files.isRegularFile(page), "docs/tables.md is missing: run bin/winnow docs --out docs/tables.md");
    assertEquals(TableDocs.render(), Files.readString(page, StandardCharsets.UTF_8),
        "docs/tables.md is stale: run bin/winnow docs --out docs/tables.md and commit it");
  }

  @Test
  void everyTableAndColumnIsDocumented() {
    String md = TableDocs.render();
    for (String name : TableSchema.names()) {
      TableSchema t = TableSchema.load(name);
      assertTrue(md.contains("### " + name + "\n"), "no section for " + name);
      assertFalse(t.description().isBlank(), name + " has no description");
      for (TableSchema.Column c : t.columns()) {
        assertFalse(c.description().isBlank() || c.example().isBlank(), name + "." + c.name() + " lacks a description or example");
        assertTrue(md.contains("| `" + c.name() + "` |"), "no row for " + name + "." + c.name());
      }
      if (name.startsWith("gold_")) {
        assertTrue(t.question() != null && !t.question().isBlank(), name + ": a gold table states the question it answers");
      }
    }
  }

  @Test
  void examplesAreParsedWithTheirQuestions() {
    var examples = TableDocs.examples();
    assertTrue(examples.size() >= 5, "examples: " + examples);
    for (var e : examples) {
      assertFalse(e.question().isBlank(), "an example without its question: " + e.sql());
      assertFalse(e.sql().contains(";"), "one statement per example: " + e.sql());
    }
  }
}
