package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.Fixtures.METADATA;
import static org.fazhi.report.validation.Fixtures.MINIMAL_VALID;
import static org.fazhi.report.validation.Fixtures.S1;
import static org.fazhi.report.validation.Fixtures.legalAidReport;
import static org.fazhi.report.validation.Fixtures.litigationReport;
import static org.fazhi.report.validation.Fixtures.mediationReport;
import static org.fazhi.report.validation.Fixtures.reconsiderationReport;
import static org.fazhi.report.validation.Fixtures.with;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.DecisionStatus;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.Series;
import org.fazhi.report.facts.SeriesPoint;
import org.fazhi.report.facts.StatedChange;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.figure.ScopeLevel;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.LegalAidCaseType;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Consistent counter-examples for the rules of real-report shapes: reports whose figures can all be
 * true as written — rounded, truncated, approximate, scaled, carried over, stated twice, changed —
 * in the wordings of {@code shared/real-reports.md}, each built on a report with no finding. None
 * may get an ERROR or a WARNING; the rule that the case stands against is named in the case.
 */
class ConsistentRealReportsTest {
  // spotless:off  A table, one entry a line: aligned rows read better than the formatter's.
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  private static final Concept RECEIVED = Concept.of("reconsideration.received");
  private static final Concept CORRECTION_RATE = Concept.of("reconsideration.correction-rate");
  private static final Concept SATISFACTION = Concept.of("legal-aid.satisfaction");

  @ParameterizedTest(name = "{0}")
  @MethodSource("consistentReports")
  void aConsistentReport_getsNoErrorAndNoWarning(Report report) {
    ValidationResult result = VALIDATOR.validate(report);
    List<String> faults =
        Stream.concat(result.getErrors().stream(), result.getWarnings().stream())
            .map(Finding::toString)
            .collect(Collectors.toList());
    assertThat(faults).isEmpty();
  }

  static Stream<Named<Report>> consistentReports() {
    List<Named<Report>> reports = new ArrayList<>();
    caseload(reports);
    outcomes(reports);
    rates(reports);
    breakdowns(reports);
    otherBlocks(reports);
    factsAndChanges(reports);
    periods(reports);
    return reports.stream();
  }

  private static void add(List<Named<Report>> into, String name, Report report) {
    into.add(Named.of(name, report));
  }

  private static OutcomeGroup group(boolean open, long count, ReconsiderationDecision... kinds) {
    return OutcomeGroup.builder().open(open).count(Count.of(count)).addKinds(kinds).build();
  }

  private static void caseload(List<Named<Report>> r) {
    add(r, "handled: 全年共办理87件（含上年结转9件）, accepted 78, closed 80, pending 7",
        reconsiderationReport(b -> b.handled(Count.of(87)).carriedOver(Count.of(9))
            .accepted(Count.of(78)).closed(Count.of(80)).pending(Count.of(7))));
    add(r, "handled alone: 办理87件，办结80件",
        reconsiderationReport(b -> b.handled(Count.of(87)).closed(Count.of(80))));
    add(r, "handled above accepted, carried over not stated (handled-below-accepted)",
        reconsiderationReport(b -> b.accepted(Count.of(78)).handled(Count.of(87))));
    add(r, "scaled: 办理3.6万件, closed 36,120 (within 35,500–36,499)",
        reconsiderationReport(b -> b.handled(Count.parse("3.6万")).closed(Count.of(36120))));
    add(r, "scaled both: 办理3.6万件, 办结3.5万件",
        reconsiderationReport(b -> b.handled(Count.parse("3.6万")).closed(Count.parse("3.5万"))));
    add(r, "scaled more-than: 收到1.2万余件, accepted 11,800 (at most anything)",
        reconsiderationReport(b -> b.received(Count.parse("1.2万余")).accepted(Count.of(11800))));
    add(r, "新收 read as received: received 75, 新收75, accepted 71",
        reconsiderationReport(b -> b.received(Count.of(75)).newCases(Count.of(75))
            .newCasesTerm("新收").accepted(Count.of(71))));
    add(r, "新收 read as accepted: received 75, 新收71, accepted 71",
        reconsiderationReport(b -> b.received(Count.of(75)).newCases(Count.of(71))
            .newCasesTerm("新收").accepted(Count.of(71))));
    add(r, "新收 alone, nothing to compare it with",
        reconsiderationReport(b -> b.newCases(Count.of(71)).newCasesTerm("新收")));
    add(r, "litigation: 45 cases with 3 carried over, 40 concluded, 8 pending",
        litigationReport(b -> b.cases(Count.of(45)).carriedOver(Count.of(3))
            .concluded(Count.of(40)).pending(Count.of(8))));
    add(r, "legal aid: 办理572件（含上年结转12件）, 受理560件, 办结540件",
        legalAidReport(b -> b.handled(Count.of(572)).carriedOver(Count.of(12))
            .accepted(Count.of(560)).closed(Count.of(540))));
    add(r, "legal aid by type of cases handled: 刑事312、民事251、行政9 of 572",
        legalAidReport(b -> b.handled(Count.of(572)).accepted(Count.of(560))
            .putCasesByType(LegalAidCaseType.CRIMINAL, Count.of(312))
            .putCasesByType(LegalAidCaseType.CIVIL, Count.of(251))
            .putCasesByType(LegalAidCaseType.ADMINISTRATIVE, Count.of(9))));
    add(r, "legal aid by type, partly: 刑事案件300余件 of 572",
        legalAidReport(b -> b.handled(Count.of(572))
            .putCasesByType(LegalAidCaseType.CRIMINAL, Count.parse("300余"))));
  }

