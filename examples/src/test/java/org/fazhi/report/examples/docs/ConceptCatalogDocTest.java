package org.fazhi.report.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.FactsCsv;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/concepts.md} is the concept catalog: one row per concept of {@link
 * Concept#catalog()}, in catalog order, and the CSV columns of {@link FactsCsv}. Run with {@code
 * -Dfazhi.docs.write=true} to rewrite the tables after changing the catalog.
 */
class ConceptCatalogDocTest {
  private static final Path DOC = Path.of("..", "docs", "concepts.md");
  private static final String START = "<!-- concepts:start -->\n";
  private static final String END = "<!-- concepts:end -->";
  private static final String COLUMNS_START = "<!-- columns:start -->\n";
  private static final String COLUMNS_END = "<!-- columns:end -->";

  static String table() {
    StringBuilder table = new StringBuilder();
    table.append("| Concept | Type | Told apart by | JSON Pointer | 中文 | English |\n");
    table.append("|---|---|---|---|---|---|\n");
    for (Concept concept : Concept.catalog()) {
      table
          .append("| `")
          .append(concept.id())
          .append("` | ")
          .append(concept.type())
          .append(" | ")
          .append(concept.dimension().orElse(""))
          .append(" | `")
          .append(concept.pointer())
          .append("` | ")
          .append(concept.chineseName())
          .append(" | ")
          .append(concept.englishName())
          .append(" |\n");
    }
    return table.toString();
  }

  static String columns() {
    return "`" + String.join("`, `", FactsCsv.COLUMNS) + "`\n";
  }

  @Test
  void theTables_areTheCatalogAndTheColumns() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("fazhi.docs.write")) {
      doc = replace(doc, START, END, table());
      doc = replace(doc, COLUMNS_START, COLUMNS_END, columns());
      Files.writeString(DOC, doc, StandardCharsets.UTF_8);
    }
    assertThat(between(doc, START, END))
        .as("docs/concepts.md catalog; rewrite with -Dfazhi.docs.write=true")
        .isEqualTo(table());
    assertThat(between(doc, COLUMNS_START, COLUMNS_END)).isEqualTo(columns());
  }

  private static String between(String doc, String start, String end) {
    int from = doc.indexOf(start);
    int to = doc.indexOf(end);
    assertThat(from).as("markers %s", start.trim()).isNotNegative();
    assertThat(to).isGreaterThan(from);
    return doc.substring(from + start.length(), to);
  }

  private static String replace(String doc, String start, String end, String content) {
    int from = doc.indexOf(start);
    int to = doc.indexOf(end);
    return doc.substring(0, from + start.length()) + content + doc.substring(to);
  }
}
