package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.Fixtures.S1;
import static org.fazhi.report.validation.Fixtures.legalAidReport;
import static org.fazhi.report.validation.Fixtures.mediationReport;
import static org.fazhi.report.validation.Fixtures.with;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.fazhi.report.Report;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.PublicLegalServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of the normative documents, delegated powers, legal aid and mediation blocks beyond the
 * catalog's cases: each share goes through {@code rate.share-exceeds-100}, each rate with its
 * counts in the block through {@code rate.disagrees-with-block-counts}, any one part alone can
 * exceed its whole, and breakdowns are checked against the block's figures.
 */
class BlockFiguresTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final String NORMATIVE = "/decisions/normativeDocuments/";
  private static final String DELEGATED = "/enforcement/delegatedPowers/";
  private static final String MEDIATION = "/statistics/mediation/";
  private static final String LEGAL_AID = "/statistics/legalAid/";
  private static final String SERVICES = "/statistics/publicLegalServices/";
  private static final String RECTIFICATION = "/accountability/rectificationLists/0/";

  private static List<Finding> findings(Report report, Rule rule) {
    return VALIDATOR.validate(report).getFindings(rule);
  }

  private static Report normative(UnaryOperator<NormativeDocuments.Builder> figures) {
    return with(
        DecisionMaking.builder()
            .normativeDocuments(figures.apply(NormativeDocuments.builder().section(S1)).build())
            .build());
  }

  private static Report delegated(UnaryOperator<DelegatedPowers.Builder> figures) {
    return with(
        AdministrativeEnforcement.builder()
            .delegatedPowers(figures.apply(DelegatedPowers.builder().section(S1)).build())
            .build());
  }

  private static Report services(UnaryOperator<PublicLegalServices.Builder> figures) {
    return with(
        CaseStatistics.builder()
            .publicLegalServices(figures.apply(PublicLegalServices.builder().section(S1)).build())
            .build());
  }

  private static Report rectification(UnaryOperator<RectificationList.Builder> figures) {
    return with(
        Accountability.builder()
            .addRectificationList(
                figures.apply(RectificationList.builder().title("督察问题整改清单").section(S1)).build())
            .build());
  }

  // ---------------------------------------------------------------- shares

  @ParameterizedTest
  @ValueSource(
      strings = {
        NORMATIVE + "filingRate",
        NORMATIVE + "timelyFilingRate",
        DELEGATED + "cutRate",
        MEDIATION + "successRate",
        MEDIATION + "handlingRate",
        LEGAL_AID + "satisfaction",
        SERVICES + "satisfaction",
        RECTIFICATION + "rectificationRate",
        "/accountability/dutyLists/0/coverageRate",
        "/decisions/legalityReview/reviewRate",
        "/decisions/legalAdvisers/coverageRate",
        SERVICES + "breakdowns/0/items/1/share"
      })
  void eachShare_above100Percent_isAFinding(String pointer) {
    Rate above = Rate.of("100.5");
    Report report =
        switch (pointer) {
          case NORMATIVE + "filingRate" -> normative(n -> n.filingRate(above));
          case NORMATIVE + "timelyFilingRate" -> normative(n -> n.timelyFilingRate(above));
          case DELEGATED + "cutRate" -> delegated(p -> p.cutRate(above));
          case MEDIATION + "successRate" -> mediationReport(m -> m.successRate(above));
          case MEDIATION + "handlingRate" -> mediationReport(m -> m.handlingRate(above));
          case LEGAL_AID + "satisfaction" -> legalAidReport(a -> a.satisfaction(above));
          case SERVICES + "satisfaction" -> services(s -> s.satisfaction(above));
          case "/accountability/dutyLists/0/coverageRate" ->
              with(
                  Accountability.builder()
                      .addDutyList(
                          DutyList.builder()
                              .kind(DutyListKind.FIRST_RESPONSIBLE_PERSON)
                              .coverageRate(above)
                              .section(S1)
                              .build())
                      .build());
          case RECTIFICATION + "rectificationRate" ->
              rectification(l -> l.rectificationRate(above));
          case "/decisions/legalityReview/reviewRate" ->
              with(
                  DecisionMaking.builder()
                      .legalityReview(
                          LegalityReview.builder().reviewRate(above).section(S1).build())
                      .build());
          case "/decisions/legalAdvisers/coverageRate" ->
              with(
                  DecisionMaking.builder()
                      .legalAdvisers(
                          LegalAdvisers.builder().coverageRate(above).section(S1).build())
                      .build());
          case SERVICES + "breakdowns/0/items/1/share" ->
              services(
                  s ->
                      s.addBreakdown(
                          Breakdown.builder()
                              .dimension(BreakdownDimension.OTHER)
                              .label("按服务类型")
                              .addItem(BreakdownItem.of("法律咨询", Count.of(2100)))
                              .addItem(BreakdownItem.ofShare("人民调解", above))
                              .build()));
          default -> throw new IllegalArgumentException(pointer);
        };

    List<Finding> found = findings(report, Rule.RATE_SHARE_EXCEEDS_100);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(pointer);
    assertThat(found.get(0).getValues())
        .containsEntry("rate", FindingValue.of(new BigDecimal("100.5")));
  }

  // ---------------------------------------------------------------- rates against the counts

  private static void assertRateAgainstCounts(
      Report agreeing, Report disagreeing, String pointer, long numerator, long denominator) {
    assertThat(findings(agreeing, Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS)).isEmpty();

    List<Finding> found = findings(disagreeing, Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS);

    Fixtures.assertOneRateFinding(
        found,
        pointer,
        FindingValue.of(Count.of(numerator)),
        FindingValue.of(Count.of(denominator)));
  }

  /** 制发8件, 备案6件, of them 按时备案5件, and the two rates published. */
  private static Report filing(String filingRate, String timelyFilingRate) {
    return normative(
        n ->
            n.issued(Count.of(8))
                .filed(Count.of(6))
                .filedOnTime(Count.of(5))
                .filingRate(Rate.of(filingRate))
                .timelyFilingRate(Rate.of(timelyFilingRate)));
  }

  @Test
  void theFilingRate_isFiledOverIssued() {
    assertRateAgainstCounts(
        filing("75", "83.33"), filing("80", "83.33"), NORMATIVE + "filingRate", 6, 8);
  }

  @Test
  void theTimelyFilingRate_isFiledOnTimeOverFiled() {
    assertRateAgainstCounts(
        filing("75", "83.33"), filing("75", "90"), NORMATIVE + "timelyFilingRate", 5, 6);
  }

  /** 调解700件, 调解成功690件, and the success rate published. */
  private static Report success(String percent) {
    return mediationReport(
        m -> m.mediated(Count.of(700)).settled(Count.of(690)).successRate(Rate.of(percent)));
  }

  @Test
  void theMediationSuccessRate_isSettledOverMediated() {
    assertRateAgainstCounts(success("98.57"), success("95"), MEDIATION + "successRate", 690, 700);
  }

  /** 问题12个, 整改10个, and the rectification rate published. */
  private static Report rectified(String percent) {
    return rectification(
        l -> l.problems(Count.of(12)).rectified(Count.of(10)).rectificationRate(Rate.of(percent)));
  }

  @Test
  void theRectificationRate_isRectifiedOverProblems() {
    assertRateAgainstCounts(
        rectified("83.33"), rectified("90"), RECTIFICATION + "rectificationRate", 10, 12);
  }

  // ---------------------------------------------------------------- one part alone

  @ParameterizedTest
  @ValueSource(strings = {"kept", "amended", "repealed"})
  void anyOneCleanupResultAlone_aboveTheDocumentsCleanedUp_isAFinding(String result) {
    Report report =
        normative(
            n -> {
              NormativeDocuments.Builder cleanedUp = n.cleanedUp(Count.of(40));
              return switch (result) {
                case "kept" -> cleanedUp.kept(Count.of(41));
                case "amended" -> cleanedUp.amended(Count.of(41));
                default -> cleanedUp.repealed(Count.of(41));
              };
            });

    List<Finding> found =
        findings(report, Rule.NORMATIVE_DOCUMENTS_CLEANUP_RESULTS_EXCEED_CLEANED_UP);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(NORMATIVE + "cleanedUp");
    assertThat(found.get(0).getValues()).containsEntry(result, FindingValue.of(Count.of(41)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"removalProposals", "optionalProposals"})
  void eitherKindOfProposalAlone_aboveThePowersGranted_isAFinding(String kind) {
    Report report =
        delegated(
            p -> {
              DelegatedPowers.Builder granted = p.granted(Count.of(55));
              return kind.equals("removalProposals")
                  ? granted.removalProposals(Count.of(56))
                  : granted.optionalProposals(Count.of(56));
            });

    List<Finding> found = findings(report, Rule.DELEGATED_POWERS_PROPOSALS_EXCEED_GRANTED);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(DELEGATED + "granted");
    assertThat(found.get(0).getValues()).containsEntry(kind, FindingValue.of(Count.of(56)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"villageCommittees", "professionalCommittees"})
  void eitherKindOfCommitteeAlone_aboveTheCommittees_isAFinding(String kind) {
    Report report =
        mediationReport(
            m -> {
              m.committees(Count.of(174));
              return kind.equals("villageCommittees")
                  ? m.villageCommittees(Count.of(175))
                  : m.professionalCommittees(Count.of(175));
            });

    List<Finding> found = findings(report, Rule.MEDIATION_COMMITTEE_KINDS_EXCEED_COMMITTEES);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(MEDIATION + "committees");
    assertThat(found.get(0).getValues()).containsEntry(kind, FindingValue.of(Count.of(175)));
  }

  // ---------------------------------------------------------------- breakdowns and periods

  /** A breakdown by region of the cases at {@code stage}: 城区40件, 乡镇60件. */
  private static Breakdown byRegion(CaseStage stage) {
    return Breakdown.builder()
        .dimension(BreakdownDimension.REGION)
        .of(stage)
        .addItem(BreakdownItem.of("城区", Count.of(40)))
        .addItem(BreakdownItem.of("乡镇", Count.of(60)))
        .build();
  }

  @Test
  void aLegalAidBreakdown_isCheckedAgainstTheBlocksFigureOfItsStage() {
    assertThat(
            findings(
                legalAidReport(
                    a -> a.accepted(Count.of(100)).addBreakdown(byRegion(CaseStage.ACCEPTED))),
                Rule.BREAKDOWN_ITEMS_EXCEED_TOTAL))
        .isEmpty();

    List<Finding> found =
        findings(
            legalAidReport(
                a -> a.accepted(Count.of(99)).addBreakdown(byRegion(CaseStage.ACCEPTED))),
            Rule.BREAKDOWN_ITEMS_EXCEED_TOTAL);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(LEGAL_AID + "breakdowns/0/items");
    assertThat(found.get(0).getValues()).containsEntry("total", FindingValue.of(Count.of(99)));
  }

  @Test
  void aMediationBreakdown_isCheckedAgainstTheBlocksFigureOfItsStage() {
    assertThat(
            findings(
                mediationReport(
                    m -> m.mediated(Count.of(100)).addBreakdown(byRegion(CaseStage.HANDLED))),
                Rule.BREAKDOWN_ITEMS_EXCEED_TOTAL))
        .isEmpty();

    List<Finding> found =
        findings(
            mediationReport(
                m -> m.mediated(Count.of(99)).addBreakdown(byRegion(CaseStage.HANDLED))),
            Rule.BREAKDOWN_ITEMS_EXCEED_TOTAL);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(MEDIATION + "breakdowns/0/items");
    assertThat(found.get(0).getValues()).containsEntry("total", FindingValue.of(Count.of(99)));
  }

  @Test
  void theNormativeDocumentsCommentPeriod_under30Days_isAFinding() {
    assertThat(
            findings(
                normative(n -> n.commentPeriodDays(Count.of(30))),
                Rule.COMMENT_PERIOD_UNDER_30_DAYS))
        .isEmpty();

    List<Finding> found =
        findings(
            normative(n -> n.commentPeriodDays(Count.of(29))), Rule.COMMENT_PERIOD_UNDER_30_DAYS);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(NORMATIVE + "commentPeriodDays");
    assertThat(found.get(0).getValues()).containsEntry("days", FindingValue.of(Count.of(29)));
  }

  /** 服务2522件, broken down by the report's own dimension 按服务类型: 法律咨询2100件, 人民调解 {@code n}件. */
  private static Report servicesByType(long mediations) {
    return services(
        s ->
            s.services(Count.of(2522))
                .addBreakdown(
                    Breakdown.builder()
                        .dimension(BreakdownDimension.OTHER)
                        .label("按服务类型")
                        .of(CaseStage.HANDLED)
                        .addItem(BreakdownItem.of("法律咨询", Count.of(2100)))
                        .addItem(BreakdownItem.of("人民调解", Count.of(mediations)))
                        .build()));
  }

  @Test
  void aPublicLegalServicesBreakdown_isCheckedAgainstTheServices_andNamedByItsOwnDimension() {
    assertThat(findings(servicesByType(422), Rule.BREAKDOWN_ITEMS_EXCEED_TOTAL)).isEmpty();

    List<Finding> found = findings(servicesByType(423), Rule.BREAKDOWN_ITEMS_EXCEED_TOTAL);

    assertThat(found).hasSize(1);
    assertThat(found.get(0).getPointer()).isEqualTo(SERVICES + "breakdowns/0/items");
    assertThat(found.get(0).getValues())
        .containsEntry("dimension", FindingValue.of("按服务类型"))
        .containsEntry("total", FindingValue.of(Count.of(2522)));
  }
}
