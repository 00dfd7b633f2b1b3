package org.fazhi.report.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.report.testing.FazhiAssertions.assertThat;

import org.fazhi.report.Report;
import org.fazhi.report.figure.Count;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.Rule;
import org.fazhi.report.validation.Suppression;
import org.junit.jupiter.api.Test;

class ReportAssertTest {
  private static final Report VALID = ReportFixtures.minimalValid();

  /** accepted 32 of 31 received: one ERROR. */
  static final Report ACCEPTED_EXCEEDS_RECEIVED =
      VALID.withStatistics(
          VALID
              .getStatistics()
              .withReconsideration(
                  Reconsideration.builder().received(Count.of(31)).accepted(Count.of(32)).build()));

  /** 701 mediated of 700 disputes: one WARNING. */
  static final Report MEDIATED_EXCEEDS_DISPUTES =
      VALID.withStatistics(
          VALID
              .getStatistics()
              .withMediation(
                  Mediation.builder().disputes(Count.of(700)).mediated(Count.of(701)).build()));

  static final String ERROR_LINE =
      "  [ERROR] reconsideration.accepted-exceeds-received at /statistics/reconsideration/accepted:"
          + " Reconsideration: accepted (32) cannot exceed received (31).";
  static final String WARNING_LINE =
      "  [WARNING] mediation.mediated-exceeds-disputes at /statistics/mediation/mediated:"
          + " Mediation: mediated (701) exceeds the disputes found or received (700).";

  // ---------------------------------------------------------------- isValid

  @Test
  void isValid_passesForAReportWithoutError() {
    assertThat(MEDIATED_EXCEEDS_DISPUTES).isValid();
  }