  private static void outcomes(List<Named<Report>> r) {
    add(r, "作出撤销、变更、确认违法等纠错决定14件, 撤销8件、变更3件 stated apart, closed 87",
        reconsiderationReport(b -> b.closed(Count.of(87))
            .putOutcome(ReconsiderationDecision.UPHELD, Count.of(40))
            .putOutcome(ReconsiderationDecision.REVOKED, Count.of(8))
            .putOutcome(ReconsiderationDecision.CHANGED, Count.of(3))
            .addOutcomeGroup(group(true, 14, ReconsiderationDecision.REVOKED,
                ReconsiderationDecision.CHANGED, ReconsiderationDecision.CONFIRMED_UNLAWFUL))));
    add(r, "a closed group equal to its kinds: 撤销、变更11件 = 8 + 3",
        reconsiderationReport(b -> b.closed(Count.of(20))
            .putOutcome(ReconsiderationDecision.REVOKED, Count.of(8))
            .putOutcome(ReconsiderationDecision.CHANGED, Count.of(3))
            .addOutcomeGroup(group(false, 11, ReconsiderationDecision.REVOKED,
                ReconsiderationDecision.CHANGED))));
    add(r, "a closed group of which one kind is stated apart: 撤销、变更14件, 撤销8件",
        reconsiderationReport(b -> b.closed(Count.of(14))
            .putOutcome(ReconsiderationDecision.REVOKED, Count.of(8))
            .addOutcomeGroup(group(false, 14, ReconsiderationDecision.REVOKED,
                ReconsiderationDecision.CHANGED))));
    add(r, "two overlapping groups are not added up: 纠错14件, 撤销、变更10件, closed 14",
        reconsiderationReport(b -> b.closed(Count.of(14))
            .addOutcomeGroup(group(true, 14, ReconsiderationDecision.REVOKED,
                ReconsiderationDecision.CHANGED))
            .addOutcomeGroup(group(false, 10, ReconsiderationDecision.REVOKED,
                ReconsiderationDecision.CHANGED))));
    add(r, "an open mixed group may hold the kinds stated apart: 维持、驳回等30件, 维持20件, closed 30",
        reconsiderationReport(b -> b.closed(Count.of(30))
            .putOutcome(ReconsiderationDecision.UPHELD, Count.of(20))
            .addOutcomeGroup(group(true, 30, ReconsiderationDecision.UPHELD,
                ReconsiderationDecision.REQUEST_REJECTED))));
    add(r, "受理前调解化解11件、移送2件 are not outcomes of the 41 accepted",
        reconsiderationReport(b -> b.accepted(Count.of(41))
            .putOutcome(ReconsiderationDecision.UPHELD, Count.of(30))
            .putOutcome(ReconsiderationDecision.REVOKED, Count.of(11))
            .putOutcome(ReconsiderationDecision.RESOLVED_BEFORE_ACCEPTANCE, Count.of(11))
            .putOutcome(ReconsiderationDecision.TRANSFERRED, Count.of(2))));
    add(r, "outcomes without closed, within accepted and carried over: 41 + 5 carried over",
        reconsiderationReport(b -> b.accepted(Count.of(41)).carriedOver(Count.of(5))
            .putOutcome(ReconsiderationDecision.UPHELD, Count.of(34))
            .putOutcome(ReconsiderationDecision.ORDERED_TO_REDO, Count.of(3))
            .putOutcome(ReconsiderationDecision.SETTLED_AND_WITHDRAWN, Count.of(9))));
    add(r, "outcomes approximately: 维持30余件 of 41 accepted",
        reconsiderationReport(b -> b.accepted(Count.of(41))
            .putOutcome(ReconsiderationDecision.UPHELD, Count.parse("30余"))
            .putOutcome(ReconsiderationDecision.REVOKED, Count.of(5))));
  }

