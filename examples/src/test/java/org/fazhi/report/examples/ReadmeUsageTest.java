package org.fazhi.report.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/**
 * The usage sample of the README runs (DocsJavaSamplesTest checks that the README shows exactly
 * this code), and docs/model-and-json.md shows exactly the JSON it writes.
 */
class ReadmeUsageTest {
  private static final Path JSON_DOC = Path.of("..", "docs", "model-and-json.md");

  static String usageSample() {
    // sample in README.md: begin
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
            .addIndicators(Indicator.of("智慧政务大厅二期项目总投资", "1481.6万元"))
            .build();

    String json = ReportJson.create().write(report);
    Report read = ReportJson.create().read(json); // strict: fails with a JSON Pointer, line, column
    // sample in README.md: end

    assertThat(read).isEqualTo(report);
    return json;
  }

  @Test
  void usageSample_buildsWritesAndReadsBack() {
    assertThat(usageSample())
        .contains("\"received\": 35,")
        .contains("\"value\": 700,\n        \"approximation\": \"MORE_THAN\"");
  }

  @Test
  void theJsonForm_showsWhatTheUsageSampleWrites() throws IOException {
    String doc = Files.readString(JSON_DOC, StandardCharsets.UTF_8);
    Matcher shown =
        Pattern.compile("<!-- json of the README usage -->\n```json\n(.*?\n)```\n", Pattern.DOTALL)
            .matcher(doc);
    assertThat(shown.find()).as("docs/model-and-json.md marks the usage JSON").isTrue();
    assertThat(shown.group(1)).isEqualTo(usageSample());
  }
}
