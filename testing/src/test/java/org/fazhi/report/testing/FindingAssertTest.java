package org.fazhi.report.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.report.testing.FazhiAssertions.assertThat;
import static org.fazhi.report.testing.ReportAssertTest.ACCEPTED_EXCEEDS_RECEIVED;

import org.fazhi.report.Report;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.figure.Count;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.Rule;
import org.fazhi.report.validation.Severity;
import org.fazhi.report.validation.Suppression;
import org.junit.jupiter.api.Test;

class FindingAssertTest {
  private static final String AT = "/statistics/reconsideration/accepted";
  private static final String LINE =
      "  [ERROR] reconsideration.accepted-exceeds-received at /statistics/reconsideration/accepted:"
          + " Reconsideration: accepted (32) cannot exceed received (31).";
  private static final Rule DUTY_LIST = Rule.DUTY_LIST_ITEMS_EXCEED_COUNT;

  /** Two duty lists, each listing 2 items of the 1 it counts: two findings of one rule. */
  private static final Report TWO_DUTY_LISTS =
      ReportFixtures.minimalValid()
          .withAccountability(
              Accountability.builder().addDutyLists(dutyList(), dutyList()).build());

  private static DutyList dutyList() {
    return DutyList.builder()
        .kind(DutyListKind.FIRST_RESPONSIBLE_PERSON)
        .itemCount(Count.of(1))
        .addItems("学法", "述法")
        .build();
  }

  private static Finding theFinding() {
    return ReportAssert.DEFAULT_VALIDATOR.validate(ACCEPTED_EXCEEDS_RECEIVED).getErrors().get(0);
  }

  // ---------------------------------------------------------------- at

  @Test
  void at_passesForTheFindingsPointer() {
    assertThat(theFinding()).at(AT);
  }

  @Test
  void at_failsListingWhereTheRulesFindingsAre() {
    assertThatThrownBy(() -> assertThat(theFinding()).at("/statistics/reconsideration/received"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting a finding of rule reconsideration.accepted-exceeds-received at"
                + " /statistics/reconsideration/received, but the rule's findings are:\n"
                + LINE);
  }

  @Test
  void at_movesToAnotherFindingOfTheSameRule() {
    assertThat(TWO_DUTY_LISTS)
        .hasFinding(DUTY_LIST)
        .at("/accountability/dutyLists/0/items")
        .withValue("listed", "2")
        .at("/accountability/dutyLists/1/items")
        .withValue("itemCount", "1");
  }

  @Test
  void at_keepsTheDescription() {
    assertThatThrownBy(
            () -> assertThat(TWO_DUTY_LISTS).as("duty lists").hasFinding(DUTY_LIST).at("/x"))
        .hasMessageStartingWith("[duty lists] Expecting a finding of rule");
  }

  // ---------------------------------------------------------------- withSeverity, withValue

  @Test
  void withSeverity_passesForTheRulesSeverity() {
    assertThat(theFinding()).withSeverity(Severity.ERROR);
  }

  @Test
  void withSeverity_failsShowingTheFinding() {
    assertThatThrownBy(() -> assertThat(theFinding()).withSeverity(Severity.WARNING))
        .hasMessage("Expecting severity WARNING but it is ERROR:\n" + LINE);
  }

  @Test
  void withValue_failsShowingTheValues() {
    assertThatThrownBy(() -> assertThat(theFinding()).withValue("accepted", "31"))
        .hasMessage(
            "Expecting the value accepted = 31 but the values are {accepted=32, received=31}:\n"
                + LINE);
  }

  @Test
  void withValue_failsForAValueTheFindingDoesNotHave() {
    assertThatThrownBy(() -> assertThat(theFinding()).withValue("closed", "31"))
        .hasMessageStartingWith("Expecting the value closed = 31 but the values are {");
  }

  // ---------------------------------------------------------------- suppression

  @Test
  void isSuppressed_passesForAnAcknowledgedFinding() {
    ReportValidator validator =
        ReportValidator.builder()
            .suppress(Suppression.of(DUTY_LIST, "/accountability/dutyLists/1/items", "as printed"))
            .build();

    assertThat(TWO_DUTY_LISTS)
        .usingValidator(validator)
        .hasFinding(DUTY_LIST)
        .isNotSuppressed()
        .at("/accountability/dutyLists/1/items")
        .isSuppressed();
  }

  @Test
  void isSuppressed_failsForAnActiveFinding() {
    assertThatThrownBy(() -> assertThat(theFinding()).isSuppressed())
        .hasMessage(
            "Expecting the finding to be suppressed, but no suppression matches it:\n" + LINE);
  }

  @Test
  void isNotSuppressed_failsForAnAcknowledgedFinding() {
    ReportValidator validator =
        ReportValidator.builder()
            .suppress(Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED.id(), AT, "as printed")
            .build();
    Finding suppressed = validator.validate(ACCEPTED_EXCEEDS_RECEIVED).getSuppressed().get(0);

    assertThatThrownBy(() -> assertThat(suppressed).isNotSuppressed())
        .hasMessage(
            "Expecting the finding not to be suppressed, but it is:\n"
                + "  [ERROR] reconsideration.accepted-exceeds-received at"
                + " /statistics/reconsideration/accepted (suppressed: as printed):"
                + " 行政复议受理数(32)不得大于收到申请数(31)");
  }

  @Test
  void aNullFinding_fails() {
    assertThatThrownBy(() -> assertThat((Finding) null).at(AT))
        .hasMessageContaining("Expecting actual not to be null");
  }
}