  /** Closed 200: 维持83 (41.5%), 撤销30、变更7 (18.5%), 调解40、撤回25 (32.5%), 驳回15. */
  private static org.fazhi.report.statistics.Reconsideration.Builder twoHundred(
      org.fazhi.report.statistics.Reconsideration.Builder b) {
    return b.accepted(Count.of(210)).closed(Count.of(200)).outcomesComplete(true)
        .putOutcome(ReconsiderationDecision.UPHELD, Count.of(83))
        .putOutcome(ReconsiderationDecision.REVOKED, Count.of(30))
        .putOutcome(ReconsiderationDecision.CHANGED, Count.of(7))
        .putOutcome(ReconsiderationDecision.MEDIATED, Count.of(40))
        .putOutcome(ReconsiderationDecision.WITHDRAWN, Count.of(25))
        .putOutcome(ReconsiderationDecision.REQUEST_REJECTED, Count.of(15));
  }

  private static void rates(List<Named<Report>> r) {
    add(r, "维持率41.5%，纠错率18.5%，调解率20%，调撤率32.5% of closed cases",
        reconsiderationReport(b -> twoHundred(b)
            .putOutcomeShare(ReconsiderationDecision.UPHELD, Rate.of("41.5"))
            .correctionRate(Rate.of("18.5")).mediationRate(Rate.of("20"))
            .mediationWithdrawalRate(Rate.of("32.5"))));
    add(r, "纠错率 truncated: 37/200 = 18.5% written 18%",
        reconsiderationReport(b -> twoHundred(b).correctionRate(Rate.of("18"))));
    add(r, "纠错率 with its basis stated, over accepted: 37/210 = 17.6%",
        reconsiderationReport(b -> twoHundred(b).correctionRate(Rate.of("17.6"))
            .correctionRateBasis(CaseStage.ACCEPTED)));
    add(r, "约19% correction rate: about, 37/200 = 18.5%",
        reconsiderationReport(b -> twoHundred(b).correctionRate(Rate.parse("约19%"))));
    add(r, "correction rate over an open group only (at least 14 of 87): 16.1%",
        reconsiderationReport(b -> b.closed(Count.of(87)).correctionRate(Rate.of("16.1"))
            .addOutcomeGroup(group(true, 14, ReconsiderationDecision.REVOKED,
                ReconsiderationDecision.CHANGED))));
    add(r, "correction rate higher than the stated kinds allow, the list incomplete: 20% of 87",
        reconsiderationReport(b -> b.closed(Count.of(87)).correctionRate(Rate.of("20"))
            .putOutcome(ReconsiderationDecision.REVOKED, Count.of(8))));
    add(r, "和解后撤回 counts toward 调撤率: (40 + 25) of 200 = 32.5%",
        reconsiderationReport(b -> b.closed(Count.of(200)).outcomesComplete(true)
            .putOutcome(ReconsiderationDecision.UPHELD, Count.of(135))
            .putOutcome(ReconsiderationDecision.MEDIATED, Count.of(40))
            .putOutcome(ReconsiderationDecision.SETTLED_AND_WITHDRAWN, Count.of(25))
            .mediationWithdrawalRate(Rate.of("32.5"))));
    add(r, "结案率97.3%: 73 of 75 handled",
        reconsiderationReport(b -> b.handled(Count.of(75)).closed(Count.of(73))
            .closureRate(Rate.of("97.3"))));
    add(r, "outcome shares adding to 100.1% by rounding: 33.4 + 33.4 + 33.3",
        reconsiderationReport(b -> b
            .putOutcomeShare(ReconsiderationDecision.UPHELD, Rate.of("33.4"))
            .putOutcomeShare(ReconsiderationDecision.REVOKED, Rate.of("33.4"))
            .putOutcomeShare(ReconsiderationDecision.REQUEST_REJECTED, Rate.of("33.3"))));
    add(r, "受理前化解率 is a share of applications: beside shares of closed cases, over 100% in all",
        reconsiderationReport(b -> b
            .putOutcomeShare(ReconsiderationDecision.UPHELD, Rate.of("60"))
            .putOutcomeShare(ReconsiderationDecision.REVOKED, Rate.of("30"))
            .putOutcomeShare(ReconsiderationDecision.RESOLVED_BEFORE_ACCEPTANCE, Rate.of("25"))));
    add(r, "litigation: 胜诉率92.5%, 败诉率7.5%, 审结率88.9% of 45",
        litigationReport(b -> b.cases(Count.of(45)).concluded(Count.of(40)).won(Count.of(37))
            .lost(Count.of(3)).winRate(Rate.of("92.5")).lossRate(Rate.of("7.5"))
            .concludedRate(Rate.of("88.9")).firstInstance(Count.of(30))
            .secondInstance(Count.of(15))));
  }

