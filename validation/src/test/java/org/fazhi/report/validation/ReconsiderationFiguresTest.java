package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.Fixtures.reconsiderationReport;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reconsideration block's outcome rules beyond the catalog's cases: each of its shares goes
 * through {@code rate.share-exceeds-100}, the mediation and closure rates through {@code
 * rate.disagrees-with-block-counts}, the mediation-and-withdrawal rate counts only the groups of
 * such outcomes, and outcome groups alone add up against the cases closed.
 */
class ReconsiderationFiguresTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final String AT = "/statistics/reconsideration/";

  private static List<Finding> findings(UnaryOperator<Reconsideration.Builder> figures, Rule rule) {
    return VALIDATOR.validate(reconsiderationReport(figures)).getFindings(rule);
  }

  private static OutcomeGroup group(
      boolean open, String label, long count, ReconsiderationDecision... kinds) {
    OutcomeGroup.Builder group =
        OutcomeGroup.builder().open(open).count(Count.of(count)).addKinds(kinds);
    if (label != null) {
      group.label(label);
    }
    return group.build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "outcomeShares/UPHELD",
        "correctionRate",
        "mediationRate",
        "mediationWithdrawalRate",
        "closureRate"
      })
  void eachShare_above100Percent_isAFinding(String property) {
    Rate above = Rate.of("100.5");
    UnaryOperator<Reconsideration.Builder> rate =
        r ->
            switch (property) {
              case "outcomeShares/UPHELD" ->
                  r.putOutcomeShare(ReconsiderationDecision.UPHELD, above);
              case "correctionRate" -> r.correctionRate(above);
              case "mediationRate" -> r.mediationRate(above);
              case "mediationWithdrawalRate" -> r.mediationWithdrawalRate(above);
              default -> r.closureRate(above);
            };

    List<Finding> found = findings(rate, Rule.RATE_SHARE_EXCEEDS_100);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(AT + property);
    assertThat(found.get(0).getValues())
        .containsEntry("rate", FindingValue.of(new BigDecimal("100.5")));
  }

  // ---------------------------------------------------------------- rates against the counts

  /** 结案40件, 调解4件, and the mediation rate published. */
  private static List<Finding> mediationRate(String percent) {
    return findings(
        r ->
            r.closed(Count.of(40))
                .putOutcome(ReconsiderationDecision.MEDIATED, Count.of(4))
                .mediationRate(Rate.of(percent)),
        Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS);
  }

  @Test
  void theMediationRate_agreeingWithMediatedOverClosed_isNoFinding() {
    assertThat(mediationRate("10")).isEmpty();
  }

  @Test
  void theMediationRate_disagreeingWithMediatedOverClosed_isAFinding() {
    List<Finding> found = mediationRate("12.5");

    Fixtures.assertOneRateFinding(
        found, AT + "mediationRate", FindingValue.of(Count.of(4)), FindingValue.of(Count.of(40)));
  }

  /** 办理33件, 结案29件, and the closure rate published. */
  private static List<Finding> closureRate(String percent) {
    return findings(
        r -> r.handled(Count.of(33)).closed(Count.of(29)).closureRate(Rate.of(percent)),
        Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS);
  }

  @Test
  void theClosureRate_agreeingWithClosedOverHandled_isNoFinding() {
    assertThat(closureRate("87.88")).isEmpty();
  }

  @Test
  void theClosureRate_disagreeingWithClosedOverHandled_isAFinding() {
    List<Finding> found = closureRate("90");

    Fixtures.assertOneRateFinding(
        found, AT + "closureRate", FindingValue.of(Count.of(29)), FindingValue.of(Count.of(33)));
  }

  /**
   * 结案40件; 撤销、变更8件 and 调解、撤回4件, each a closed group; and the mediation-and-withdrawal rate
   * published: at least 4 of 40, the corrections not counted.
   */
  private static List<Finding> mediationWithdrawalRate(String percent) {
    return findings(
        r ->
            r.closed(Count.of(40))
                .addOutcomeGroup(
                    group(
                        false,
                        null,
                        8,
                        ReconsiderationDecision.REVOKED,
                        ReconsiderationDecision.CHANGED))
                .addOutcomeGroup(
                    group(
                        false,
                        null,
                        4,
                        ReconsiderationDecision.MEDIATED,
                        ReconsiderationDecision.WITHDRAWN))
                .mediationWithdrawalRate(Rate.of(percent)),
        Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS);
  }

  @Test
  void theMediationWithdrawalRate_countsOnlyTheGroupsOfMediationsAndWithdrawals() {
    assertThat(mediationWithdrawalRate("10")).isEmpty();
  }

  @Test
  void theMediationWithdrawalRate_belowItsGroupOverClosed_isAFinding() {
    List<Finding> found = mediationWithdrawalRate("5");

    Fixtures.assertOneRateFinding(
        found,
        AT + "mediationWithdrawalRate",
        FindingValue.of("≥4"),
        FindingValue.of(Count.of(40)));
  }

  // ---------------------------------------------------------------- groups

  /** 撤销、变更8件 and 调解、撤回4件, each a closed group and no kind stated apart, of {@code closed}. */
  private static List<Finding> twoGroupsOf(long closed) {
    return findings(
        r ->
            r.closed(Count.of(closed))
                .addOutcomeGroup(
                    group(
                        false,
                        null,
                        8,
                        ReconsiderationDecision.REVOKED,
                        ReconsiderationDecision.CHANGED))
                .addOutcomeGroup(
                    group(
                        false,
                        null,
                        4,
                        ReconsiderationDecision.MEDIATED,
                        ReconsiderationDecision.WITHDRAWN)),
        Rule.RECONSIDERATION_OUTCOMES_EXCEED_CLOSED);
  }

  @Test
  void groupsOfKindsNoOtherHolds_addUp_toNoMoreThanClosed() {
    assertThat(twoGroupsOf(12)).isEmpty();
  }

  @Test
  void groupsAlone_addingUpToMoreThanClosed_isAFinding() {
    List<Finding> found = twoGroupsOf(11);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(AT + "outcomeGroups");
    assertThat(found.get(0).getValues()).containsEntry("closed", FindingValue.of(Count.of(11)));
    assertThat(found.get(0).getDiscrepancy())
        .contains(
            new Discrepancy(
                new BigDecimal("12"), new BigDecimal("11"), BigDecimal.ONE, BigDecimal.ZERO));
  }

  @Test
  void anOpenGroupBelowTheKindsItLists_isNamedByItsKindsAndEtc() {
    List<Finding> found =
        findings(
            r ->
                r.putOutcome(ReconsiderationDecision.REVOKED, Count.of(8))
                    .putOutcome(ReconsiderationDecision.CHANGED, Count.of(3))
                    .addOutcomeGroup(
                        group(
                            true,
                            null,
                            10,
                            ReconsiderationDecision.REVOKED,
                            ReconsiderationDecision.CHANGED)),
            Rule.RECONSIDERATION_OUTCOME_GROUP_BELOW_KINDS);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(AT + "outcomeGroups/0/count");
    assertThat(found.get(0).getValues()).containsEntry("group", FindingValue.of("变更、撤销等"));
    assertThat(found.get(0).getMessage(Locale.ENGLISH)).contains("\"CHANGED, REVOKED, …\"");
  }

  @Test
  void aGroupHoldingAKindStatedOnlyFromBelow_addsNothingCertainBeyondIt() {
    // 撤销10余件 within 撤销、变更12件: how many changes the group holds is unknown.
    List<Finding> found =
        findings(
            r ->
                r.closed(Count.of(12))
                    .putOutcome(ReconsiderationDecision.REVOKED, Count.parse("10余"))
                    .addOutcomeGroup(
                        group(
                            false,
                            null,
                            12,
                            ReconsiderationDecision.REVOKED,
                            ReconsiderationDecision.CHANGED)),
            Rule.RECONSIDERATION_OUTCOMES_EXCEED_CLOSED);

    assertThat(found).isEmpty();
  }

  /** 结案40件, every outcome given: 维持27件, 撤销3件, 变更近10件; and the correction rate published. */
  private static List<Finding> correctionRate(String percent) {
    return findings(
        r ->
            r.closed(Count.of(40))
                .outcomesComplete(true)
                .putOutcome(ReconsiderationDecision.UPHELD, Count.of(27))
                .putOutcome(ReconsiderationDecision.REVOKED, Count.of(3))
                .putOutcome(ReconsiderationDecision.CHANGED, Count.parse("近10"))
                .correctionRate(Rate.of(percent)),
        Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS);
  }

  @Test
  void aCorrectionRate_withinTheRangeOfTheCorrections_isNoFinding() {
    assertThat(correctionRate("20")).isEmpty();
  }

  @Test
  void aCorrectionRate_outsideTheRangeOfTheCorrections_namesTheRange() {
    List<Finding> found = correctionRate("40");

    Fixtures.assertOneRateFinding(
        found, AT + "correctionRate", FindingValue.of("3~13"), FindingValue.of(Count.of(40)));
  }
}
