package org.fazhi.report.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.Reconsideration;
import org.junit.jupiter.api.Test;

/** The usage sample of the README runs, and the README shows exactly this code. */
class ReadmeUsageTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path THIS_SOURCE =
      Path.of("src/test/java/org/fazhi/report/examples/ReadmeUsageTest.java");

  @Test
  void usageSample_buildsWritesAndReadsBack() {
    // README usage: begin
    Report report =
        Report.builder()
            .metadata(
                ReportMetadata.builder()
                    .title("阳高县2024年法治政府建设年度报告")
                    .addIssuers(Issuer.of("阳高县人民政府", IssuerKind.PEOPLES_GOVERNMENT))
                    .reportingYear(2024)
                    .documentDate(LocalDate.of(2024, 12, 3))
                    .build())
            .statistics(
                CaseStatistics.builder()
                    .reconsideration(
                        Reconsideration.builder()
                            .received(Count.of(35))
                            .accepted(Count.of(31))
                            .closed(Count.of(29))
                            .build())
                    .mediation( // 700余件: a bound, not an exact figure
                        Mediation.builder()
                            .mediated(Count.of(700, Approximation.MORE_THAN))
                            .build())
                    .build())
            .addIndicators(Indicator.of("划转事项", "237项"))
            .build();

    String json = ReportJson.create().write(report);
    Report read = ReportJson.create().read(json); // strict: fails with a JSON Pointer, line, column
    // README usage: end

    assertThat(read).isEqualTo(report);
    assertThat(json)
        .contains("\"received\": 35,")
        .contains("\"value\": 700,\n        \"approximation\": \"MORE_THAN\"");
  }

  @Test
  void readme_showsTheSampleAsItRuns() throws IOException {
    String source = Files.readString(THIS_SOURCE, StandardCharsets.UTF_8);
    Pattern marked =
        Pattern.compile(
            "\n( *)// README usage: begin\n(.*?)\n *// README usage: end\n", Pattern.DOTALL);
    Matcher sample = marked.matcher(source);
    assertThat(sample.find()).isTrue();
    String indent = sample.group(1);
    String code =
        sample.group(2).lines()
            .map(line -> line.startsWith(indent) ? line.substring(indent.length()) : line.strip())
            .collect(Collectors.joining("\n"));

    String readme = Files.readString(README, StandardCharsets.UTF_8);
    Matcher usage =
        Pattern.compile("<!-- usage -->.*?```java\n(.*?)\n```", Pattern.DOTALL).matcher(readme);
    assertThat(usage.find()).as("a java block in the README's usage section").isTrue();
    List<String> shown = usage.group(1).lines().collect(Collectors.toList());

    assertThat(shown).containsExactlyElementsOf(code.lines().collect(Collectors.toList()));
  }
}