  private static void breakdowns(List<Named<Report>> r) {
    add(r, "从被申请人看，县政府12件、县直部门58件、乡镇16件 of 86 received, complete",
        reconsiderationReport(b -> b.received(Count.of(86)).addBreakdown(
            Breakdown.builder().dimension(BreakdownDimension.RESPONDENT).of(CaseStage.RECEIVED)
                .addItem(BreakdownItem.of("县政府", Count.of(12)))
                .addItem(BreakdownItem.of("县直部门", Count.of(58)))
                .addItem(BreakdownItem.of("乡镇", Count.of(16))).complete(true).build())));
    add(r, "some items only: 行政处罚类32件 of 86",
        reconsiderationReport(b -> b.received(Count.of(86)).addBreakdown(
            Breakdown.builder().dimension(BreakdownDimension.CASE_TYPE).of(CaseStage.RECEIVED)
                .addItem(BreakdownItem.of("行政处罚类", Count.of(32))).build())));
    add(r, "by share only: 行政处罚类占38.4%、信息公开类占21.2%",
        reconsiderationReport(b -> b.accepted(Count.of(86)).addBreakdown(
            Breakdown.builder().dimension(BreakdownDimension.CASE_TYPE).of(CaseStage.ACCEPTED)
                .addItem(BreakdownItem.ofShare("行政处罚类", Rate.of("38.4")))
                .addItem(BreakdownItem.ofShare("信息公开类", Rate.of("21.2"))).build())));
    add(r, "count and share: 33件, 占38.4% of 86 (38.37%)",
        reconsiderationReport(b -> b.accepted(Count.of(86)).addBreakdown(
            Breakdown.builder().dimension(BreakdownDimension.CASE_TYPE).of(CaseStage.ACCEPTED)
                .addItem(BreakdownItem.builder().label("行政处罚类").count(Count.of(33))
                    .share(Rate.of("38.4")).build()).build())));
    add(r, "a breakdown by a dimension of the report's own, with its own total",
        mediationReport(b -> b.addBreakdown(
            Breakdown.builder().dimension(BreakdownDimension.OTHER).label("按纠纷类型")
                .total(Count.of(700)).addItem(BreakdownItem.of("婚姻家庭纠纷", Count.of(210)))
                .addItem(BreakdownItem.of("邻里纠纷", Count.parse("180余"))).build())));
    add(r, "a breakdown of a total the block does not give: nothing to compare",
        reconsiderationReport(b -> b.addBreakdown(
            Breakdown.builder().dimension(BreakdownDimension.REGION).of(CaseStage.CLOSED)
                .addItem(BreakdownItem.of("城区", Count.of(40))).build())));
    add(r, "a scaled breakdown total: 1.2万件 split 8000 + 4100",
        legalAidReport(b -> b.accepted(Count.parse("1.2万")).addBreakdown(
            Breakdown.builder().dimension(BreakdownDimension.FIELD).of(CaseStage.ACCEPTED)
                .addItem(BreakdownItem.of("劳动争议", Count.of(8000)))
                .addItem(BreakdownItem.of("婚姻家庭", Count.of(4100))).complete(true).build())));
  }

