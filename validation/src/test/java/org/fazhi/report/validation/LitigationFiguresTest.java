package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.Fixtures.litigationReport;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.Litigation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The litigation block's rules beyond the catalog's cases: each of its shares goes through {@code
 * rate.share-exceeds-100}, the head-appearance rate through {@code
 * rate.disagrees-with-block-counts}, and any one result alone can exceed the cases concluded.
 */
class LitigationFiguresTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final String AT = "/statistics/litigation/";

  private static List<Finding> findings(UnaryOperator<Litigation.Builder> figures, Rule rule) {
    return VALIDATOR.validate(litigationReport(figures)).getFindings(rule);
  }

  @ParameterizedTest
  @ValueSource(strings = {"lossRate", "winRate", "concludedRate", "headAppearanceRate"})
  void eachShare_above100Percent_isAFinding(String property) {
    UnaryOperator<Litigation.Builder> rate =
        l ->
            switch (property) {
              case "lossRate" -> l.lossRate(Rate.of("100.5"));
              case "winRate" -> l.winRate(Rate.of("100.5"));
              case "concludedRate" -> l.concludedRate(Rate.of("100.5"));
              default -> l.headAppearanceRate(Rate.of("100.5"));
            };

    List<Finding> found = findings(rate, Rule.RATE_SHARE_EXCEEDS_100);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(AT + property);
    assertThat(found.get(0).getValues())
        .containsEntry("rate", FindingValue.of(new BigDecimal("100.5")));
  }

  private static List<Finding> headAppearanceRate(String percent) {
    return findings(
        l ->
            l.headAppearances(Count.of(3))
                .hearings(Count.of(4))
                .headAppearanceRate(Rate.of(percent)),
        Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS);
  }

  @Test
  void theHeadAppearanceRate_agreeingWithHeadAppearancesOverHearings_isNoFinding() {
    assertThat(headAppearanceRate("75")).isEmpty();
  }

  @Test
  void theHeadAppearanceRate_disagreeingWithHeadAppearancesOverHearings_isAFinding() {
    List<Finding> found = headAppearanceRate("50");

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(AT + "headAppearanceRate");
  }

  @ParameterizedTest
  @ValueSource(strings = {"won", "lost", "withdrawn"})
  void anyOneResultAlone_aboveTheCasesConcluded_isAFinding(String result) {
    UnaryOperator<Litigation.Builder> figures =
        l -> {
          Litigation.Builder concluded = l.concluded(Count.of(5));
          return switch (result) {
            case "won" -> concluded.won(Count.of(6));
            case "lost" -> concluded.lost(Count.of(6));
            default -> concluded.withdrawn(Count.of(6));
          };
        };

    List<Finding> found = findings(figures, Rule.LITIGATION_RESULTS_EXCEED_CONCLUDED);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(AT + "concluded");
    assertThat(found.get(0).getValues()).containsEntry(result, FindingValue.of(Count.of(6)));
  }

  /** 审结 {@code concluded}件, broken down by field: 自然资源12件, 市场监管8件, complete. */
  private static List<Finding> concludedByField(long concluded, Rule rule) {
    return findings(
        l ->
            l.concluded(Count.of(concluded))
                .addBreakdown(
                    Breakdown.builder()
                        .dimension(BreakdownDimension.FIELD)
                        .of(CaseStage.CLOSED)
                        .addItem(BreakdownItem.of("自然资源", Count.of(12)))
                        .addItem(BreakdownItem.of("市场监管", Count.of(8)))
                        .complete(true)
                        .build()),
        rule);
  }

  @Test
  void aBreakdownOfTheCasesConcluded_addingUpToThem_isNoFinding() {
    assertThat(concludedByField(20, Rule.BREAKDOWN_ITEMS_EXCEED_TOTAL)).isEmpty();
    assertThat(concludedByField(20, Rule.BREAKDOWN_ITEMS_BELOW_TOTAL)).isEmpty();
  }

  @Test
  void aBreakdownOfTheCasesConcluded_isCheckedAgainstTheCasesConcluded() {
    List<Finding> found = concludedByField(19, Rule.BREAKDOWN_ITEMS_EXCEED_TOTAL);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(AT + "breakdowns/0/items");
    assertThat(found.get(0).getValues()).containsEntry("total", FindingValue.of(Count.of(19)));
    assertThat(found.get(0).getDiscrepancy())
        .contains(
            new Discrepancy(
                new BigDecimal("20"), new BigDecimal("19"), BigDecimal.ONE, BigDecimal.ZERO));
  }

  @Test
  void winAndLossRates_whoseLeastValuesAddUpToExactly100_areNoFinding() {
    // 60.5% may be 60.45% rounded, 39.6% may be 39.55%: together exactly 100%.
    assertThat(
            findings(
                l -> l.winRate(Rate.of("60.5")).lossRate(Rate.of("39.6")),
                Rule.RATE_SHARES_EXCEED_100))
        .isEmpty();
  }

  /** 审结40件, 败诉8件, of {@code cases} filed, and a loss rate of 25% that 8/40 does not give. */
  private static List<Finding> lossRateOf25(long cases, Rule rule) {
    return findings(
        l ->
            l.cases(Count.of(cases))
                .concluded(Count.of(40))
                .lost(Count.of(8))
                .lossRate(Rate.of("25")),
        rule);
  }

  @Test
  void aBasisOfNoCases_isNeverInferred() {
    assertThat(lossRateOf25(0, Rule.RATE_BASIS_INFERRED)).isEmpty();

    List<Finding> found = lossRateOf25(0, Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS);

    Fixtures.assertOneRateFinding(
        found, AT + "lossRate", FindingValue.of(Count.of(8)), FindingValue.of(Count.of(40)));
  }

  /** 受理50件, 败诉8件, no count of cases concluded, and the loss rate published. */
  private static List<Finding> lossRateWithoutConcluded(String percent) {
    return findings(
        l -> l.cases(Count.of(50)).lost(Count.of(8)).lossRate(Rate.of(percent)),
        Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS);
  }

  @Test
  void aRateWithoutItsUsualBasis_agreeingWithAnother_isNoFinding() {
    assertThat(lossRateWithoutConcluded("16")).isEmpty();
  }

  @Test
  void aRateWithoutItsUsualBasis_isCheckedAgainstTheFirstTheBlockGives() {
    List<Finding> found = lossRateWithoutConcluded("20");

    Fixtures.assertOneRateFinding(
        found, AT + "lossRate", FindingValue.of(Count.of(8)), FindingValue.of(Count.of(50)));
  }
}
