package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;

/**
 * For generated reports whose prose states their figures: reading the published text gives the
 * report back — its outline, its typed blocks, its indicators, its metadata — and nothing is lost.
 *
 * <p>300 tries: each builds, renders and reads a report of up to a few dozen sections in well under
 * a millisecond, and 300 cover the label styles, layouts and facts many times over.
 */
class ReportTextRoundTripPropertiesTest {

  @Provide
  Arbitrary<Report> reports() {
    return PublishedReports.reports();
  }

  @Property(tries = 300)
  void parsingTheRenderedText_givesTheReportBack(@ForAll("reports") Report report) {
    String text = ReportText.render(report);
    TextImport imported = ReportText.parse(text);
    assertThat(imported.getReport().getOutline()).isEqualTo(report.getOutline());
    assertThat(imported.getReport().getStatistics()).isEqualTo(report.getStatistics());
    assertThat(imported.getReport().getDecisions()).isEqualTo(report.getDecisions());
    assertThat(imported.getReport().getEnforcement()).isEqualTo(report.getEnforcement());
    assertThat(imported.getReport().getAccountability()).isEqualTo(report.getAccountability());
    assertThat(imported.getReport().getIndicators()).isEqualTo(report.getIndicators());
    assertThat(imported.getReport()).isEqualTo(report);
  }

  @Property(tries = 300)
  void readingLosesNothing(@ForAll("reports") Report report) {
    TextImport imported = ReportText.parse(ReportText.render(report));
    assertThat(imported.getWarnings()).isEmpty();
    assertThat(imported.getUnplacedFigures()).isEmpty();
    assertThat(imported.getUnattachedText()).isEmpty();
    assertThat(ReportText.render(imported.getReport())).isEqualTo(ReportText.render(report));
  }
}