  private static void otherBlocks(List<Named<Report>> r) {
    add(r, "人民调解委员会174个（村（社区）160个、行业性专业性14个）, 专职调解员45名 of 900",
        mediationReport(b -> b.committees(Count.of(174)).villageCommittees(Count.of(160))
            .professionalCommittees(Count.of(14)).mediators(Count.of(900))
            .fullTimeMediators(Count.of(45)).disputes(Count.of(720)).mediated(Count.of(700))
            .settled(Count.of(691)).successRate(Rate.of("98.7"))));
    add(r, "public legal services: 县级中心1个、乡镇工作站14个、村（社区）工作室203个",
        with(CaseStatistics.builder().publicLegalServices(PublicLegalServices.builder()
            .section(S1).centres(Count.of(1)).stations(Count.of(14)).rooms(Count.of(203))
            .visitors(Count.parse("1.2万余")).terminalUses(Count.of(3056))
            .services(Count.of(2522)).target(Count.of(2200)).completionRate(Rate.of("114.63"))
            .build()).build()));
    add(r, "legal advisers: 21名（其中律师15名）, 203个村 covered, 100%",
        with(DecisionMaking.builder().legalAdvisers(LegalAdvisers.builder().section(S1)
            .advisers(Count.of(21)).lawyers(Count.of(15)).villagesCovered(Count.of(203))
            .coverageRate(Rate.of("100")).consultations(Count.of(640)).dutyShifts(Count.of(96))
            .build()).build()));
    add(r, "decision catalog: 公开目录4项, 已作出决策3项、正在推进1项, 听证2次",
        with(DecisionMaking.builder().catalog(DecisionCatalog.builder().section(S1)
            .published(true).procedureRulesIssued(true).declared(Count.of(4))
            .putStatusCount(DecisionStatus.DECIDED, Count.of(3))
            .putStatusCount(DecisionStatus.IN_PROGRESS, Count.of(1))
            .hearings(Count.of(2)).expertReviews(Count.of(3)).riskAssessments(Count.of(4))
            .build()).build()));
    add(r, "decision catalog not published, as the report says",
        with(DecisionMaking.builder().catalog(DecisionCatalog.builder().section(S1)
            .published(false).build()).build()));
  }

  private static Indicator restating(Concept concept, String quantity) {
    return Indicator.builder().label("总体情况").quantity(Quantity.parse(quantity)).concept(concept)
        .section(S1).build();
  }

  private static Series series(Concept concept, SeriesPoint... points) {
    return Series.builder().label(concept.chineseName()).concept(concept).addPoints(points)
        .section(S1).build();
  }

