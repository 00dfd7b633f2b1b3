package org.fazhi.report.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fazhi.report.testing.ReportArbitraries;
import org.fazhi.report.validation.Rule;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/testing.md}'s coverage table lists exactly the rules {@code reportsBreaking}
 * supports. (Its Java blocks are regions of {@code DownstreamAppTest}, checked by {@link
 * DocsJavaSamplesTest} like every doc's.)
 */
class TestingGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "testing.md");

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  @Test
  void theCoverageTable_listsExactlyTheRulesSupported() throws IOException {
    String guide = read(GUIDE);
    String table =
        guide.substring(guide.indexOf("<!-- coverage -->"), guide.indexOf("<!-- /coverage -->"));
    Set<String> listed = new TreeSet<>();
    Matcher row =
        Pattern.compile("^\\| `([a-z-]+)` \\| (.*) \\|$", Pattern.MULTILINE).matcher(table);
    while (row.find()) {
      Matcher rule = Pattern.compile("`([a-z0-9-]+)` \\(([EWI])\\)").matcher(row.group(2));
      while (rule.find()) {
        Rule named = Rule.byId(row.group(1) + "." + rule.group(1)).orElseThrow();
        assertThat(named.severity().name()).startsWith(rule.group(2));
        listed.add(named.id());
      }
    }

    assertThat(listed)
        .isEqualTo(
            ReportArbitraries.supportedRules().stream()
                .map(Rule::id)
                .collect(Collectors.toCollection(TreeSet::new)));
  }
}
