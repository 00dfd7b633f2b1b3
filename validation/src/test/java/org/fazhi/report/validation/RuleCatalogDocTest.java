package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The catalog table of {@code docs/validation.md} is the catalog: one row per rule, in catalog
 * order, with its id, severity, description, and the messages its primary test case asserts. Run
 * with {@code -Dfazhi.docs.write=true} to rewrite the table after changing the catalog.
 */
class RuleCatalogDocTest {
  private static final Path DOC = Path.of("..", "docs", "validation.md");
  private static final String START = "<!-- catalog:start -->\n";
  private static final String END = "<!-- catalog:end -->";

  static String table() {
    Map<Rule, RuleCase> cases =
        RuleCases.all().stream()
            .filter(RuleCase::isPrimary)
            .collect(Collectors.toMap(c -> c.rule, Function.identity()));
    StringBuilder table = new StringBuilder();
    table.append("| Rule id | Severity | What it checks | Example (zh-CN) | Example (en) |\n");
    table.append("|---|---|---|---|---|\n");
    for (Rule rule : Rule.values()) {
      RuleCase c = cases.get(rule);
      table
          .append("| `")
          .append(rule.id())
          .append("` | ")
          .append(rule.severity())
          .append(" | ")
          .append(cell(rule.description()))
          .append(" | ")
          .append(cell(c.chinese))
          .append(" | ")
          .append(cell(c.english))
          .append(" |\n");
    }
    return table.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  @Test
  void theDocumentsTable_isTheCatalog() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertThat(start).as("docs/validation.md has the catalog markers").isNotNegative();
    assertThat(end).isGreaterThan(start);
    String expected = table();
    if (Boolean.getBoolean("fazhi.docs.write")) {
      String updated = doc.substring(0, start + START.length()) + expected + doc.substring(end);
      Files.writeString(DOC, updated, StandardCharsets.UTF_8);
      doc = updated;
      end = doc.indexOf(END);
    }
    assertThat(doc.substring(start + START.length(), end))
        .as("docs/validation.md catalog table; rewrite with -Dfazhi.docs.write=true")
        .isEqualTo(expected);
  }
}