  private static void factsAndChanges(List<Named<Report>> r) {
    add(r, "a count stated twice alike: 42 in the overview and the block",
        reconsiderationReport(b -> b.received(Count.of(42)))
            .withIndicators(restating(RECEIVED, "42件")));
    add(r, "a scaled restatement: 3.6万件 in the overview, 36,120 in the block",
        reconsiderationReport(b -> b.received(Count.of(36120)))
            .withIndicators(restating(RECEIVED, "3.6万件")));
    add(r, "an approximate restatement: 40余件 in the overview, 42 in the block",
        reconsiderationReport(b -> b.received(Count.of(42)))
            .withIndicators(restating(RECEIVED, "40余件")));
    add(r, "a rate restated to fewer digits: 18.5% and 18.50%",
        reconsiderationReport(b -> twoHundred(b).correctionRate(Rate.of("18.50")))
            .withIndicators(restating(CORRECTION_RATE, "18.5%")));
    add(r, "someone else's figure is not the issuer's: 全省3.6万件 beside 42",
        reconsiderationReport(b -> b.received(Count.of(42)))
            .withIndicators(Indicator.builder().label("全省收到行政复议申请")
                .quantity(Quantity.parse("3.6万件")).concept(RECEIVED)
                .scope(Scope.of(ScopeLevel.PROVINCE, "全省")).section(S1).build()));
    add(r, "a series over 2021 to 2023 and the 2024 figure: 96.2%、97.5%、98.1%, now 98.5%",
        reconsiderationReport(b -> twoHundred(b).correctionRate(Rate.of("18.5")))
            .withSeries(series(CORRECTION_RATE, SeriesPoint.of(2021, "16.2%"),
                SeriesPoint.of(2022, "17.5%"), SeriesPoint.of(2023, "18.1%"))));
    add(r, "a series that includes the report's year, alike: 2024年18.5%",
        reconsiderationReport(b -> twoHundred(b).correctionRate(Rate.of("18.5")))
            .withSeries(series(CORRECTION_RATE, SeriesPoint.of(2023, "18.1%"),
                SeriesPoint.of(2024, "18.5%"))));
    add(r, "同比增长24.2%: 41 against 33",
        changed(41, "33件", "同比增长24.2%"));
    add(r, "同比下降8.1%: 34 against 37 (−8.11%)",
        changed(34, "37件", "同比下降8.1%"));
    add(r, "较上年减少7件: 41 against 48",
        changed(41, "48件", "较上年减少7件"));
    add(r, "较去年增加8件, another spelling: 41 against 33",
        changed(41, "33件", "较去年增加8件"));
    add(r, "同比增长 without amount: 41 against 33",
        changed(41, "33件", "同比增长"));
    add(r, "同比持平 is not checked: 41 against 40",
        changed(41, "40件", "同比持平"));
    add(r, "增长约25%: about, 41 against 33",
        changed(41, "33件", "同比增长约25%"));
    add(r, "a change without a base value: nothing to check",
        reconsiderationReport(b -> b.received(Count.of(41)))
            .withChanges(StatedChange.of(RECEIVED, Change.parse("同比增长50%"))));
    add(r, "提高2.5个百分点: satisfaction 97.5% against 95%",
        satisfaction("97.5", "95%", "较上年提高2.5个百分点"));
    add(r, "满意度提高2.5%, meaning percentage points: 97.5% against 95%",
        satisfaction("97.5", "95%", "较上年提高2.5%"));
    add(r, "满意度提高2.6%, meaning percent of the base: 97.5% against 95%",
        satisfaction("97.5", "95%", "较上年提高2.6%"));
    add(r, "an indicator's change against a series of its label",
        MINIMAL_VALID
            .withIndicators(Indicator.builder().label("办结审批服务事项")
                .quantity(Quantity.parse("2.2万件")).change(Change.parse("较上年增长10%"))
                .section(S1).build())
            .withSeries(Series.builder().label("办结审批服务事项")
                .addPoint(SeriesPoint.of(2023, "2万件")).section(S1).build()));
  }

  private static Report changed(long now, String before, String change) {
    return reconsiderationReport(b -> b.received(Count.of(now)))
        .withSeries(series(RECEIVED, SeriesPoint.of(2023, before)))
        .withChanges(StatedChange.of(RECEIVED, Change.parse(change)));
  }

  private static Report satisfaction(String now, String before, String change) {
    return legalAidReport(b -> b.satisfaction(Rate.of(now)))
        .withSeries(series(SATISFACTION, SeriesPoint.of(2023, before)))
        .withChanges(StatedChange.of(SATISFACTION, Change.parse(change)));
  }

  private static void periods(List<Named<Report>> r) {
    add(r, "上半年: a half-year report, its year derived from the period",
        with(ReportMetadata.builder().from(METADATA).reportingYear(OptionalInt.empty())
            .period(ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)))
            .documentDate(LocalDate.of(2024, 7, 15)).publicationDate(LocalDate.of(2024, 7, 20))
            .build()));
    add(r, "2021—2025年: a term report without a reporting year",
        with(ReportMetadata.builder().from(METADATA).reportingYear(OptionalInt.empty())
            .period(ReportingPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)))
            .documentDate(LocalDate.of(2026, 1, 10)).publicationDate(LocalDate.of(2026, 2, 1))
            .build()));
    add(r, "近三年: an indicator over three years in a yearly report",
        MINIMAL_VALID.withIndicators(Indicator.builder().label("累计办理行政复议案件")
            .quantity(Quantity.parse("260件")).concept(RECEIVED)
            .period(ReportingPeriod.of(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)))
            .section(S1).build())
            .withStatistics(CaseStatistics.builder().reconsideration(
                org.fazhi.report.statistics.Reconsideration.builder().section(S1)
                    .received(Count.of(90)).build()).build()));
  }
  // spotless:on
}
