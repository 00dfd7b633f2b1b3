package org.fazhi.report.testing;

import static org.fazhi.report.testing.Figures.count;
import static org.fazhi.report.testing.RuleBreakers.replacing;
import static org.fazhi.report.testing.ValidBlocks.part;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import org.fazhi.report.Report;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.fazhi.report.validation.Rule;

/**
 * Breaks the rules of rates and breakdowns, from a count {@code n}, a share {@code p} in percent
 * and an excess {@code e} of at least 1. A wrong rate is the true one moved by more than its
 * written precision allows, towards 50% so that it stays a share.
 */
final class RateBreakers {
  private RateBreakers() {}

  static void addTo(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    breakers.put(
        Rule.RATE_SHARE_EXCEEDS_100,
        replacing(
            (n, p, e) ->
                Litigation.builder()
                    .headAppearanceRate(Rate.of(BigDecimal.valueOf(1000 + e, 1)))
                    .build(),
            Figures::with));
    breakers.put(
        Rule.RATE_SHARES_EXCEED_100,
        replacing(
            (n, p, e) ->
                Litigation.builder()
                    .winRate(Rate.of(String.valueOf(50 + p / 2)))
                    .lossRate(Rate.of(String.valueOf(102 - (50 + p / 2) + e % 10)))
                    .build(),
            Figures::with));
    breakers.put(
        Rule.RATE_DISAGREES_WITH_STATED_COUNTS,
        replacing(
            (n, p, e) ->
                LegalityReview.builder()
                    .reviewRate(
                        Rate.builder()
                            .percent(
                                moved(
                                    Figures.percent(part(n + 1, p), n + 1, 2),
                                    BigDecimal.valueOf(e, 1)))
                            .numerator(count(part(n + 1, p)))
                            .denominator(count(n + 1))
                            .build())
                    .build(),
            (report, review) ->
                report.withDecisions(report.getDecisions().withLegalityReview(review))));
    breakers.put(
        Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS,
        replacing(
            (n, p, e) ->
                DelegatedPowers.builder()
                    .granted(count(n + 1))
                    .cut(count(part(n + 1, p)))
                    .kept(count(n + 1 - part(n + 1, p)))
                    .cutRate(wholePercentMoved(part(n + 1, p), n + 1, e))
                    .build(),
            Figures::with));
    breakers.put(
        Rule.RATE_DISAGREES_WITH_STATED_BASIS,
        replacing(
            (n, p, e) ->
                Reconsideration.builder()
                    .closed(count(n + 1))
                    .putOutcome(ReconsiderationDecision.UPHELD, count(part(n + 1, p)))
                    .putOutcomeShare(
                        ReconsiderationDecision.UPHELD, wholePercentMoved(part(n + 1, p), n + 1, e))
                    .outcomeSharesBasis(CaseStage.CLOSED)
                    .build(),
            Figures::with));
    breakers.put(
        Rule.RATE_BASIS_INFERRED, replacing(RateBreakers::correctionRateOfAccepted, Figures::with));
    breakdowns(breakers);
  }

  private static void breakdowns(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    breakers.put(
        Rule.BREAKDOWN_ITEMS_EXCEED_TOTAL,
        replacing(
            (n, p, e) ->
                Reconsideration.builder()
                    .received(count(n))
                    .addBreakdown(respondents(part(n, p), n - part(n, p) + e).build())
                    .build(),
            Figures::with));
    breakers.put(
        Rule.BREAKDOWN_ITEMS_BELOW_TOTAL,
        replacing(
            (n, p, e) ->
                Reconsideration.builder()
                    .received(count(n + e))
                    .addBreakdown(respondents(part(n, p), n - part(n, p)).complete(true).build())
                    .build(),
            Figures::with));
    breakers.put(
        Rule.BREAKDOWN_ITEM_SHARE_DISAGREES_WITH_COUNT,
        replacing(
            (n, p, e) ->
                Reconsideration.builder()
                    .accepted(count(n + 1))
                    .addBreakdown(
                        Breakdown.builder()
                            .dimension(BreakdownDimension.CASE_TYPE)
                            .of(CaseStage.ACCEPTED)
                            .addItem(
                                BreakdownItem.builder()
                                    .label("行政处罚类")
                                    .count(count(part(n + 1, p)))
                                    .share(wholePercentMoved(part(n + 1, p), n + 1, e))
                                    .build())
                            .build())
                    .build(),
            Figures::with));
  }

  private static Breakdown.Builder respondents(long government, long departments) {
    return Breakdown.builder()
        .dimension(BreakdownDimension.RESPONDENT)
        .of(CaseStage.RECEIVED)
        .addItem(BreakdownItem.of("县政府", count(government)))
        .addItem(BreakdownItem.of("县直部门", count(departments)));
  }

  /**
   * Closed cases all broken down, corrections among them, and a correction rate without a basis
   * that is the corrections over the cases accepted, not closed: at least a quarter of the closed
   * cases corrected, at least a quarter more accepted than closed, so the two quotients differ by
   * about 3 points or more.
   */
  private static Reconsideration correctionRateOfAccepted(long n, int p, long e) {
    long closed = 8 + n % 393;
    long accepted = closed + closed / 4 + 1 + part(closed * 3 / 4, p);
    long corrected = closed / 4 + 1 + (closed - closed / 4 - 1) * e / 100;
    return Reconsideration.builder()
        .accepted(count(accepted))
        .closed(count(closed))
        .outcomesComplete(true)
        .putOutcome(ReconsiderationDecision.REVOKED, count(corrected / 2))
        .putOutcome(ReconsiderationDecision.CHANGED, count(corrected - corrected / 2))
        .putOutcome(ReconsiderationDecision.UPHELD, count(closed - corrected))
        .correctionRate(Figures.rate(corrected, accepted))
        .build();
  }

  /** {@code percent} moved by {@code by} towards 50. */
  private static BigDecimal moved(BigDecimal percent, BigDecimal by) {
    return percent.compareTo(BigDecimal.valueOf(50)) >= 0 ? percent.subtract(by) : percent.add(by);
  }

  /** {@code numerator / denominator} in whole percent, moved by 2 to 21 points towards 50. */
  private static Rate wholePercentMoved(long numerator, long denominator, long e) {
    return Rate.of(
        moved(Figures.percent(numerator, denominator, 0), BigDecimal.valueOf(2 + e % 20)));
  }
}
