package org.fazhi.consumer.jacksontwo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.Locale;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.figure.Count;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.validation.ReportValidator;
import org.junit.jupiter.api.Test;

/**
 * Fazhi's modules resolve, and work on Jackson 2, in a module graph without Jackson 3; what needs
 * Jackson 3 says so. (A {@code provides} of a Jackson 3 service in core's module-info made the boot
 * layer fail here: "Module org.fazhi.report does not read a module that exports
 * tools.jackson.databind".)
 */
class WithoutJackson3ModulePathTest {
  private static final Report REPORT =
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
                          .received(Count.of(31))
                          .accepted(Count.of(32))
                          .build())
                  .build())
          .build();

  @Test
  void runsInANamedModule_withoutJackson3InTheGraph() {
    assertThat(getClass().getModule().getName()).isEqualTo("org.fazhi.consumer.jacksontwo");
    assertThat(ModuleLayer.boot().findModule("tools.jackson.databind")).isEmpty();
    assertThat(ModuleLayer.boot().findModule("org.fazhi.report")).isPresent();
  }

  @Test
  void jackson2_writesAndReadsBack() throws Exception {
    JsonMapper mapper = ReportMappers.jackson2();

    assertThat(mapper.readValue(mapper.writeValueAsString(REPORT), Report.class)).isEqualTo(REPORT);
  }

  @Test
  void validation_rendersItsMessages() {
    var finding = ReportValidator.create().validate(REPORT).getErrors().get(0);

    assertThat(finding.getMessage(Locale.CHINA)).isEqualTo("行政复议受理数(32)不得大于收到申请数(31)");
  }

  @Test
  void reportJson_saysItNeedsJackson3() {
    assertThatThrownBy(ReportJson::create)
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "ReportJson needs Jackson 3 (tools.jackson.core:jackson-databind 3.1 or later), which"
                + " is neither on the class path nor in the module graph.");
  }
}