  @Test
  void isValid_failsListingTheErrors() {
    assertThatThrownBy(() -> assertThat(ACCEPTED_EXCEEDS_RECEIVED).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expecting no active ERROR finding, but found 1:\n" + ERROR_LINE);
  }

  @Test
  void isValid_failsWithTheDescriptionFirst() {
    assertThatThrownBy(() -> assertThat(ACCEPTED_EXCEEDS_RECEIVED).as("county A").isValid())
        .hasMessage("[county A] Expecting no active ERROR finding, but found 1:\n" + ERROR_LINE);
  }

  @Test
  void isValid_passesWhereASuppressionAcknowledgesTheError() {
    ReportValidator acknowledging =
        ReportValidator.builder()
            .suppress(
                Suppression.of(
                    Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED, "/statistics/**", "confirmed"))
            .build();

    assertThat(ACCEPTED_EXCEEDS_RECEIVED).usingValidator(acknowledging).isValid();
  }

  @Test
  void isValid_failsForANullReport() {
    assertThatThrownBy(() -> assertThat((Report) null).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
  }

  // ---------------------------------------------------------------- hasNoWarnings, hasNoFindings

  @Test
  void hasNoWarnings_passesForAReportWithOnlyAnError() {
    assertThat(ACCEPTED_EXCEEDS_RECEIVED).hasNoWarnings();
  }

  @Test
  void hasNoWarnings_failsListingTheWarnings() {
    assertThatThrownBy(() -> assertThat(MEDIATED_EXCEEDS_DISPUTES).hasNoWarnings())
        .hasMessage("Expecting no active WARNING finding, but found 1:\n" + WARNING_LINE);
  }

  @Test
  void hasNoFindings_passesForTheMinimalValidReport() {
    assertThat(VALID).hasNoFindings();
  }

  @Test
  void hasNoFindings_failsListingEveryActiveFinding() {
    Report both =
        ACCEPTED_EXCEEDS_RECEIVED.withStatistics(
            ACCEPTED_EXCEEDS_RECEIVED
                .getStatistics()
                .withMediation(MEDIATED_EXCEEDS_DISPUTES.getStatistics().getMediation()));

    assertThatThrownBy(() -> assertThat(both).hasNoFindings())
        .hasMessage(
            "Expecting no active finding, but found 2:\n" + ERROR_LINE + "\n" + WARNING_LINE);
  }

  @Test
  void usingValidator_rendersTheMessagesInItsLocale() {
    assertThatThrownBy(
            () ->
                assertThat(ACCEPTED_EXCEEDS_RECEIVED)
                    .usingValidator(ReportValidator.create())
                    .isValid())
        .hasMessage(
            "Expecting no active ERROR finding, but found 1:\n"
                + "  [ERROR] reconsideration.accepted-exceeds-received at"
                + " /statistics/reconsideration/accepted: 行政复议受理数(32)不得大于收到申请数(31)");
  }

  // ---------------------------------------------------------------- hasFinding, hasNoFinding

  @Test
  void hasFinding_returnsAnAssertionOnTheFinding() {
    assertThat(ACCEPTED_EXCEEDS_RECEIVED)
        .hasFinding(Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED)
        .at("/statistics/reconsideration/accepted")
        .withValue("accepted", "32")
        .withValue("received", "31");
  }

  @Test
  void hasFinding_failsListingTheFindingsThereAre() {
    assertThatThrownBy(
            () ->
                assertThat(MEDIATED_EXCEEDS_DISPUTES)
                    .hasFinding(Rule.MEDIATION_SETTLED_EXCEEDS_MEDIATED))
        .hasMessage(
            "Expecting a finding of rule mediation.settled-exceeds-mediated, but found none"
                + " among:\n"
                + WARNING_LINE);
  }

  @Test
  void hasFinding_failsSayingThereAreNoFindings() {
    assertThatThrownBy(() -> assertThat(VALID).hasFinding(Rule.MEDIATION_SETTLED_EXCEEDS_MEDIATED))
        .hasMessage(
            "Expecting a finding of rule mediation.settled-exceeds-mediated, but found none"
                + " among:\n  (none)");
  }

  @Test
  void hasNoFinding_failsListingTheRulesFindings() {
    assertThatThrownBy(
            () ->
                assertThat(MEDIATED_EXCEEDS_DISPUTES)
                    .hasNoFinding(Rule.MEDIATION_MEDIATED_EXCEEDS_DISPUTES))
        .hasMessage(
            "Expecting no finding of rule mediation.mediated-exceeds-disputes, but found 1:\n"
                + WARNING_LINE);
  }

  @Test
  void hasNoFinding_passesForAnotherRule() {
    assertThat(MEDIATED_EXCEEDS_DISPUTES).hasNoFinding(Rule.MEDIATION_SETTLED_EXCEEDS_MEDIATED);
  }

  // ---------------------------------------------------------------- hasOnlyFindings

  @Test
  void hasOnlyFindings_passesForExactlyTheRules() {
    assertThat(ACCEPTED_EXCEEDS_RECEIVED)
        .hasOnlyFindings(Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED);
  }

  @Test
  void hasOnlyFindings_withNoRule_isHasNoFindings() {
    assertThat(VALID).hasOnlyFindings();
  }

  @Test
  void hasOnlyFindings_failsNamingTheMissingAndTheUnexpectedRules() {
    assertThatThrownBy(
            () ->
                assertThat(MEDIATED_EXCEEDS_DISPUTES)
                    .hasOnlyFindings(
                        Rule.MEDIATION_SETTLED_EXCEEDS_MEDIATED, Rule.METADATA_ISSUERS_MISSING))
        .hasMessage(
            "Expecting active findings of exactly the rules [metadata.issuers-missing,"
                + " mediation.settled-exceeds-mediated], but found no finding of"
                + " [metadata.issuers-missing, mediation.settled-exceeds-mediated] and unexpected"
                + " findings of [mediation.mediated-exceeds-disputes] among:\n"
                + WARNING_LINE);
  }

  @Test
  void hasOnlyFindings_failsNamingOnlyTheUnexpectedRules() {
    assertThatThrownBy(() -> assertThat(MEDIATED_EXCEEDS_DISPUTES).hasOnlyFindings())
        .hasMessage(
            "Expecting active findings of exactly the rules [], but found unexpected findings"
                + " of [mediation.mediated-exceeds-disputes] among:\n"
                + WARNING_LINE);
  }
}
