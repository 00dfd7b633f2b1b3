package org.fazhi.report.validation;

import static org.fazhi.report.validation.Fixtures.METADATA;
import static org.fazhi.report.validation.Fixtures.MINIMAL_VALID;
import static org.fazhi.report.validation.Fixtures.S1;
import static org.fazhi.report.validation.Fixtures.legalAidReport;
import static org.fazhi.report.validation.Fixtures.litigationReport;
import static org.fazhi.report.validation.Fixtures.mediationReport;
import static org.fazhi.report.validation.Fixtures.reconsiderationReport;
import static org.fazhi.report.validation.Fixtures.with;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
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
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.LegalAidCaseType;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;

/**
 * The cases of the rules for what real reports state beyond the first one ({@code
 * shared/real-reports.md}): caseload totals, outcome groups and shares, breakdowns, rates over a
 * stated or inferred basis, facts stated twice, changes. Each a passing boundary, a case just past
 * it and the exact finding, as in {@link RuleCases}.
 */
final class RealReportRuleCases {
  // spotless:off  A table, one entry a line: aligned rows read better than the formatter's.
  private RealReportRuleCases() {}

  private static final String R = "/statistics/reconsideration/";

  static void addTo(List<RuleCase> cases) {
    metadata(cases);
    caseload(cases);
    outcomes(cases);
    rates(cases);
    breakdowns(cases);
    otherBlocks(cases);
    facts(cases);
  }

  // ---------------------------------------------------------------- metadata

  private static Report period(Optional<ReportingPeriod> period, OptionalInt year) {
    return with(
        ReportMetadata.builder().from(METADATA).period(period).reportingYear(year).build());
  }

