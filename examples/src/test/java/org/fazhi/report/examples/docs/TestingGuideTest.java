package org.fazhi.report.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fazhi.report.testing.ReportArbitraries;
import org.fazhi.report.validation.Rule;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/testing.md} shows exactly the code that runs: each Java block is the region of {@code
 * DownstreamAppTest} its marker names ({@code <!-- sample: variant -->}), and its coverage table
 * lists exactly the rules {@code reportsBreaking} supports.
 */
class TestingGuideTest {
  private static final Path GUIDE = Path.of("..", "docs", "testing.md");
  private static final Path SOURCE =
      Path.of("src/test/java/org/fazhi/report/examples/downstream/DownstreamAppTest.java");
  private static final Pattern REGION =
      Pattern.compile(
          "\n( *)// docs/testing.md: (\\w+) begin\n(.*?)\n *// docs/testing.md: \\2 end\n",
          Pattern.DOTALL);
  private static final Pattern SAMPLE =
      Pattern.compile("<!-- sample: (\\w+) -->\n```java\n(.*?)\n```", Pattern.DOTALL);

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }

  /** The marked regions of the source, by name, without the indentation of their marker. */
  private static Map<String, String> regions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    Matcher region = REGION.matcher(read(SOURCE));
    while (region.find()) {
      String indent = region.group(1);
      regions.put(
          region.group(2),
          region
              .group(3)
              .lines()
              .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
              .collect(Collectors.joining("\n")));
    }
    return regions;
  }

  @Test
  void everyJavaBlock_isTheRegionOfTheSourceItNames_andEveryRegionIsShown() throws IOException {
    String guide = read(GUIDE);
    Map<String, String> shown = new LinkedHashMap<>();
    Matcher sample = SAMPLE.matcher(guide);
    while (sample.find()) {
      shown.put(sample.group(1), sample.group(2));
    }

    assertThat(Pattern.compile("```java").matcher(guide).results().count())
        .as("every java block is marked")
        .isEqualTo(shown.size());
    assertThat(shown).isEqualTo(regions()).hasSize(4);
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
