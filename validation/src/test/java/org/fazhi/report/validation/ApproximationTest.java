package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.Fixtures.S1;
import static org.fazhi.report.validation.Fixtures.with;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.report.Report;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.Reconsideration;
import org.junit.jupiter.api.Test;

/**
 * Approximate figures are bounds: no finding may follow from reading 700余 as exactly 700, and a
 * finding follows only when every value the written figures can stand for breaks the rule. Upper
 * bounds (近, 以内, 不超过, 不到) bound from above only.
 */
class ApproximationTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  private static List<String> ids(Report report) {
    return VALIDATOR.validate(report).getFindings().stream()
        .map(Finding::getRuleId)
        .collect(Collectors.toList());
  }

  private static Report mediation(Count mediated, Count settled) {
    return with(
        CaseStatistics.builder()
            .mediation(Mediation.builder().mediated(mediated).settled(settled).build())
            .build());
  }

  @Test
  void moreThan700_mayBe800() {
    assertThat(ids(mediation(Count.parse("700余"), Count.of(800)))).isEmpty();
  }

  @Test
  void moreThan701_exceeds700() {
    assertThat(ids(mediation(Count.of(700), Count.parse("701余"))))
        .containsExactly("mediation.settled-exceeds-mediated");
  }

  @Test
  void moreThan700_doesNotExceed700() {
    assertThat(ids(mediation(Count.of(700), Count.parse("700余")))).isEmpty();
  }

  @Test
  void nearly_givesNoLowerBound() {
    assertThat(ids(mediation(Count.of(10), Count.parse("近30")))).isEmpty();
  }

  /** 约30 is 27 to 33 (Approximation.ABOUT_TOLERANCE_PERCENT): checked, never skipped. */
  @Test
  void about_isARangeOfTenPercentEitherSide() {
    assertThat(ids(mediation(Count.of(27), Count.parse("约30")))).isEmpty();
    assertThat(ids(mediation(Count.of(26), Count.parse("约30"))))
        .containsExactly("mediation.settled-exceeds-mediated");
    assertThat(ids(mediation(Count.parse("约30"), Count.of(33)))).isEmpty();
    assertThat(ids(mediation(Count.parse("约30"), Count.of(34))))
        .containsExactly("mediation.settled-exceeds-mediated");
  }

  /** 3.6万 is 35,500 to 36,499: 36,120 settled of 3.6万 mediated is consistent, 36,500 is not. */
  @Test
  void scaledCounts_areRoundedToTheirLastDigit() {
    assertThat(ids(mediation(Count.parse("3.6万"), Count.of(36120)))).isEmpty();
    assertThat(ids(mediation(Count.parse("3.6万"), Count.of(36499)))).isEmpty();
    assertThat(ids(mediation(Count.parse("3.6万"), Count.of(36500))))
        .containsExactly("mediation.settled-exceeds-mediated");
    assertThat(ids(mediation(Count.of(35500), Count.parse("3.6万")))).isEmpty();
    assertThat(ids(mediation(Count.of(35499), Count.parse("3.6万"))))
        .containsExactly("mediation.settled-exceeds-mediated");
    assertThat(ids(mediation(Count.of(12000), Count.parse("1.2万余")))).isEmpty();
    assertThat(ids(mediation(Count.of(11999), Count.parse("1.2万余"))))
        .containsExactly("mediation.settled-exceeds-mediated");
  }

  @Test
  void nearly_isAnUpperBound() {
    assertThat(ids(mediation(Count.parse("近10"), Count.of(11))))
        .containsExactly("mediation.settled-exceeds-mediated");
  }

  @Test
  void atMost_isAnUpperBound_writtenBeforeOrAfter() {
    assertThat(ids(mediation(Count.parse("不超过10"), Count.of(11))))
        .containsExactly("mediation.settled-exceeds-mediated");
    assertThat(ids(mediation(Count.parse("10以下"), Count.of(11))))
        .containsExactly("mediation.settled-exceeds-mediated");
    assertThat(ids(mediation(Count.parse("10以内"), Count.of(10)))).isEmpty();
    assertThat(ids(mediation(Count.parse("不到10"), Count.of(10)))).isEmpty();
  }

  @Test
  void atMost_givesNoLowerBound() {
    assertThat(ids(mediation(Count.of(20), Count.parse("30以内")))).isEmpty();
    assertThat(ids(mediation(Count.of(20), Count.parse("不足30")))).isEmpty();
  }

  @Test
  void aSumOfBounds_decidesOnlyWhenCertain() {
    Report certain =
        with(
            CaseStatistics.builder()
                .reconsideration(
                    Reconsideration.builder()
                        .accepted(Count.parse("30余"))
                        .carriedOver(Count.parse("近5"))
                        .closed(Count.parse("40余"))
                        .build())
                .build());
    assertThat(ids(certain)).isEmpty();
    Report past =
        with(
            CaseStatistics.builder()
                .reconsideration(
                    Reconsideration.builder()
                        .accepted(Count.parse("近30"))
                        .carriedOver(Count.parse("近5"))
                        .closed(Count.parse("36以上"))
                        .build())
                .build());
    assertThat(ids(past))
        .containsExactly("reconsideration.closed-exceeds-accepted-and-carried-over");
    Report atMost =
        with(
            CaseStatistics.builder()
                .reconsideration(
                    Reconsideration.builder()
                        .accepted(Count.parse("不到30"))
                        .carriedOver(Count.parse("5以内"))
                        .closed(Count.of(36))
                        .build())
                .build());
    assertThat(ids(atMost))
        .containsExactly("reconsideration.closed-exceeds-accepted-and-carried-over");
  }

  @Test
  void closedAgainstAcceptedWithoutCarriedOver_readsTheBounds() {
    assertThat(ids(reconsideration(Count.parse("700余"), Count.of(750)))).isEmpty();
    assertThat(ids(reconsideration(Count.of(700), Count.parse("700余")))).isEmpty();
    assertThat(ids(reconsideration(Count.of(700), Count.parse("约750")))).isEmpty();
    assertThat(ids(reconsideration(Count.of(700), Count.parse("约800"))))
        .containsExactly("reconsideration.closed-exceeds-accepted-and-carried-over");
    assertThat(ids(reconsideration(Count.of(700), Count.parse("701以上"))))
        .containsExactly("reconsideration.closed-exceeds-accepted-and-carried-over");
  }

  private static Report reconsideration(Count accepted, Count closed) {
    return with(
        CaseStatistics.builder()
            .reconsideration(Reconsideration.builder().accepted(accepted).closed(closed).build())
            .build());
  }

  @Test
  void commentPeriod_nearly30_mayBe30_butNearly29_isShort() {
    assertThat(ids(catalogDays(Count.parse("近30")))).isEmpty();
    assertThat(ids(catalogDays(Count.parse("近29"))))
        .containsExactly("comment-period.under-30-days");
    assertThat(ids(catalogDays(Count.parse("约28")))).isEmpty();
    assertThat(ids(catalogDays(Count.parse("约20"))))
        .containsExactly("comment-period.under-30-days");
  }

  /** 不足30日 reads as at most 30 days: the bound cannot tell it from 30, so no finding. */
  @Test
  void commentPeriod_atMost30_mayBe30_butAtMost29_isShort() {
    assertThat(ids(catalogDays(Count.parse("30以内")))).isEmpty();
    assertThat(ids(catalogDays(Count.parse("不足30")))).isEmpty();
    assertThat(ids(catalogDays(Count.parse("不超过29"))))
        .containsExactly("comment-period.under-30-days");
  }

  private static Report catalogDays(Count days) {
    return with(
        DecisionMaking.builder()
            .catalog(DecisionCatalog.builder().commentPeriodDays(days).build())
            .build());
  }

  private static Report appearance(Rate rate) {
    return with(
        CaseStatistics.builder()
            .litigation(Litigation.builder().headAppearanceRate(rate).section(S1).build())
            .build());
  }

  @Test
  void shares_overOrAtLeast100_mayBe100() {
    assertThat(ids(appearance(rate("100", Approximation.OVER)))).isEmpty();
    assertThat(ids(appearance(rate("100", Approximation.AT_LEAST)))).isEmpty();
    assertThat(ids(appearance(rate("101", Approximation.AT_LEAST))))
        .containsExactly("rate.share-exceeds-100");
    assertThat(ids(appearance(rate("105", Approximation.ABOUT)))).isEmpty();
    assertThat(ids(appearance(rate("105", Approximation.NEARLY)))).isEmpty();
    assertThat(ids(appearance(rate("105", Approximation.AT_MOST)))).isEmpty();
  }

  private static Rate rate(String percent, Approximation approximation) {
    return Rate.builder().percent(new BigDecimal(percent)).approximation(approximation).build();
  }

  private static Report statedRate(Rate rate) {
    return with(
        CaseStatistics.builder()
            .litigation(Litigation.builder().headAppearanceRate(rate).build())
            .build());
  }

  @Test
  void atLeast95_disagreesWith90of100_agreesWith99of100() {
    Rate atLeast95 = rate("95", Approximation.AT_LEAST);
    assertThat(
            ids(statedRate(atLeast95.withNumerator(Count.of(90)).withDenominator(Count.of(100)))))
        .containsExactly("rate.disagrees-with-stated-counts");
    assertThat(
            ids(statedRate(atLeast95.withNumerator(Count.of(99)).withDenominator(Count.of(100)))))
        .isEmpty();
  }

  /**
   * 约19.4% is 17.46% to 21.34%, each end widened by the written precision: checked, not skipped.
   */
  @Test
  void about19point4_agreesWith21of100_disagreesWith22of100() {
    Rate about = rate("19.4", Approximation.ABOUT);
    assertThat(ids(statedRate(about.withNumerator(Count.of(21)).withDenominator(Count.of(100)))))
        .isEmpty();
    assertThat(ids(statedRate(about.withNumerator(Count.of(18)).withDenominator(Count.of(100)))))
        .isEmpty();
    assertThat(ids(statedRate(about.withNumerator(Count.of(22)).withDenominator(Count.of(100)))))
        .containsExactly("rate.disagrees-with-stated-counts");
    assertThat(ids(statedRate(about.withNumerator(Count.of(17)).withDenominator(Count.of(100)))))
        .containsExactly("rate.disagrees-with-stated-counts");
  }

  @Test
  void atMost5_disagreesWith1of10_agreesWith1of20and0of20() {
    Rate atMost5 = Rate.parse("5%以内");
    assertThat(ids(statedRate(atMost5.withNumerator(Count.of(1)).withDenominator(Count.of(10)))))
        .containsExactly("rate.disagrees-with-stated-counts");
    assertThat(ids(statedRate(atMost5.withNumerator(Count.of(1)).withDenominator(Count.of(20)))))
        .isEmpty();
    assertThat(ids(statedRate(atMost5.withNumerator(Count.of(0)).withDenominator(Count.of(20)))))
        .isEmpty();
    assertThat(
            ids(
                statedRate(
                    Rate.parse("不超过5%")
                        .withNumerator(Count.of(11))
                        .withDenominator(Count.of(200)))))
        .isEmpty();
    assertThat(
            ids(
                statedRate(
                    Rate.parse("不超过5%")
                        .withNumerator(Count.of(12))
                        .withDenominator(Count.of(200)))))
        .containsExactly("rate.disagrees-with-stated-counts");
  }

  @Test
  void approximateCounts_giveARangeOfRates() {
    Rate fifty = Rate.of("50").withDenominator(Count.of(55));
    assertThat(ids(statedRate(fifty.withNumerator(Count.parse("30余")))))
        .containsExactly("rate.disagrees-with-stated-counts");
    Rate sixty = Rate.of("60").withDenominator(Count.of(55));
    assertThat(ids(statedRate(sixty.withNumerator(Count.parse("30余"))))).isEmpty();
  }

  @Test
  void rates_agreeWhenRoundedOrTruncated() {
    Rate.Builder counts = Rate.builder().numerator(Count.of(32)).denominator(Count.of(55));
    assertThat(ids(statedRate(counts.percent(new BigDecimal("58")).build()))).isEmpty();
    assertThat(
            ids(
                statedRate(
                    Rate.builder()
                        .from(counts.percent(BigDecimal.ONE).build())
                        .percent(new BigDecimal("58.2"))
                        .build())))
        .isEmpty();
    assertThat(
            ids(
                statedRate(
                    Rate.builder()
                        .from(counts.percent(BigDecimal.ONE).build())
                        .percent(new BigDecimal("58.1"))
                        .build())))
        .isEmpty();
    assertThat(
            ids(
                statedRate(
                    Rate.builder()
                        .from(counts.percent(BigDecimal.ONE).build())
                        .percent(new BigDecimal("58.3"))
                        .build())))
        .containsExactly("rate.disagrees-with-stated-counts");
  }

  @Test
  void aZeroDenominator_decidesNothing() {
    assertThat(
            ids(statedRate(Rate.of("100").withNumerator(Count.of(0)).withDenominator(Count.of(0)))))
        .isEmpty();
  }

  private static Report averages(long cut, long kept, String rate) {
    DelegatedPowers.Builder powers =
        DelegatedPowers.builder()
            .granted(Count.of(55))
            .cut(Count.of(cut))
            .kept(Count.of(kept))
            .perTownshipAverage(true);
    if (rate != null) {
      powers.cutRate(Rate.of(rate));
    }
    return with(AdministrativeEnforcement.builder().delegatedPowers(powers.build()).build());
  }

  @Test
  void perTownshipAverages_mayEachBeRounded() {
    assertThat(ids(averages(32, 23, "58"))).isEmpty();
    assertThat(ids(averages(32, 24, null))).isEmpty();
    assertThat(ids(averages(32, 25, null)))
        .containsExactly("delegated-powers.cut-and-kept-differ-from-granted");
    assertThat(ids(averages(32, 23, "59"))).isEmpty();
    assertThat(ids(averages(32, 23, "60"))).containsExactly("rate.disagrees-with-block-counts");
  }
}
