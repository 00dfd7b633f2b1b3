package org.fazhi.report.examples.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.report.testing.FazhiAssertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;
import org.fazhi.report.figure.Count;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.testing.ReportArbitraries;
import org.fazhi.report.testing.ReportFixtures;
import org.fazhi.report.text.ReportText;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.Rule;
import org.fazhi.report.validation.Severity;
import org.fazhi.report.validation.ValidationResult;
import org.junit.jupiter.api.Test;

/**
 * A county system's own tests, written against the published artifacts only — fazhi-core,
 * fazhi-validation, fazhi-text, and fazhi-testing at test scope — as a downstream team would write
 * them. Its marked regions are the samples of {@code docs/testing.md}.
 */
class DownstreamAppTest {

  /** What the county system stores: a report as JSON, once its figures can all be true. */
  static final class ReportArchive {
    private final ReportValidator validator = ReportValidator.create();

    String accept(Report report) {
      ValidationResult result = validator.validate(report);
      if (!result.isValid()) {
        throw new IllegalArgumentException("rejected:\n" + result);
      }
      return ReportJson.create().write(report);
    }
  }

  private final ReportArchive archive = new ReportArchive();

  @Test
  void theYanggaoReport_isValid_withoutWarnings() {
    // sample in docs/testing.md: begin
    Report yanggao = ReportFixtures.yanggao2024();

    assertThat(yanggao).isValid().hasNoWarnings();
    assertThat(ReportFixtures.minimalValid()).hasNoFindings();
    // sample in docs/testing.md: end
  }

  @Test
  void aReportWithMoreClosedThanOpenCases_isFoundAtTheClosedFigure() {
    // sample in docs/testing.md: begin
    Report base = ReportFixtures.minimalValid();
    Reconsideration tooManyClosed =
        Reconsideration.builder().accepted(Count.of(31)).closed(Count.of(32)).build();
    Report report = base.withStatistics(base.getStatistics().withReconsideration(tooManyClosed));

    assertThat(report)
        .hasOnlyFindings(Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER)
        .hasFinding(Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER)
        .at("/statistics/reconsideration/closed")
        .withSeverity(Severity.ERROR)
        .withValue("carriedOver", "0");
    // sample in docs/testing.md: end
  }

  @Test
  void aSuppressedFinding_isAcknowledged_andTheReportValid() {
    Report base = ReportFixtures.minimalValid();
    Report report =
        base.withStatistics(
            base.getStatistics()
                .withReconsideration(
                    Reconsideration.builder().accepted(Count.of(31)).closed(Count.of(32)).build()));
    // sample in docs/testing.md: begin
    ReportValidator countyValidator =
        ReportValidator.builder()
            .locale(Locale.ENGLISH)
            .suppress(
                Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER.id(),
                "/statistics/reconsideration/closed",
                "1 case carried over from 2023, confirmed with the issuer")
            .build();

    assertThat(report).usingValidator(countyValidator).isValid();
    assertThat(countyValidator.validate(report))
        .hasFinding(Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER)
        .isSuppressed();
    // sample in docs/testing.md: end
  }

  @Test
  void theFixtureRenderedAsText_isImportedValid() {
    Report imported = ReportText.parse(ReportText.render(ReportFixtures.yanggao2024())).getReport();

    assertThat(imported).isValid();
  }

  @Test
  void theArchive_rejectsAReportBreakingAnErrorRule() {
    Report broken =
        ReportArbitraries.reportsBreaking(Rule.LEGAL_AID_ACCEPTED_EXCEEDS_APPLICATIONS).sample();

    assertThat(broken).hasFinding(Rule.LEGAL_AID_ACCEPTED_EXCEEDS_APPLICATIONS);
    assertThatThrownBy(() -> archive.accept(broken))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("legal-aid.accepted-exceeds-applications");
  }

  // sample in docs/testing.md: begin
  @Property(tries = 50)
  void theArchive_keepsEveryValidReport(@ForAll("validReports") Report report) {
    String json = archive.accept(report);

    assertThat(ReportJson.create().read(json)).isEqualTo(report);
  }

  @Property(tries = 50)
  void everyReportWithClosedBeyondOpenCases_isInvalid(@ForAll("tooManyClosed") Report report) {
    assertThat(report)
        .hasFinding(Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER)
        .at("/statistics/reconsideration/closed");
  }

  @Provide
  Arbitrary<Report> validReports() {
    return ReportArbitraries.validReports();
  }

  @Provide
  Arbitrary<Report> tooManyClosed() {
    return ReportArbitraries.reportsBreaking(
        Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER);
  }
  // sample in docs/testing.md: end
}
