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
 * The README's catalog table is the catalog: one row per rule, in catalog order, with its id,
 * severity, description, and the messages its primary test case asserts. Run with {@code
 * -Dfazhi.readme.write=true} to rewrite the table after changing the catalog.
 */
class ReadmeCatalogTest {
  private static final Path README = Path.of("..", "README.md");
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
      table.append("| `").append(rule.id()).append("` | ").append(rule.severity()).append(" | ")
          .append(cell(rule.description())).append(" | ").append(cell(c.chinese)).append(" | ")
          .append(cell(c.english)).append(" |\n");
    }
    return table.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  @Test
  void theReadmeTable_isTheCatalog() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README has the catalog markers").isNotNegative();
    assertThat(end).isGreaterThan(start);
    String expected = table();
    if (Boolean.getBoolean("fazhi.readme.write")) {
      String updated = readme.substring(0, start + START.length()) + expected + readme.substring(end);
      Files.writeString(README, updated, StandardCharsets.UTF_8);
      readme = updated;
      end = readme.indexOf(END);
    }
    assertThat(readme.substring(start + START.length(), end))
        .as("README catalog table; rewrite with -Dfazhi.readme.write=true")
        .isEqualTo(expected);
  }
}