  private static void metadata(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.METADATA_PERIOD_MISSING,
                period(Optional.of(ReportingPeriod.of(LocalDate.of(2021, 1, 1),
                    LocalDate.of(2024, 12, 31))), OptionalInt.empty()),
                period(Optional.empty(), OptionalInt.empty()))
            .at("/metadata/period")
            .messages("报告未注明报告期，也未注明报告年度",
                "The report gives neither the period it covers nor its reporting year."));
  }

  // ---------------------------------------------------------------- caseload

  private static void caseload(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_HANDLED_DIFFERS_FROM_ACCEPTED_AND_CARRIED_OVER,
                reconsiderationReport(r -> r.accepted(Count.of(78)).carriedOver(Count.of(9))
                    .handled(Count.of(87))),
                reconsiderationReport(r -> r.accepted(Count.of(78)).carriedOver(Count.of(9))
                    .handled(Count.of(88))))
            .at(R + "handled").count("handled", 88).count("accepted", 78).count("carriedOver", 9)
            .discrepancy("88", "87", "1", "0").section(S1)
            .messages("行政复议办理数(88)应等于受理数(78)与上年结转数(9)之和",
                "Reconsideration: handled (88) should equal accepted (78) plus carried over (9)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_HANDLED_BELOW_ACCEPTED,
                reconsiderationReport(r -> r.accepted(Count.of(78)).handled(Count.of(78))),
                reconsiderationReport(r -> r.accepted(Count.of(78)).handled(Count.of(77))))
            .at(R + "handled").count("handled", 77).count("accepted", 78)
            .discrepancy("77", "78", "-1", "0").section(S1)
            .messages("行政复议办理数(77)不得少于受理数(78)",
                "Reconsideration: handled (77) cannot be fewer than accepted (78)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_CLOSED_EXCEEDS_HANDLED,
                reconsiderationReport(r -> r.handled(Count.of(87)).closed(Count.of(87))),
                reconsiderationReport(r -> r.handled(Count.of(87)).closed(Count.of(88))))
            .at(R + "closed").count("closed", 88).count("handled", 87)
            .discrepancy("88", "87", "1", "0").section(S1)
            .messages("行政复议结案数(88)不得大于办理数(87)",
                "Reconsideration: closed (88) cannot exceed handled (87)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_CLOSED_EXCEEDS_HANDLED,
                reconsiderationReport(r -> r.handled(Count.parse("3.6万")).closed(Count.of(36499))),
                reconsiderationReport(r -> r.handled(Count.parse("3.6万")).closed(Count.of(36500))))
            .variant("handled 3.6万, rounded: up to 36,499")
            .at(R + "closed").count("closed", 36500)
            .value("handled", new FindingValue.CountValue(Count.parse("3.6万")))
            .discrepancy("36500", "36499", "1", "0").section(S1)
            .messages("行政复议结案数(36500)不得大于办理数(3.6万)",
                "Reconsideration: closed (36500) cannot exceed handled (3.6万)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_NEW_CASES_OUTSIDE_RECEIVED_AND_ACCEPTED,
                reconsiderationReport(r -> r.received(Count.of(75)).newCases(Count.of(71))
                    .newCasesTerm("新收").accepted(Count.of(71))),
                reconsiderationReport(r -> r.received(Count.of(75)).newCases(Count.of(70))
                    .newCasesTerm("新收").accepted(Count.of(71))))
            .at(R + "newCases").count("newCases", 70).count("accepted", 71).count("received", 75)
            .discrepancy("70", "71", "-1", "0").section(S1)
            .messages("行政复议新收案件数(70)应介于受理数(71)与收到申请数(75)之间",
                "Reconsideration: new cases (70) should lie between accepted (71) and received"
                    + " (75)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_NEW_CASES_OUTSIDE_RECEIVED_AND_ACCEPTED,
                reconsiderationReport(r -> r.received(Count.of(75)).newCases(Count.of(75))),
                reconsiderationReport(r -> r.received(Count.of(75)).newCases(Count.of(76))))
            .variant("above received, accepted not given")
            .at(R + "newCases").count("newCases", 76).count("received", 75)
            .discrepancy("76", "75", "1", "0").section(S1)
            .messages("行政复议新收案件数(76)应介于受理数(—)与收到申请数(75)之间",
                "Reconsideration: new cases (76) should lie between accepted (—) and received"
                    + " (75)."));
    cases.add(
        RuleCase.of(Rule.LITIGATION_PENDING_DIFFERS_FROM_OPEN_CASES,
                litigationReport(l -> l.cases(Count.of(27)).carriedOver(Count.of(3))
                    .concluded(Count.of(25)).pending(Count.of(5))),
                litigationReport(l -> l.cases(Count.of(27)).carriedOver(Count.of(3))
                    .concluded(Count.of(25)).pending(Count.of(6))))
            .at("/statistics/litigation/pending").count("pending", 6).count("cases", 27)
            .count("carriedOver", 3).count("concluded", 25)
            .discrepancy("6", "5", "1", "0").section(S1)
            .messages("行政诉讼未结案件数(6)应等于案件数(27)加上年结转数(3)减审结数(25)",
                "Litigation: pending (6) should equal cases (27) plus carried over (3) minus"
                    + " concluded (25)."));
    String aid = "/statistics/legalAid/";
    cases.add(
        RuleCase.of(Rule.LEGAL_AID_HANDLED_DIFFERS_FROM_ACCEPTED_AND_CARRIED_OVER,
                legalAidReport(a -> a.accepted(Count.of(560)).carriedOver(Count.of(12))
                    .handled(Count.of(572))),
                legalAidReport(a -> a.accepted(Count.of(560)).carriedOver(Count.of(12))
                    .handled(Count.of(571))))
            .at(aid + "handled").count("handled", 571).count("accepted", 560)
            .count("carriedOver", 12).discrepancy("571", "572", "-1", "0").section(S1)
            .messages("法律援助办理数(571)应等于受理数(560)与上年结转数(12)之和",
                "Legal aid: handled (571) should equal accepted (560) plus carried over (12)."));
    cases.add(
        RuleCase.of(Rule.LEGAL_AID_HANDLED_BELOW_ACCEPTED,
                legalAidReport(a -> a.accepted(Count.of(560)).handled(Count.of(560))),
                legalAidReport(a -> a.accepted(Count.of(560)).handled(Count.of(559))))
            .at(aid + "handled").count("handled", 559).count("accepted", 560)
            .discrepancy("559", "560", "-1", "0").section(S1)
            .messages("法律援助办理数(559)不得少于受理数(560)",
                "Legal aid: handled (559) cannot be fewer than accepted (560)."));
    cases.add(
        RuleCase.of(Rule.LEGAL_AID_CLOSED_EXCEEDS_HANDLED,
                legalAidReport(a -> a.handled(Count.of(572)).closed(Count.of(572))),
                legalAidReport(a -> a.handled(Count.of(572)).closed(Count.of(573))))
            .at(aid + "closed").count("closed", 573).count("handled", 572)
            .discrepancy("573", "572", "1", "0").section(S1)
            .messages("法律援助办结数(573)不得大于办理数(572)",
                "Legal aid: closed (573) cannot exceed handled (572)."));
    cases.add(
        RuleCase.of(Rule.LEGAL_AID_CASES_BY_TYPE_EXCEED_CASES,
                legalAidReport(a -> byType(a.handled(Count.of(572)), 9)),
                legalAidReport(a -> byType(a.handled(Count.of(572)), 10)))
            .at(aid + "casesByType").discrepancy("573", "572", "1", "0").section(S1)
            .messages("法律援助各类案件之和(573)超过案件总数(572)",
                "Legal aid: the cases by type add up to 573, more than the cases (572)."));
    cases.add(
        RuleCase.of(Rule.LEGAL_AID_CASES_BY_TYPE_EXCEED_CASES,
                legalAidReport(a -> byType(a.accepted(Count.of(560)).carriedOver(Count.of(12)), 9)),
                legalAidReport(a -> byType(a.accepted(Count.of(560)).carriedOver(Count.of(12)), 10)))
            .variant("handled not given: accepted plus carried over")
            .at(aid + "casesByType").discrepancy("573", "572", "1", "0").section(S1)
            .messages("法律援助各类案件之和(573)超过案件总数(572)",
                "Legal aid: the cases by type add up to 573, more than the cases (572)."));
  }

  private static org.fazhi.report.statistics.LegalAid.Builder byType(
      org.fazhi.report.statistics.LegalAid.Builder aid, long administrative) {
    return aid.putCasesByType(LegalAidCaseType.CRIMINAL, Count.of(312))
        .putCasesByType(LegalAidCaseType.CIVIL, Count.of(251))
        .putCasesByType(LegalAidCaseType.ADMINISTRATIVE, Count.of(administrative));
  }

  // ---------------------------------------------------------------- outcomes

  private static OutcomeGroup group(boolean open, String label, long count,
      ReconsiderationDecision... kinds) {
    OutcomeGroup.Builder group = OutcomeGroup.builder().open(open).count(Count.of(count))
        .addKinds(kinds);
    if (label != null) {
      group.label(label);
    }
    return group.build();
  }

  private static void outcomes(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_OUTCOMES_EXCEED_OPEN_CASES,
                reconsiderationReport(r -> r.accepted(Count.of(41))
                    .putOutcome(ReconsiderationDecision.UPHELD, Count.of(30))
                    .putOutcome(ReconsiderationDecision.REVOKED, Count.of(11))),
                reconsiderationReport(r -> r.accepted(Count.of(41))
                    .putOutcome(ReconsiderationDecision.UPHELD, Count.of(30))
                    .putOutcome(ReconsiderationDecision.REVOKED, Count.of(12))))
            .at(R + "outcomes").count("accepted", 41).count("carriedOver", 0)
            .discrepancy("42", "41", "1", "0").section(S1)
            .messages("行政复议各类结果之和(42)超过可结案件数(41)",
                "Reconsideration: the outcomes add up to 42, more than the cases that could be"
                    + " closed (41)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_OUTCOMES_EXCEED_OPEN_CASES,
                reconsiderationReport(r -> r.handled(Count.of(87))
                    .putOutcome(ReconsiderationDecision.UPHELD, Count.of(70))
                    .addOutcomeGroup(group(true, "纠错决定", 17, ReconsiderationDecision.REVOKED,
                        ReconsiderationDecision.CHANGED))),
                reconsiderationReport(r -> r.handled(Count.of(87))
                    .putOutcome(ReconsiderationDecision.UPHELD, Count.of(70))
                    .addOutcomeGroup(group(true, "纠错决定", 18, ReconsiderationDecision.REVOKED,
                        ReconsiderationDecision.CHANGED))))
            .variant("a group beside a kind, against handled")
            .at(R + "outcomes").count("handled", 87)
            .discrepancy("88", "87", "1", "0").section(S1)
            .messages("行政复议各类结果之和(88)超过可结案件数(87)",
                "Reconsideration: the outcomes add up to 88, more than the cases that could be"
                    + " closed (87)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_OUTCOMES_EXCEED_CLOSED,
                reconsiderationReport(r -> r.closed(Count.of(29))
                    .putOutcome(ReconsiderationDecision.UPHELD, Count.of(15))
                    .putOutcome(ReconsiderationDecision.REVOKED, Count.of(4))
                    .addOutcomeGroup(group(false, null, 14, ReconsiderationDecision.REVOKED,
                        ReconsiderationDecision.CHANGED))),
                reconsiderationReport(r -> r.closed(Count.of(29))
                    .putOutcome(ReconsiderationDecision.UPHELD, Count.of(16))
                    .putOutcome(ReconsiderationDecision.REVOKED, Count.of(4))
                    .addOutcomeGroup(group(false, null, 14, ReconsiderationDecision.REVOKED,
                        ReconsiderationDecision.CHANGED))))
            .variant("a group counted beyond the kinds stated apart")
            .at(R + "outcomes").count("closed", 29)
            .discrepancy("30", "29", "1", "0").section(S1)
            .messages("行政复议各类结果之和(30)超过结案数(29)",
                "Reconsideration: the outcomes add up to 30, more than closed (29)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_OUTCOME_GROUP_BELOW_KINDS,
                reconsiderationReport(r -> kinds(r).addOutcomeGroup(group(true, "纠错决定", 11,
                    ReconsiderationDecision.REVOKED, ReconsiderationDecision.CHANGED,
                    ReconsiderationDecision.CONFIRMED_UNLAWFUL))),
                reconsiderationReport(r -> kinds(r).addOutcomeGroup(group(true, "纠错决定", 10,
                    ReconsiderationDecision.REVOKED, ReconsiderationDecision.CHANGED,
                    ReconsiderationDecision.CONFIRMED_UNLAWFUL))))
            .at(R + "outcomeGroups/0/count").text("group", "纠错决定").count("count", 10)
            .discrepancy("10", "11", "-1", "0").section(S1)
            .messages("行政复议合并公布的“纠错决定”数(10)少于其中单独列出的各类决定之和(11)",
                "Reconsideration: the group \"纠错决定\" counts 10, fewer than its kinds stated apart"
                    + " (11)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_OUTCOME_GROUP_EXCEEDS_KINDS,
                reconsiderationReport(r -> kinds(r).addOutcomeGroup(group(false, null, 11,
                    ReconsiderationDecision.REVOKED, ReconsiderationDecision.CHANGED))),
                reconsiderationReport(r -> kinds(r).addOutcomeGroup(group(false, null, 12,
                    ReconsiderationDecision.REVOKED, ReconsiderationDecision.CHANGED))))
            .at(R + "outcomeGroups/0/count").text("group", "变更、撤销").count("count", 12)
            .discrepancy("12", "11", "1", "0").section(S1)
            .messages("行政复议合并公布的“变更、撤销”数(12)多于其所含各类决定之和(11)",
                "Reconsideration: the group \"CHANGED, REVOKED\" counts 12, more than the kinds it"
                    + " lists (11)."));
  }

  /** 撤销8件、变更3件, stated apart. */
  private static Reconsideration.Builder kinds(Reconsideration.Builder r) {
    return r.putOutcome(ReconsiderationDecision.REVOKED, Count.of(8))
        .putOutcome(ReconsiderationDecision.CHANGED, Count.of(3));
  }

  // ---------------------------------------------------------------- rates

  /** Closed 40 of 50 accepted, every outcome given: 8 corrections (撤销6, 变更2). */
  private static Reconsideration.Builder closedForty(Reconsideration.Builder r) {
    return r.accepted(Count.of(50)).closed(Count.of(40)).outcomesComplete(true)
        .putOutcome(ReconsiderationDecision.UPHELD, Count.of(30))
        .putOutcome(ReconsiderationDecision.REVOKED, Count.of(6))
        .putOutcome(ReconsiderationDecision.CHANGED, Count.of(2))
        .putOutcome(ReconsiderationDecision.REQUEST_REJECTED, Count.of(2));
  }

  private static Report correction(String percent, Optional<CaseStage> basis,
      UnaryOperator<Reconsideration.Builder> block) {
    return reconsiderationReport(r -> block.apply(r).correctionRate(Rate.of(percent))
        .correctionRateBasis(basis));
  }

  private static void rates(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.RATE_DISAGREES_WITH_STATED_BASIS,
                correction("20", Optional.of(CaseStage.CLOSED), RealReportRuleCases::closedForty),
                correction("16", Optional.of(CaseStage.CLOSED), RealReportRuleCases::closedForty))
            .at(R + "correctionRate").decimal("numerator", "8").count("denominator", 40)
            .term("basis", CaseStage.CLOSED)
            .discrepancy("16", "20.00", "-4.00", "1").section(S1)
            .messages("行政复议纠错率(16%)与按结案数计算的比例(8/40=20.00%)不符",
                "The reconsideration correction rate (16%) disagrees with its counts over cases"
                    + " closed: 8/40 = 20.00%."));
    cases.add(
        RuleCase.of(Rule.RATE_DISAGREES_WITH_STATED_BASIS, upheldShare("75"), upheldShare("70"))
            .variant("an outcome share of closed cases: its numerator is the same for everyone")
            .at(R + "outcomeShares/UPHELD").count("numerator", 30).count("denominator", 40)
            .term("basis", CaseStage.CLOSED)
            .discrepancy("70", "75.00", "-5.00", "1").section(S1)
            .messages("行政复议决定占比(70%)与按结案数计算的比例(30/40=75.00%)不符",
                "The reconsideration outcome share (70%) disagrees with its counts over cases"
                    + " closed: 30/40 = 75.00%."));
    cases.add(
        RuleCase.of(Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS,
                correction("20", Optional.of(CaseStage.CLOSED),
                    r -> r.closed(Count.of(40)).addOutcomeGroup(group(true, "纠错决定", 8,
                        ReconsiderationDecision.REVOKED, ReconsiderationDecision.CHANGED))),
                correction("19", Optional.of(CaseStage.CLOSED),
                    r -> r.closed(Count.of(40)).addOutcomeGroup(group(true, "纠错决定", 8,
                        ReconsiderationDecision.REVOKED, ReconsiderationDecision.CHANGED))))
            .variant("corrections over a stated basis, known only from below: publishers count"
                + " corrections differently, so a warning")
            .at(R + "correctionRate").text("numerator", "≥8").count("denominator", 40)
            .discrepancy("19", "20.00", "-1.00", "1").section(S1)
            .messages("行政复议纠错率(19%)与相关数据之比(≥8/40=20.00%)不符",
                "The reconsideration correction rate (19%) disagrees with the counts: ≥8/40 ="
                    + " 20.00%."));
    cases.add(
        RuleCase.of(Rule.RATE_BASIS_INFERRED,
                correction("20", Optional.empty(), RealReportRuleCases::closedForty),
                correction("16", Optional.empty(), RealReportRuleCases::closedForty))
            .at(R + "correctionRate").decimal("numerator", "8").count("denominator", 50)
            .term("usualBasis", CaseStage.CLOSED).term("basis", CaseStage.ACCEPTED)
            .decimal("reported", "16").decimal("computed", "16.00").section(S1)
            .messages("行政复议纠错率(16%)与按结案数计算的比例不符，但与按受理数计算的比例(8/50=16.00%)相符",
                "The reconsideration correction rate (16%) disagrees with cases closed but agrees"
                    + " with cases accepted: 8/50 = 16.00%."));
    cases.add(
        RuleCase.of(Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS,
                correction("20", Optional.empty(), RealReportRuleCases::closedForty),
                correction("25", Optional.empty(), RealReportRuleCases::closedForty))
            .variant("correction rate matching no count the block gives")
            .at(R + "correctionRate").decimal("numerator", "8").count("denominator", 40)
            .discrepancy("25", "20.00", "5.00", "1").section(S1)
            .messages("行政复议纠错率(25%)与相关数据之比(8/40=20.00%)不符",
                "The reconsideration correction rate (25%) disagrees with the counts: 8/40 ="
                    + " 20.00%."));
    cases.add(
        RuleCase.of(Rule.RATE_SHARES_EXCEED_100, shares("60", "30", "10"), shares("62", "30", "10"))
            .at(R + "outcomeShares").discrepancy("102", "100", "2", "1.5").section(S1)
            .messages("行政复议各类决定占比之和(102%)超过100%",
                "The reconsideration outcome shares add up to 102%, more than 100%."));
    cases.add(
        RuleCase.of(Rule.RATE_SHARES_EXCEED_100,
                litigationReport(l -> l.winRate(Rate.of("92.3")).lossRate(Rate.of("7.7"))),
                litigationReport(l -> l.winRate(Rate.of("92.3")).lossRate(Rate.of("8.8"))))
            .variant("win and loss rates")
            .at("/statistics/litigation/winRate").discrepancy("101.1", "100", "1.1", "0.1")
            .section(S1)
            .messages("行政诉讼胜诉率与败诉率之和(101.1%)超过100%",
                "The litigation win and loss rates add up to 101.1%, more than 100%."));
    String lit = "/statistics/litigation/";
    cases.add(
        RuleCase.of(Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS, lossRate("20", Optional.empty()),
                lossRate("25", Optional.empty()))
            .variant("a litigation loss rate, over cases concluded")
            .at(lit + "lossRate").count("numerator", 8).count("denominator", 40)
            .discrepancy("25", "20.00", "5.00", "1").section(S1)
            .messages("行政诉讼败诉率(25%)与相关数据之比(8/40=20.00%)不符",
                "The litigation loss rate (25%) disagrees with the counts: 8/40 = 20.00%."));
    cases.add(
        RuleCase.of(Rule.RATE_BASIS_INFERRED, lossRate("20", Optional.of(Count.of(50))),
                lossRate("16", Optional.of(Count.of(50))))
            .variant("a litigation loss rate over cases filed, not concluded")
            .at(lit + "lossRate").count("numerator", 8).count("denominator", 50)
            .term("usualBasis", CaseStage.CLOSED).term("basis", CaseStage.ACCEPTED)
            .decimal("reported", "16").decimal("computed", "16.00").section(S1)
            .messages("行政诉讼败诉率(16%)与按结案数计算的比例不符，但与按受理数计算的比例(8/50=16.00%)相符",
                "The litigation loss rate (16%) disagrees with cases closed but agrees with cases"
                    + " accepted: 8/50 = 16.00%."));
    cases.add(
        RuleCase.of(Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS,
                litigationReport(b -> b.concluded(Count.of(40)).won(Count.of(30))
                    .winRate(Rate.of("75"))),
                litigationReport(b -> b.concluded(Count.of(40)).won(Count.of(30))
                    .winRate(Rate.of("80"))))
            .variant("a litigation win rate, over cases concluded")
            .at(lit + "winRate").count("numerator", 30).count("denominator", 40)
            .discrepancy("80", "75.00", "5.00", "1").section(S1)
            .messages("行政诉讼胜诉率(80%)与相关数据之比(30/40=75.00%)不符",
                "The litigation win rate (80%) disagrees with the counts: 30/40 = 75.00%."));
    cases.add(
        RuleCase.of(Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS, concludedRate("80"),
                concludedRate("85"))
            .variant("a litigation concluded rate, over cases filed and carried over")
            .at(lit + "concludedRate").count("numerator", 40).decimal("denominator", "50")
            .discrepancy("85", "80.00", "5.00", "1").section(S1)
            .messages("行政诉讼审结率(85%)与相关数据之比(40/50=80.00%)不符",
                "The litigation concluded rate (85%) disagrees with the counts: 40/50 = 80.00%."));
  }

  /** 败诉8件 of 40 concluded, of {@code cases} filed where given, and the loss rate published. */
  private static Report lossRate(String percent, Optional<Count> cases) {
    return litigationReport(b -> b.cases(cases).concluded(Count.of(40)).lost(Count.of(8))
        .lossRate(Rate.of(percent)));
  }

  /** 审结40件 of 45 filed and 5 carried over, and the concluded rate published. */
  private static Report concludedRate(String percent) {
    return litigationReport(b -> b.cases(Count.of(45)).carriedOver(Count.of(5))
        .concluded(Count.of(40)).concludedRate(Rate.of(percent)));
  }

  /** 维持30件 of 40 closed, and 维持率 as published, over closed cases as the report says. */
  private static Report upheldShare(String percent) {
    return reconsiderationReport(r -> r.closed(Count.of(40))
        .putOutcome(ReconsiderationDecision.UPHELD, Count.of(30))
        .putOutcomeShare(ReconsiderationDecision.UPHELD, Rate.of(percent))
        .outcomeSharesBasis(CaseStage.CLOSED));
  }

  /** 维持率, 撤销率, 变更率 as published, of closed cases. */
  private static Report shares(String upheld, String revoked, String changed) {
    return reconsiderationReport(r -> r
        .putOutcomeShare(ReconsiderationDecision.UPHELD, Rate.of(upheld))
        .putOutcomeShare(ReconsiderationDecision.REVOKED, Rate.of(revoked))
        .putOutcomeShare(ReconsiderationDecision.CHANGED, Rate.of(changed)));
  }

  // ---------------------------------------------------------------- breakdowns

  private static Report respondents(long received, long townships, boolean complete) {
    return reconsiderationReport(r -> r.received(Count.of(received)).addBreakdown(
        Breakdown.builder().dimension(BreakdownDimension.RESPONDENT).of(CaseStage.RECEIVED)
            .addItem(BreakdownItem.of("县政府", Count.of(12)))
            .addItem(BreakdownItem.of("县直部门", Count.of(58)))
            .addItem(BreakdownItem.of("乡镇", Count.of(townships)))
            .complete(complete)
            .build()));
  }

  private static Report caseTypes(String share) {
    return reconsiderationReport(r -> r.accepted(Count.of(80)).addBreakdown(
        Breakdown.builder().dimension(BreakdownDimension.CASE_TYPE).of(CaseStage.ACCEPTED)
            .addItem(BreakdownItem.builder().label("行政处罚类").count(Count.of(31))
                .share(Rate.of(share)).build())
            .build()));
  }

  private static void breakdowns(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.BREAKDOWN_ITEMS_EXCEED_TOTAL, respondents(86, 16, false),
                respondents(86, 17, false))
            .at(R + "breakdowns/0/items").term("dimension", BreakdownDimension.RESPONDENT)
            .count("total", 86).discrepancy("87", "86", "1", "0").section(S1)
            .messages("按被申请人分类的各项之和(87)超过合计(86)",
                "The breakdown by respondent adds up to 87, more than its total (86)."));
    cases.add(
        RuleCase.of(Rule.BREAKDOWN_ITEMS_BELOW_TOTAL, respondents(86, 16, true),
                respondents(87, 16, true))
            .at(R + "breakdowns/0/items").term("dimension", BreakdownDimension.RESPONDENT)
            .count("total", 87).discrepancy("86", "87", "-1", "0").section(S1)
            .messages("按被申请人分类的各项之和(86)少于合计(87)，但报告称已列全",
                "The breakdown by respondent, said to be complete, adds up to 86, fewer than its"
                    + " total (87)."));
    cases.add(
        RuleCase.of(Rule.BREAKDOWN_ITEM_SHARE_DISAGREES_WITH_COUNT, caseTypes("38.8"),
                caseTypes("39.8"))
            .at(R + "breakdowns/0/items/0/share").term("dimension", BreakdownDimension.CASE_TYPE)
            .text("item", "行政处罚类").count("count", 31).count("total", 80)
            .discrepancy("39.8", "38.750", "1.050", "0.1").section(S1)
            .messages("按案件类型分类中“行政处罚类”的占比(39.8%)与其数量之比(31/80=38.750%)不符",
                "The share of \"行政处罚类\" (39.8%) in the breakdown by case type disagrees with"
                    + " its count: 31/80 = 38.750%."));
  }

  // ---------------------------------------------------------------- other blocks

  private static Report committees(long professional) {
    return mediationReport(m -> m.committees(Count.of(174)).villageCommittees(Count.of(160))
        .professionalCommittees(Count.of(professional)));
  }

  private static Report catalog(long inProgress) {
    return with(DecisionMaking.builder().catalog(DecisionCatalog.builder().section(S1)
        .declared(Count.of(4))
        .putStatusCount(DecisionStatus.DECIDED, Count.of(3))
        .putStatusCount(DecisionStatus.IN_PROGRESS, Count.of(inProgress))
        .build()).build());
  }

  private static Report advisers(long lawyers) {
    return with(DecisionMaking.builder().legalAdvisers(LegalAdvisers.builder().section(S1)
        .advisers(Count.of(21)).lawyers(Count.of(lawyers)).build()).build());
  }

  private static void otherBlocks(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.MEDIATION_COMMITTEE_KINDS_EXCEED_COMMITTEES, committees(14),
                committees(15))
            .at("/statistics/mediation/committees").count("villageCommittees", 160)
            .count("professionalCommittees", 15).count("committees", 174)
            .discrepancy("175", "174", "1", "0").section(S1)
            .messages("村(社区)人民调解委员会(160)与行业性专业性人民调解委员会(15)之和超过人民调解委员会总数(174)",
                "Mediation: village (160) and professional (15) committees add up to more than the"
                    + " committees (174)."));
    cases.add(
        RuleCase.of(Rule.MEDIATION_FULL_TIME_MEDIATORS_EXCEED_MEDIATORS,
                mediationReport(m -> m.mediators(Count.of(45)).fullTimeMediators(Count.of(45))),
                mediationReport(m -> m.mediators(Count.of(44)).fullTimeMediators(Count.of(45))))
            .at("/statistics/mediation/fullTimeMediators").count("fullTimeMediators", 45)
            .count("mediators", 44).discrepancy("45", "44", "1", "0").section(S1)
            .messages("专职人民调解员数(45)不得大于人民调解员数(44)",
                "Mediation: full-time mediators (45) cannot exceed mediators (44)."));
    cases.add(
        RuleCase.of(Rule.DECISION_CATALOG_STATUS_COUNTS_EXCEED_DECLARED, catalog(1), catalog(2))
            .at("/decisions/catalog/statusCounts").count("declared", 4)
            .discrepancy("5", "4", "1", "0").section(S1)
            .messages("重大行政决策事项按状态统计之和(5)超过目录事项数(4)",
                "The decision catalog's items by status add up to 5, more than the 4 it"
                    + " declares."));
    cases.add(
        RuleCase.of(Rule.LEGAL_ADVISERS_LAWYERS_EXCEED_ADVISERS, advisers(21), advisers(22))
            .at("/decisions/legalAdvisers/lawyers").count("lawyers", 22).count("advisers", 21)
            .discrepancy("22", "21", "1", "0").section(S1)
            .messages("法律顾问中律师人数(22)不得大于法律顾问人数(21)",
                "Legal advisers: lawyers (22) cannot exceed advisers (21)."));
  }

  // ---------------------------------------------------------------- facts

  private static final Concept RECEIVED = Concept.of("reconsideration.received");

  /** 收到申请42件 in the block, and an indicator in the overview restating it. */
  private static Report restated(String restatement) {
    return reconsiderationReport(r -> r.received(Count.of(42)))
        .withIndicators(Indicator.builder().label("收到行政复议申请")
            .quantity(org.fazhi.report.figure.Quantity.parse(restatement)).concept(RECEIVED)
            .section(S1).build());
  }

  /** 收到申请41件, 2023年33件, and the change the report states. */
  private static Report changed(String change) {
    return reconsiderationReport(r -> r.received(Count.of(41)))
        .withSeries(Series.builder().label("收到行政复议申请").concept(RECEIVED)
            .addPoint(SeriesPoint.of(2023, "33件")).section(S1).build())
        .withChanges(StatedChange.builder().concept(RECEIVED).change(Change.parse(change))
            .section(S1).build());
  }

  /** An indicator 办结审批服务事项22000件 with its change, and a series of the same label. */
  private static Report indicatorChanged(String change) {
    return MINIMAL_VALID
        .withIndicators(Indicator.builder().label("办结审批服务事项")
            .quantity(org.fazhi.report.figure.Quantity.parse("22000件"))
            .change(Change.parse(change)).section(S1).build())
        .withSeries(Series.builder().label("办结审批服务事项")
            .addPoint(SeriesPoint.of(2023, "20000件")).section(S1).build());
  }

  private static void facts(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.REPORT_FACT_STATED_TWICE_DISAGREES, restated("42件"), restated("40件"))
            .at("/indicators/0/quantity").text("concept", "reconsideration.received")
            .text("first", R + "received").text("firstValue", "42").text("value", "40件")
            .section(S1)
            .messages("行政复议收到申请数前后两处表述不一致：" + R + "received处为42，此处为40件",
                "Stated twice and disagreeing (reconsideration: applications received): 42 at "
                    + R + "received, 40件 here."));
    cases.add(
        RuleCase.of(Rule.CHANGE_DISAGREES_WITH_VALUES, changed("同比增长24.2%"),
                changed("同比增长25.2%"))
            .at("/changes/0/change").text("change", "同比增长25.2%").text("current", "41")
            .text("base", "33件").text("basePeriod", "2023年").text("computed", "24.2424%")
            .section(S1)
            .messages("所述变化(同比增长25.2%)与数据不符：本期41，2023年为33件，实际变化为24.2424%",
                "The stated change (同比增长25.2%) disagrees with the figures: 41 now, 33件 in"
                    + " 2023年, a change of 24.2424%."));
    cases.add(
        RuleCase.of(Rule.CHANGE_DISAGREES_WITH_VALUES, indicatorChanged("较上年增长10%"),
                indicatorChanged("较上年增长12%"))
            .variant("an indicator's change, its base year from a series of the same label")
            .at("/indicators/0/change").text("change", "较上年增长12%").text("current", "22000件")
            .text("base", "20000件").text("basePeriod", "2023年").text("computed", "10%")
            .section(S1)
            .messages("所述变化(较上年增长12%)与数据不符：本期22000件，2023年为20000件，实际变化为10%",
                "The stated change (较上年增长12%) disagrees with the figures: 22000件 now, 20000件"
                    + " in 2023年, a change of 10%."));
  }
  // spotless:on
}
