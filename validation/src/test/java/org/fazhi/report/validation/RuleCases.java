package org.fazhi.report.validation;

import static org.fazhi.report.validation.Fixtures.METADATA;
import static org.fazhi.report.validation.Fixtures.MINIMAL_VALID;
import static org.fazhi.report.validation.Fixtures.OUTLINE;
import static org.fazhi.report.validation.Fixtures.S1;
import static org.fazhi.report.validation.Fixtures.S3;
import static org.fazhi.report.validation.Fixtures.S5;
import static org.fazhi.report.validation.Fixtures.legalAidReport;
import static org.fazhi.report.validation.Fixtures.litigationReport;
import static org.fazhi.report.validation.Fixtures.mediationReport;
import static org.fazhi.report.validation.Fixtures.reconsiderationReport;
import static org.fazhi.report.validation.Fixtures.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.Report;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.accountability.RectificationItem;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.accountability.StudyAndTraining;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionItem;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.DecisionProcedure;
import org.fazhi.report.decision.DecisionStatus;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.decision.ProcedureStatus;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.GeoPoint;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.outline.StatutoryPart;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;

/** The case of every rule: a passing boundary, a failing case just past it, the exact finding. */
final class RuleCases {
  // spotless:off  A table, one entry a line: aligned rows read better than the formatter's.
  private RuleCases() {}

  static final String COMMA = "\uFF0C";
  static final String COLON = "\uFF1A";

  static List<RuleCase> all() {
    List<RuleCase> cases = new ArrayList<>();
    metadata(cases);
    division(cases);
    outline(cases);
    report(cases);
    rates(cases);
    reconsideration(cases);
    litigation(cases);
    judgmentPerformance(cases);
    legalAid(cases);
    mediation(cases);
    publicLegalServices(cases);
    decisions(cases);
    enforcement(cases);
    accountability(cases);
    emergencies(cases);
    RealReportRuleCases.addTo(cases);
    return cases;
  }

  // ---------------------------------------------------------------- metadata

  private static Report documentDate(String date) {
    return with(METADATA.withDocumentDate(LocalDate.parse(date)));
  }

  private static Report publicationDate(String date) {
    return with(METADATA.withPublicationDate(LocalDate.parse(date)));
  }

  private static Report period(String start, String end) {
    return with(METADATA.withPeriod(ReportingPeriod.of(LocalDate.parse(start), LocalDate.parse(end))));
  }

  private static void metadata(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.METADATA_DOCUMENT_DATE_MISSING, MINIMAL_VALID,
                with(METADATA.withDocumentDate(Optional.empty())))
            .at("/metadata/documentDate")
            .messages("报告未注明成文日期", "The report gives no document date."));
    cases.add(
        RuleCase.of(Rule.METADATA_ISSUERS_MISSING, MINIMAL_VALID, with(METADATA.withIssuers(List.of())))
            .at("/metadata/issuers")
            .messages("报告未注明发文机关", "The report names no issuer."));
    cases.add(
        RuleCase.of(Rule.METADATA_DOCUMENT_DATE_BEFORE_PERIOD_START, documentDate("2024-01-01"),
                documentDate("2023-12-31"))
            .at("/metadata/documentDate")
            .date("documentDate", "2023-12-31")
            .date("periodStart", "2024-01-01")
            .messages(
                "成文日期(2023-12-31)早于报告期开始日期(2024-01-01)",
                "The document date (2023-12-31) is before the reporting period starts (2024-01-01)."));
    cases.add(
        RuleCase.of(Rule.METADATA_DOCUMENT_DATE_BEFORE_PERIOD_END, documentDate("2024-12-31"),
                documentDate("2024-12-30"))
            .at("/metadata/documentDate")
            .date("documentDate", "2024-12-30")
            .date("periodEnd", "2024-12-31")
            .messages(
                "成文日期(2024-12-30)早于报告期截止日期(2024-12-31)" + COMMA + "报告数据不能涵盖整个报告期",
                "The document date (2024-12-30) is before the reporting period ends (2024-12-31):"
                    + " its figures cannot cover the whole period."));
    cases.add(
        RuleCase.of(Rule.METADATA_PUBLICATION_BEFORE_DOCUMENT_DATE, publicationDate("2025-01-20"),
                publicationDate("2025-01-19"))
            .at("/metadata/publicationDate")
            .date("publicationDate", "2025-01-19")
            .date("documentDate", "2025-01-20")
            .messages(
                "公开日期(2025-01-19)早于成文日期(2025-01-20)",
                "The report was published (2025-01-19) before the date it bears (2025-01-20)."));
    cases.add(
        RuleCase.of(Rule.METADATA_PUBLICATION_AFTER_DEADLINE, publicationDate("2025-04-01"),
                publicationDate("2025-04-02"))
            .at("/metadata/publicationDate")
            .date("publicationDate", "2025-04-02")
            .date("deadline", "2025-04-01")
            .messages(
                "公开日期(2025-04-02)晚于规定的公开期限(2025-04-01)",
                "The report was published (2025-04-02) after the deadline (2025-04-01)."));
    cases.add(
        RuleCase.of(Rule.METADATA_PERIOD_OUTSIDE_REPORTING_YEAR, period("2023-06-01", "2024-01-01"),
                period("2023-06-01", "2023-12-31"))
            .at("/metadata/period")
            .date("periodStart", "2023-06-01")
            .date("periodEnd", "2023-12-31")
            .text("reportingYear", "2024")
            .messages(
                "报告期(2023-06-01至2023-12-31)不在报告年度(2024年)内",
                "The reporting period (2023-06-01 to 2023-12-31) lies outside the reporting year"
                    + " 2024."));
    cases.add(
        RuleCase.of(Rule.METADATA_PERIOD_BEYOND_REPORTING_YEAR, MINIMAL_VALID,
                period("2024-01-01", "2025-01-01"))
            .at("/metadata/period")
            .date("periodStart", "2024-01-01")
            .date("periodEnd", "2025-01-01")
            .text("reportingYear", "2024")
            .messages(
                "报告期(2024-01-01至2025-01-01)超出报告年度(2024年)",
                "The reporting period (2024-01-01 to 2025-01-01) reaches beyond the reporting year"
                    + " 2024."));
    cases.add(
        RuleCase.of(Rule.METADATA_PERIOD_PARTIAL_YEAR, MINIMAL_VALID, period("2024-01-01", "2024-12-30"))
            .at("/metadata/period")
            .date("periodStart", "2024-01-01")
            .date("periodEnd", "2024-12-30")
            .text("reportingYear", "2024")
            .messages(
                "报告期(2024-01-01至2024-12-30)仅涵盖2024年的一部分",
                "The reporting period (2024-01-01 to 2024-12-30) covers only part of 2024."));
  }

  // ---------------------------------------------------------------- division

  private static Report division(String name, DivisionLevel level, String code) {
    AdministrativeDivision.Builder division = AdministrativeDivision.builder().name(name).level(level);
    if (code != null) {
      division.code(DivisionCode.parse(code));
    }
    return with(METADATA.withDivision(division.build()));
  }

  private static void division(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.DIVISION_CODE_FORMAT, division("阳高县", DivisionLevel.COUNTY, "140221"),
                division("阳高县", DivisionLevel.COUNTY, "140021"))
            .at("/metadata/division/code")
            .text("code", "140021")
            .messages("行政区划代码140021不符合GB/T 2260编码规则",
                "The division code 140021 does not follow GB/T 2260."));
    cases.add(
        RuleCase.of(Rule.DIVISION_CODE_FORMAT,
                division("东小村镇", DivisionLevel.TOWNSHIP, "140221101"),
                division("东小村镇", DivisionLevel.TOWNSHIP, "140221000"))
            .variant("a township's nine digits ending in 000")
            .at("/metadata/division/code")
            .text("code", "140221000")
            .messages("行政区划代码140221000不符合GB/T 2260编码规则",
                "The division code 140221000 does not follow GB/T 2260."));
    cases.add(
        RuleCase.of(Rule.DIVISION_CODE_PROVINCE_UNKNOWN,
                division("阳高县", DivisionLevel.COUNTY, "820221"),
                division("阳高县", DivisionLevel.COUNTY, "830221"))
            .at("/metadata/division/code")
            .text("code", "830221")
            .text("province", "83")
            .messages("行政区划代码830221的省级代码83不存在",
                "The division code 830221 starts with 83, which is no province-level code."));
    cases.add(
        RuleCase.of(Rule.DIVISION_CODE_LEVEL_MISMATCH, MINIMAL_VALID,
                division("阳高县", DivisionLevel.COUNTY, "140200"))
            .at("/metadata/division/code")
            .text("code", "140200")
            .term("codeLevel", DivisionLevel.PREFECTURE)
            .term("level", DivisionLevel.COUNTY)
            .messages("行政区划代码140200为地级代码" + COMMA + "与所填级别(县级)不符",
                "The division code 140200 is a prefecture-level code but the division is declared"
                    + " county-level."));
    cases.add(
        RuleCase.of(Rule.DIVISION_NAME_LEVEL_MISMATCH, division("阳高县", DivisionLevel.COUNTY, null),
                division("阳高县", DivisionLevel.PREFECTURE, null))
            .at("/metadata/division/level")
            .text("name", "阳高县")
            .term("nameLevel", DivisionLevel.COUNTY)
            .term("level", DivisionLevel.PREFECTURE)
            .messages("行政区划名称阳高县表明其为县级" + COMMA + "与所填级别(地级)不符",
                "The division name 阳高县 suggests a county-level division but it is declared"
                    + " prefecture-level."));
    cases.add(
        RuleCase.of(Rule.DIVISION_NAME_LEVEL_MISMATCH, division("县", DivisionLevel.PREFECTURE, null),
                division("高县", DivisionLevel.PREFECTURE, null))
            .variant("a name that is only its ending names no level")
            .at("/metadata/division/level")
            .text("name", "高县")
            .term("nameLevel", DivisionLevel.COUNTY)
            .term("level", DivisionLevel.PREFECTURE)
            .messages("行政区划名称高县表明其为县级" + COMMA + "与所填级别(地级)不符",
                "The division name 高县 suggests a county-level division but it is declared"
                    + " prefecture-level."));
  }

  // ---------------------------------------------------------------- outline

  private static Report outline(UnaryOperator<List<Section>> change) {
    List<Section> sections = change.apply(new ArrayList<>(OUTLINE.getSections()));
    return MINIMAL_VALID.withOutline(OUTLINE.withSections(sections));
  }

  private static void outline(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.OUTLINE_STATUTORY_PART_MISSING, MINIMAL_VALID,
                outline(s -> {
                  s.set(1, s.get(1).withPart(Optional.empty()));
                  return s;
                }))
            .at("/outline/sections")
            .term("part", StatutoryPart.SHORTCOMINGS)
            .messages("报告未包含(或未标明)法定内容" + COLON + "存在的不足和原因",
                "No section is mapped to the statutory part \"shortcomings and their causes\""
                    + " (存在的不足和原因)."));
    cases.add(
        RuleCase.of(Rule.OUTLINE_NUMBERING_NOT_CONTIGUOUS, MINIMAL_VALID,
                outline(s -> {
                  for (int i = 2; i < 5; i++) {
                    s.set(i, s.get(i).withNumbering(Numbering.of(NumberingStyle.CHINESE, i + 2)));
                  }
                  return s;
                }))
            .at("/outline/sections/2/numbering")
            .text("label", "四、")
            .text("expected", "三、")
            .section(S3)
            .messages("标题序号四、不连续" + COMMA + "此处应为三、",
                "The label 四、 breaks the numbering; 三、 was expected here."));
  }

  // ---------------------------------------------------------------- whole report

  private static Report earthquakeAt(String when) {
    return MINIMAL_VALID.withEmergencies(
        Emergency.builder().kind(EmergencyKind.EARTHQUAKE).occurredAt(OffsetDateTime.parse(when))
            .build());
  }

  private static Report trainingOn(String date) {
    return with(AdministrativeEnforcement.builder()
        .addTraining(TrainingActivity.builder().title("行政执法人员公共法律知识培训")
            .addDate(LocalDate.parse(date)).build())
        .build());
  }

  /** Two study activities: one undated, one on 2024-06-27 and on {@code date}, in 一、. */
  private static Report studyOn(String date) {
    return with(Accountability.builder()
        .study(StudyAndTraining.builder()
            .addActivities(TrainingActivity.builder().title("专题学法").build(),
                TrainingActivity.builder().title("专题培训").section(S1)
                    .addDates(LocalDate.parse("2024-06-27"), LocalDate.parse(date)).build())
            .build())
        .build());
  }

  private static void report(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.REPORT_SECTION_REFERENCE_MISSING,
                with(CaseStatistics.builder()
                    .reconsideration(Reconsideration.builder().section(S5).build()).build()),
                with(CaseStatistics.builder()
                    .reconsideration(Reconsideration.builder().section(SectionId.of(6)).build())
                    .build()))
            .at("/statistics/reconsideration/section")
            .text("section", "s6")
            .messages("所指向的章节s6在报告正文中不存在",
                "The section s6 this fact names does not exist in the outline."));
    cases.add(
        RuleCase.of(Rule.REPORT_INDICATOR_DUPLICATE,
                MINIMAL_VALID.withIndicators(
                    Indicator.of("划转事项", "237项"), Indicator.of("划转事项", "238项")),
                MINIMAL_VALID.withIndicators(
                    Indicator.of("划转事项", "237项"), Indicator.of("划转事项", "237项")))
            .at("/indicators/1")
            .text("label", "划转事项")
            .text("quantity", "237项")
            .text("first", "/indicators/0")
            .messages("指标\"划转事项\"(237项)与/indicators/0重复",
                "The indicator \"划转事项\" (237项) repeats /indicators/0."));
    cases.add(
        RuleCase.of(Rule.REPORT_EMERGENCY_AFTER_DOCUMENT_DATE, earthquakeAt("2025-01-20T23:59+08:00"),
                earthquakeAt("2025-01-21T00:00+08:00"))
            .at("/emergencies/0/occurredAt")
            .date("occurredOn", "2025-01-21")
            .date("documentDate", "2025-01-20")
            .messages("突发事件发生日期(2025-01-21)晚于成文日期(2025-01-20)",
                "The emergency occurred (2025-01-21) after the document date (2025-01-20)."));
    cases.add(
        RuleCase.of(Rule.REPORT_EMERGENCY_OUTSIDE_PERIOD, earthquakeAt("2024-01-01T00:00+08:00"),
                earthquakeAt("2023-12-31T23:59+08:00"))
            .at("/emergencies/0/occurredAt")
            .date("occurredOn", "2023-12-31")
            .date("periodStart", "2024-01-01")
            .date("periodEnd", "2024-12-31")
            .messages("突发事件发生日期(2023-12-31)不在报告期(2024-01-01至2024-12-31)内",
                "The emergency occurred (2023-12-31) outside the reporting period (2024-01-01 to"
                    + " 2024-12-31)."));
    cases.add(
        RuleCase.of(Rule.REPORT_TRAINING_AFTER_DOCUMENT_DATE, trainingOn("2025-01-20"),
                trainingOn("2025-01-21"))
            .at("/enforcement/training/0/dates/0")
            .date("date", "2025-01-21")
            .date("documentDate", "2025-01-20")
            .messages("培训学习日期(2025-01-21)晚于成文日期(2025-01-20)",
                "The training is dated 2025-01-21, after the document date (2025-01-20)."));
    cases.add(
        RuleCase.of(Rule.REPORT_TRAINING_AFTER_DOCUMENT_DATE, studyOn("2025-01-20"),
                studyOn("2025-01-21"))
            .variant("the second date of a study activity")
            .at("/accountability/study/activities/1/dates/1")
            .date("date", "2025-01-21")
            .date("documentDate", "2025-01-20")
            .section(S1)
            .messages("培训学习日期(2025-01-21)晚于成文日期(2025-01-20)",
                "The training is dated 2025-01-21, after the document date (2025-01-20)."));
  }

  // ---------------------------------------------------------------- rates

  private static Report appearanceRate(String percent) {
    return with(CaseStatistics.builder()
        .litigation(Litigation.builder().headAppearanceRate(Rate.of(percent)).section(S1).build())
        .build());
  }

  private static Report reviewRate(String percent) {
    return with(DecisionMaking.builder()
        .legalityReview(LegalityReview.builder()
            .reviewRate(Rate.builder().percent(new BigDecimal(percent))
                .numerator(Count.of(2369)).denominator(Count.of(2474)).build())
            .section(S1)
            .build())
        .build());
  }

  private static Report cutRate(String percent) {
    return with(AdministrativeEnforcement.builder()
        .delegatedPowers(DelegatedPowers.builder().granted(Count.of(55)).cut(Count.of(32))
            .kept(Count.of(23)).cutRate(Rate.of(percent)).section(S1).build())
        .build());
  }

  private static void rates(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.RATE_SHARE_EXCEEDS_100, appearanceRate("100"), appearanceRate("100.1"))
            .at("/statistics/litigation/headAppearanceRate")
            .decimal("rate", "100.1")
            .section(S1)
            .messages("行政机关负责人出庭应诉率(100.1%)不应超过100%",
                "The head-of-agency appearance rate (100.1%) cannot exceed 100%."));
    cases.add(
        RuleCase.of(Rule.RATE_DISAGREES_WITH_STATED_COUNTS, reviewRate("95.75"), reviewRate("95.87"))
            .at("/decisions/legalityReview/reviewRate/percent")
            .count("numerator", 2369)
            .count("denominator", 2474)
            .discrepancy("95.87", "95.7559", "0.1141", "0.01")
            .section(S1)
            .messages("比率(95.87%)与其所列分子分母之比(2369/2474=95.7559%)不符",
                "The rate 95.87% disagrees with its own counts: 2369/2474 = 95.7559%."));
    cases.add(
        RuleCase.of(Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS, cutRate("58"), cutRate("59"))
            .at("/enforcement/delegatedPowers/cutRate")
            .count("numerator", 32)
            .count("denominator", 55)
            .discrepancy("59", "58.18", "0.82", "1")
            .section(S1)
            .messages("乡镇赋权事项压减率(59%)与相关数据之比(32/55=58.18%)不符",
                "The delegated powers cut rate (59%) disagrees with the counts: 32/55 = 58.18%."));
  }

  // ---------------------------------------------------------------- case blocks

  private static void reconsideration(List<RuleCase> cases) {
    String at = "/statistics/reconsideration/";
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED,
                reconsiderationReport(r -> r.received(Count.of(31)).accepted(Count.of(31))),
                reconsiderationReport(r -> r.received(Count.of(31)).accepted(Count.of(32))))
            .at(at + "accepted").count("accepted", 32).count("received", 31)
            .discrepancy("32", "31", "1", "0").section(S1)
            .messages("行政复议受理数(32)不得大于收到申请数(31)",
                "Reconsideration: accepted (32) cannot exceed received (31)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_ACCEPTED_AND_REFUSED_EXCEED_RECEIVED,
                reconsiderationReport(r -> r.received(Count.of(35)).accepted(Count.of(31))
                    .notAccepted(Count.of(4))),
                reconsiderationReport(r -> r.received(Count.of(35)).accepted(Count.of(31))
                    .notAccepted(Count.of(5))))
            .at(at + "received").count("accepted", 31).count("notAccepted", 5).count("received", 35)
            .discrepancy("36", "35", "1", "0").section(S1)
            .messages("行政复议受理数(31)与不予受理数(5)之和不得大于收到申请数(35)",
                "Reconsideration: accepted (31) plus not accepted (5) cannot exceed received (35)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER,
                reconsiderationReport(r -> r.accepted(Count.of(31)).closed(Count.of(31))),
                reconsiderationReport(r -> r.accepted(Count.of(31)).closed(Count.of(32))))
            .at(at + "closed").count("closed", 32).count("accepted", 31).count("carriedOver", 0)
            .discrepancy("32", "31", "1", "0").section(S1)
            .messages("行政复议结案数(32)不得大于受理数(31)与上年结转数(0)之和",
                "Reconsideration: closed (32) cannot exceed accepted (31) plus carried over (0)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER,
                reconsiderationReport(r -> r.accepted(Count.of(31)).carriedOver(Count.of(2))
                    .closed(Count.of(33))),
                reconsiderationReport(r -> r.accepted(Count.of(31)).carriedOver(Count.of(2))
                    .closed(Count.of(34))))
            .variant("carried over stated")
            .at(at + "closed").count("closed", 34).count("accepted", 31).count("carriedOver", 2)
            .discrepancy("34", "33", "1", "0").section(S1)
            .messages("行政复议结案数(34)不得大于受理数(31)与上年结转数(2)之和",
                "Reconsideration: closed (34) cannot exceed accepted (31) plus carried over (2)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER,
                reconsiderationReport(r -> r.accepted(Count.parse("近30")).closed(Count.of(30))),
                reconsiderationReport(r -> r.accepted(Count.parse("近30")).closed(Count.of(31))))
            .variant("accepted nearly 30, an upper bound")
            .at(at + "closed").count("closed", 31)
            .value("accepted", new FindingValue.CountValue(Count.parse("近30")))
            .count("carriedOver", 0)
            .discrepancy("31", "30", "1", "0").section(S1)
            .messages("行政复议结案数(31)不得大于受理数(近30)与上年结转数(0)之和",
                "Reconsideration: closed (31) cannot exceed accepted (近30) plus carried over (0)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_PENDING_DIFFERS_FROM_OPEN_CASES,
                reconsiderationReport(r -> r.accepted(Count.of(31)).carriedOver(Count.of(2))
                    .closed(Count.of(29)).pending(Count.of(4))),
                reconsiderationReport(r -> r.accepted(Count.of(31)).carriedOver(Count.of(2))
                    .closed(Count.of(29)).pending(Count.of(5))))
            .at(at + "pending").count("pending", 5).count("accepted", 31).count("carriedOver", 2)
            .count("closed", 29).discrepancy("5", "4", "1", "0").section(S1)
            .messages("行政复议未结案件数(5)应等于受理数(31)加上年结转数(2)减结案数(29)",
                "Reconsideration: pending (5) should equal accepted (31) plus carried over (2) minus"
                    + " closed (29)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_OUTCOMES_EXCEED_CLOSED,
                reconsiderationReport(r -> r.closed(Count.of(29))
                    .putOutcome(ReconsiderationDecision.UPHELD, Count.of(20))
                    .putOutcome(ReconsiderationDecision.REVOKED, Count.of(9))),
                reconsiderationReport(r -> r.closed(Count.of(29))
                    .putOutcome(ReconsiderationDecision.UPHELD, Count.of(21))
                    .putOutcome(ReconsiderationDecision.REVOKED, Count.of(9))))
            .at(at + "outcomes").count("closed", 29).discrepancy("30", "29", "1", "0").section(S1)
            .messages("行政复议各类结果之和(30)超过结案数(29)",
                "Reconsideration: the outcomes add up to 30, more than closed (29)."));
    cases.add(
        RuleCase.of(Rule.RECONSIDERATION_OUTCOMES_BELOW_CLOSED,
                reconsiderationReport(r -> r.closed(Count.of(29)).outcomesComplete(true)
                    .putOutcome(ReconsiderationDecision.UPHELD, Count.of(20))
                    .putOutcome(ReconsiderationDecision.REVOKED, Count.of(9))),
                reconsiderationReport(r -> r.closed(Count.of(29)).outcomesComplete(true)
                    .putOutcome(ReconsiderationDecision.UPHELD, Count.of(19))
                    .putOutcome(ReconsiderationDecision.REVOKED, Count.of(9))))
            .at(at + "outcomes").count("closed", 29).discrepancy("28", "29", "-1", "0").section(S1)
            .messages("行政复议结果分类之和(28)少于结案数(29)" + COMMA + "但报告称已列全",
                "Reconsideration: the outcomes, said to be complete, add up to 28, fewer than closed"
                    + " (29)."));
  }

  private static void litigation(List<RuleCase> cases) {
    String at = "/statistics/litigation/";
    cases.add(
        RuleCase.of(Rule.LITIGATION_CONCLUDED_EXCEEDS_CASES_AND_CARRIED_OVER,
                litigationReport(l -> l.cases(Count.of(5)).concluded(Count.of(5))),
                litigationReport(l -> l.cases(Count.of(5)).concluded(Count.of(6))))
            .at(at + "concluded").count("concluded", 6).count("cases", 5).count("carriedOver", 0)
            .discrepancy("6", "5", "1", "0").section(S1)
            .messages("行政诉讼审结数(6)不得大于案件数(5)与上年结转数(0)之和",
                "Litigation: concluded (6) cannot exceed cases (5) plus carried over (0)."));
    cases.add(
        RuleCase.of(Rule.LITIGATION_CONCLUDED_EXCEEDS_CASES_AND_CARRIED_OVER,
                litigationReport(l -> l.cases(Count.of(5)).carriedOver(Count.of(1)).concluded(Count.of(6))),
                litigationReport(l -> l.cases(Count.of(5)).carriedOver(Count.of(1)).concluded(Count.of(7))))
            .variant("carried over stated")
            .at(at + "concluded").count("concluded", 7).count("cases", 5).count("carriedOver", 1)
            .discrepancy("7", "6", "1", "0").section(S1)
            .messages("行政诉讼审结数(7)不得大于案件数(5)与上年结转数(1)之和",
                "Litigation: concluded (7) cannot exceed cases (5) plus carried over (1)."));
    cases.add(
        RuleCase.of(Rule.LITIGATION_RESULTS_EXCEED_CONCLUDED,
                litigationReport(l -> l.concluded(Count.of(5)).won(Count.of(3)).lost(Count.of(1))
                    .withdrawn(Count.of(1))),
                litigationReport(l -> l.concluded(Count.of(5)).won(Count.of(3)).lost(Count.of(1))
                    .withdrawn(Count.of(2))))
            .at(at + "concluded").count("won", 3).count("lost", 1).count("withdrawn", 2)
            .count("concluded", 5).discrepancy("6", "5", "1", "0").section(S1)
            .messages("行政诉讼胜诉(3)、败诉(1)、撤诉(2)之和超过审结数(5)",
                "Litigation: won (3), lost (1) and withdrawn (2) add up to more than concluded (5)."));
    cases.add(
        RuleCase.of(Rule.LITIGATION_JUDGMENTS_EXCEED_CONCLUDED,
                litigationReport(l -> l.concluded(Count.of(4))
                    .putJudgment(JudgmentType.CLAIM_REJECTED, Count.of(2))
                    .putJudgment(JudgmentType.REVOKED, Count.of(2))),
                litigationReport(l -> l.concluded(Count.of(4))
                    .putJudgment(JudgmentType.CLAIM_REJECTED, Count.of(2))
                    .putJudgment(JudgmentType.REVOKED, Count.of(3))))
            .at(at + "judgments").count("concluded", 4).discrepancy("5", "4", "1", "0").section(S1)
            .messages("行政诉讼各类裁判之和(5)超过审结数(4)",
                "Litigation: the judgments add up to 5, more than concluded (4)."));
    cases.add(
        RuleCase.of(Rule.LITIGATION_JUDGMENTS_BELOW_CONCLUDED,
                litigationReport(l -> l.concluded(Count.of(4)).judgmentsComplete(true)
                    .putJudgment(JudgmentType.CLAIM_REJECTED, Count.of(2))
                    .putJudgment(JudgmentType.REVOKED, Count.of(2))),
                litigationReport(l -> l.concluded(Count.of(4)).judgmentsComplete(true)
                    .putJudgment(JudgmentType.CLAIM_REJECTED, Count.of(2))
                    .putJudgment(JudgmentType.REVOKED, Count.of(1))))
            .at(at + "judgments").count("concluded", 4).discrepancy("3", "4", "-1", "0").section(S1)
            .messages("行政诉讼裁判分类之和(3)少于审结数(4)" + COMMA + "但报告称已列全",
                "Litigation: the judgments, said to be complete, add up to 3, fewer than concluded"
                    + " (4)."));
    cases.add(
        RuleCase.of(Rule.LITIGATION_HEAD_APPEARANCES_EXCEED_HEARINGS,
                litigationReport(l -> l.hearings(Count.of(5)).headAppearances(Count.of(5))),
                litigationReport(l -> l.hearings(Count.of(5)).headAppearances(Count.of(6))))
            .at(at + "headAppearances").count("headAppearances", 6).count("hearings", 5)
            .discrepancy("6", "5", "1", "0").section(S1)
            .messages("行政机关负责人出庭次数(6)不得大于应出庭次数(5)",
                "Litigation: head-of-agency appearances (6) cannot exceed hearings (5)."));
    cases.add(
        RuleCase.of(Rule.LITIGATION_LOST_BELOW_ADVERSE_JUDGMENTS,
                litigationReport(l -> l.lost(Count.of(2)).putJudgment(JudgmentType.REVOKED, Count.of(2))),
                litigationReport(l -> l.lost(Count.of(2)).putJudgment(JudgmentType.REVOKED, Count.of(3))))
            .at(at + "lost").count("lost", 2).discrepancy("3", "2", "1", "0").section(S1)
            .messages("行政诉讼败诉数(2)少于不利于行政机关的裁判数(3)",
                "Litigation: lost (2) is fewer than the judgments against the agency (3)."));
  }

  private static Report judgments(UnaryOperator<JudgmentPerformance.Builder> figures) {
    return with(CaseStatistics.builder()
        .judgmentPerformance(figures.apply(JudgmentPerformance.builder().section(S5)).build())
        .build());
  }

  private static void judgmentPerformance(List<RuleCase> cases) {
    String at = "/statistics/judgmentPerformance/";
    cases.add(
        RuleCase.of(Rule.JUDGMENT_PERFORMANCE_CONCLUDED_EXCEEDS_CASES,
                judgments(p -> p.cases(Count.of(5)).concluded(Count.of(5))),
                judgments(p -> p.cases(Count.of(5)).concluded(Count.of(6))))
            .at(at + "concluded").count("concluded", 6).count("cases", 5)
            .discrepancy("6", "5", "1", "0").section(S5)
            .messages("履行生效裁判案件审理终结数(6)不得大于应诉案件数(5)",
                "Court judgments: concluded (6) cannot exceed cases (5)."));
    cases.add(
        RuleCase.of(Rule.JUDGMENT_PERFORMANCE_JUDGMENTS_EXCEED_CONCLUDED,
                judgments(p -> p.concluded(Count.of(4)).putJudgment(JudgmentType.UPHELD, Count.of(2))
                    .putJudgment(JudgmentType.REVOKED, Count.of(2))),
                judgments(p -> p.concluded(Count.of(4)).putJudgment(JudgmentType.UPHELD, Count.of(2))
                    .putJudgment(JudgmentType.REVOKED, Count.of(3))))
            .at(at + "judgments").count("concluded", 4).discrepancy("5", "4", "1", "0").section(S5)
            .messages("履行生效裁判案件各类裁判之和(5)超过审理终结数(4)",
                "Court judgments: the judgments add up to 5, more than concluded (4)."));
    cases.add(
        RuleCase.of(Rule.JUDGMENT_PERFORMANCE_JUDGMENTS_BELOW_CONCLUDED,
                judgments(p -> p.concluded(Count.of(4)).judgmentsComplete(true)
                    .putJudgment(JudgmentType.UPHELD, Count.of(2))
                    .putJudgment(JudgmentType.REVOKED, Count.of(2))),
                judgments(p -> p.concluded(Count.of(4)).judgmentsComplete(true)
                    .putJudgment(JudgmentType.UPHELD, Count.of(2))
                    .putJudgment(JudgmentType.REVOKED, Count.of(1))))
            .at(at + "judgments").count("concluded", 4).discrepancy("3", "4", "-1", "0").section(S5)
            .messages("履行生效裁判案件裁判分类之和(3)少于审理终结数(4)" + COMMA + "但报告称已列全",
                "Court judgments: the judgments, said to be complete, add up to 3, fewer than"
                    + " concluded (4)."));
    cases.add(
        RuleCase.of(Rule.JUDGMENT_PERFORMANCE_PERFORMED_EXCEEDS_CONCLUDED,
                judgments(p -> p.concluded(Count.of(4)).performed(Count.of(4))),
                judgments(p -> p.concluded(Count.of(4)).performed(Count.of(5))))
            .at(at + "performed").count("performed", 5).count("concluded", 4)
            .discrepancy("5", "4", "1", "0").section(S5)
            .messages("已履行生效裁判数(5)不得大于审理终结数(4)",
                "Court judgments: performed (5) cannot exceed concluded (4)."));
  }

  private static void legalAid(List<RuleCase> cases) {
    String at = "/statistics/legalAid/";
    cases.add(
        RuleCase.of(Rule.LEGAL_AID_ACCEPTED_EXCEEDS_APPLICATIONS,
                legalAidReport(a -> a.applications(Count.of(95)).accepted(Count.of(95))),
                legalAidReport(a -> a.applications(Count.of(95)).accepted(Count.of(96))))
            .at(at + "accepted").count("accepted", 96).count("applications", 95)
            .discrepancy("96", "95", "1", "0").section(S1)
            .messages("法律援助受理数(96)不得大于申请数(95)",
                "Legal aid: accepted (96) cannot exceed applications (95)."));
    cases.add(
        RuleCase.of(Rule.LEGAL_AID_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER,
                legalAidReport(a -> a.accepted(Count.of(95)).closed(Count.of(95))),
                legalAidReport(a -> a.accepted(Count.of(95)).closed(Count.of(96))))
            .at(at + "closed").count("closed", 96).count("accepted", 95).count("carriedOver", 0)
            .discrepancy("96", "95", "1", "0").section(S1)
            .messages("法律援助办结数(96)不得大于受理数(95)与上年结转数(0)之和",
                "Legal aid: closed (96) cannot exceed accepted (95) plus carried over (0)."));
    cases.add(
        RuleCase.of(Rule.LEGAL_AID_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER,
                legalAidReport(a -> a.accepted(Count.of(95)).carriedOver(Count.of(3)).closed(Count.of(98))),
                legalAidReport(a -> a.accepted(Count.of(95)).carriedOver(Count.of(3)).closed(Count.of(99))))
            .variant("carried over stated")
            .at(at + "closed").count("closed", 99).count("accepted", 95).count("carriedOver", 3)
            .discrepancy("99", "98", "1", "0").section(S1)
            .messages("法律援助办结数(99)不得大于受理数(95)与上年结转数(3)之和",
                "Legal aid: closed (99) cannot exceed accepted (95) plus carried over (3)."));
  }

  private static void mediation(List<RuleCase> cases) {
    String at = "/statistics/mediation/";
    cases.add(
        RuleCase.of(Rule.MEDIATION_SETTLED_EXCEEDS_MEDIATED,
                mediationReport(m -> m.mediated(Count.of(700)).settled(Count.of(700))),
                mediationReport(m -> m.mediated(Count.of(700)).settled(Count.of(701))))
            .at(at + "settled").count("settled", 701).count("mediated", 700)
            .discrepancy("701", "700", "1", "0").section(S1)
            .messages("人民调解成功数(701)不得大于调解数(700)",
                "Mediation: settled (701) cannot exceed mediated (700)."));
    cases.add(
        RuleCase.of(Rule.MEDIATION_MEDIATED_EXCEEDS_DISPUTES,
                mediationReport(m -> m.disputes(Count.of(700)).mediated(Count.of(700))),
                mediationReport(m -> m.disputes(Count.of(700)).mediated(Count.of(701))))
            .at(at + "mediated").count("mediated", 701).count("disputes", 700)
            .discrepancy("701", "700", "1", "0").section(S1)
            .messages("人民调解数(701)大于排查受理的矛盾纠纷数(700)",
                "Mediation: mediated (701) exceeds the disputes found or received (700)."));
  }

  private static void publicLegalServices(List<RuleCase> cases) {
    PublicLegalServices withTarget =
        PublicLegalServices.builder().services(Count.of(2522)).target(Count.of(2200))
            .completionRate(Rate.of("114.63")).section(S1).build();
    cases.add(
        RuleCase.of(Rule.PUBLIC_LEGAL_SERVICES_TARGET_IMPLIED,
                with(CaseStatistics.builder().publicLegalServices(withTarget).build()),
                with(CaseStatistics.builder()
                    .publicLegalServices(withTarget.withTarget(Optional.empty())).build()))
            .at("/statistics/publicLegalServices/target")
            .count("services", 2522)
            .decimal("completionRate", "114.63")
            .decimal("impliedTarget", "2200")
            .section(S1)
            .messages("按公共法律服务量2522件、完成率114.63%推算" + COMMA + "年度任务约为2200件",
                "Public legal services: 2522 services at 114.63% of the target imply an annual"
                    + " target of about 2200."));
  }

  // ---------------------------------------------------------------- decisions

  private static Report catalog(int declared, int items) {
    DecisionCatalog.Builder catalog =
        DecisionCatalog.builder().declared(Count.of(declared)).section(S1);
    for (int i = 1; i <= items; i++) {
      catalog.addItem(DecisionItem.builder().title("决策事项" + i).build());
    }
    return with(DecisionMaking.builder().catalog(catalog.build()).build());
  }

  private static Report decidedItem(ProcedureStatus review) {
    return with(DecisionMaking.builder()
        .catalog(DecisionCatalog.builder().section(S1)
            .addItem(DecisionItem.builder().title("阳高县国土空间总体规划")
                .status(DecisionStatus.DECIDED)
                .putProcedure(DecisionProcedure.LEGALITY_REVIEW, review).build())
            .build())
        .build());
  }

  private static Report commentPeriod(long days) {
    return with(DecisionMaking.builder()
        .catalog(DecisionCatalog.builder().commentPeriodDays(Count.of(days)).section(S1).build())
        .build());
  }

  private static Report normative(UnaryOperator<NormativeDocuments.Builder> figures) {
    return with(DecisionMaking.builder()
        .normativeDocuments(figures.apply(NormativeDocuments.builder().section(S1)).build())
        .build());
  }

  private static void decisions(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.DECISION_CATALOG_ITEMS_EXCEED_DECLARED, catalog(2, 2), catalog(2, 3))
            .at("/decisions/catalog/items").count("listed", 3).count("declared", 2)
            .discrepancy("3", "2", "1", "0").section(S1)
            .messages("重大行政决策事项目录列出3项" + COMMA + "多于所称的2项",
                "The decision catalog lists 3 items, more than the 2 it declares."));
    cases.add(
        RuleCase.of(Rule.DECISION_CATALOG_ITEMS_BELOW_DECLARED, catalog(2, 2), catalog(2, 1))
            .at("/decisions/catalog/items").count("listed", 1).count("declared", 2)
            .discrepancy("2", "1", "1", "0").section(S1)
            .messages("重大行政决策事项目录仅列出1项" + COMMA + "少于所称的2项",
                "The decision catalog lists 1 items, fewer than the 2 it declares."));
    cases.add(
        RuleCase.of(Rule.DECISION_ITEM_DECIDED_WITHOUT_LEGALITY_REVIEW,
                decidedItem(ProcedureStatus.DONE), decidedItem(ProcedureStatus.NOT_DONE))
            .at("/decisions/catalog/items/0/procedures/LEGALITY_REVIEW")
            .text("title", "阳高县国土空间总体规划")
            .term("review", ProcedureStatus.NOT_DONE)
            .section(S1)
            .messages("重大行政决策事项\"阳高县国土空间总体规划\"已作出决策" + COMMA + "但合法性审查为\"未开展\"",
                "The decision \"阳高县国土空间总体规划\" was decided but its legality review is \"not"
                    + " done\"."));
    cases.add(
        RuleCase.of(Rule.COMMENT_PERIOD_UNDER_30_DAYS, commentPeriod(30), commentPeriod(29))
            .at("/decisions/catalog/commentPeriodDays").count("days", 29).section(S1)
            .messages("征求意见期限(29日)少于30日",
                "The public comment period (29 days) is shorter than 30 days."));
    String at = "/decisions/normativeDocuments/";
    cases.add(
        RuleCase.of(Rule.NORMATIVE_DOCUMENTS_FILED_ON_TIME_EXCEEDS_FILED,
                normative(n -> n.filed(Count.of(10)).filedOnTime(Count.of(10))),
                normative(n -> n.filed(Count.of(10)).filedOnTime(Count.of(11))))
            .at(at + "filedOnTime").count("filedOnTime", 11).count("filed", 10)
            .discrepancy("11", "10", "1", "0").section(S1)
            .messages("规范性文件及时备案数(11)不得大于备案数(10)",
                "Normative documents: filed on time (11) cannot exceed filed (10)."));
    cases.add(
        RuleCase.of(Rule.NORMATIVE_DOCUMENTS_CLEANUP_RESULTS_EXCEED_CLEANED_UP,
                normative(n -> n.cleanedUp(Count.of(20)).kept(Count.of(15)).amended(Count.of(3))
                    .repealed(Count.of(2))),
                normative(n -> n.cleanedUp(Count.of(20)).kept(Count.of(15)).amended(Count.of(3))
                    .repealed(Count.of(3))))
            .at(at + "cleanedUp").count("kept", 15).count("amended", 3).count("repealed", 3)
            .count("cleanedUp", 20).discrepancy("21", "20", "1", "0").section(S1)
            .messages("规范性文件清理后保留(15)、修改(3)、废止(3)之和超过清理总数(20)",
                "Normative documents: kept (15), amended (3) and repealed (3) add up to more than"
                    + " cleaned up (20)."));
    cases.add(
        RuleCase.of(Rule.NORMATIVE_DOCUMENTS_FILED_EXCEEDS_ISSUED,
                normative(n -> n.issued(Count.of(10)).filed(Count.of(10))),
                normative(n -> n.issued(Count.of(10)).filed(Count.of(11))))
            .at(at + "filed").count("filed", 11).count("issued", 10)
            .discrepancy("11", "10", "1", "0").section(S1)
            .messages("规范性文件备案数(11)大于制发数(10)",
                "Normative documents: filed (11) exceeds issued (10)."));
  }

  // ---------------------------------------------------------------- enforcement

  private static Report powers(UnaryOperator<DelegatedPowers.Builder> figures) {
    return with(AdministrativeEnforcement.builder()
        .delegatedPowers(figures.apply(DelegatedPowers.builder().section(S1)).build()).build());
  }

  private static void enforcement(List<RuleCase> cases) {
    String at = "/enforcement/delegatedPowers/";
    cases.add(
        RuleCase.of(Rule.DELEGATED_POWERS_CUT_AND_KEPT_DIFFER_FROM_GRANTED,
                powers(p -> p.granted(Count.of(55)).cut(Count.of(32)).kept(Count.of(23))),
                powers(p -> p.granted(Count.of(55)).cut(Count.of(32)).kept(Count.of(24))))
            .at(at + "granted").count("cut", 32).count("kept", 24).count("granted", 55)
            .discrepancy("56", "55", "1", "0").section(S1)
            .messages("乡镇赋权事项减少数(32)与保留数(24)之和应等于赋权数(55)",
                "Delegated powers: cut (32) plus kept (24) should equal granted (55)."));
    cases.add(
        RuleCase.of(Rule.DELEGATED_POWERS_PROPOSALS_EXCEED_GRANTED,
                powers(p -> p.granted(Count.of(55)).removalProposals(Count.of(15))
                    .optionalProposals(Count.of(40))),
                powers(p -> p.granted(Count.of(55)).removalProposals(Count.of(15))
                    .optionalProposals(Count.of(41))))
            .at(at + "granted").count("removalProposals", 15).count("optionalProposals", 41)
            .count("granted", 55).discrepancy("56", "55", "1", "0").section(S1)
            .messages("乡镇赋权事项取消建议(15)与任意选取建议(41)之和超过赋权数(55)",
                "Delegated powers: removal (15) and optional (41) proposals add up to more than"
                    + " granted (55)."));
  }

  // ---------------------------------------------------------------- accountability

  private static Report dutyList(String... items) {
    return with(Accountability.builder()
        .addDutyList(DutyList.builder().kind(DutyListKind.FIRST_RESPONSIBLE_PERSON)
            .itemCount(Count.of(2)).addItems(items).section(S3).build())
        .build());
  }

  private static Report rectification(UnaryOperator<RectificationList.Builder> figures) {
    return with(Accountability.builder()
        .addRectificationList(
            figures.apply(RectificationList.builder().title("全面依法治省督察阳高问题整改清单").section(S1))
                .build())
        .build());
  }

  private static RectificationItem problem(String text) {
    return RectificationItem.builder().problem(text).build();
  }

  private static void accountability(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.DUTY_LIST_ITEMS_EXCEED_COUNT, dutyList("学法", "述法"),
                dutyList("学法", "述法", "督察"))
            .at("/accountability/dutyLists/0/items").count("listed", 3).count("itemCount", 2)
            .discrepancy("3", "2", "1", "0").section(S3)
            .messages("责任清单列出3项" + COMMA + "多于所称的2项",
                "The duty list lists 3 items, more than the 2 it counts."));
    cases.add(
        RuleCase.of(Rule.RECTIFICATION_LIST_RECTIFIED_EXCEEDS_PROBLEMS,
                rectification(r -> r.problems(Count.of(10)).rectified(Count.of(10))),
                rectification(r -> r.problems(Count.of(10)).rectified(Count.of(11))))
            .at("/accountability/rectificationLists/0/rectified").count("rectified", 11)
            .count("problems", 10).discrepancy("11", "10", "1", "0").section(S1)
            .messages("已整改问题数(11)不得大于问题总数(10)",
                "Rectification: rectified (11) cannot exceed problems (10)."));
    cases.add(
        RuleCase.of(Rule.RECTIFICATION_LIST_ITEMS_EXCEED_PROBLEMS,
                rectification(r -> r.problems(Count.of(1)).addItem(problem("审查不充分"))),
                rectification(r -> r.problems(Count.of(1)).addItem(problem("审查不充分"))
                    .addItem(problem("执法不规范"))))
            .at("/accountability/rectificationLists/0/items").count("listed", 2)
            .count("problems", 1).discrepancy("2", "1", "1", "0").section(S1)
            .messages("整改清单列出2项" + COMMA + "多于问题总数(1)",
                "The rectification list lists 2 items, more than its problems (1)."));
  }

  // ---------------------------------------------------------------- emergencies

  private static Report emergency(UnaryOperator<Emergency.Builder> figures) {
    return MINIMAL_VALID.withEmergencies(
        figures.apply(Emergency.builder().kind(EmergencyKind.EARTHQUAKE)).build());
  }

  private static void emergencies(List<RuleCase> cases) {
    cases.add(
        RuleCase.of(Rule.EMERGENCY_MAGNITUDE_OUT_OF_RANGE,
                emergency(e -> e.magnitude(new BigDecimal("10"))),
                emergency(e -> e.magnitude(new BigDecimal("10.1"))))
            .at("/emergencies/0/magnitude").decimal("magnitude", "10.1")
            .decimal("minimum", "-5").decimal("maximum", "10")
            .messages("震级(10.1)超出合理范围(-5至10)", "The magnitude (10.1) lies outside -5 to 10."));
    cases.add(
        RuleCase.of(Rule.EMERGENCY_DEPTH_OUT_OF_RANGE,
                emergency(e -> e.depthKilometres(new BigDecimal("800"))),
                emergency(e -> e.depthKilometres(new BigDecimal("800.5"))))
            .at("/emergencies/0/depthKilometres").decimal("depthKilometres", "800.5")
            .decimal("minimum", "-10").decimal("maximum", "800")
            .messages("震源深度(800.5公里)超出合理范围(-10至800公里)",
                "The focal depth (800.5 km) lies outside -10 to 800 km."));
    cases.add(
        RuleCase.of(Rule.EMERGENCY_LATITUDE_OUT_OF_RANGE,
                emergency(e -> e.epicenter(GeoPoint.of("90", "113.78"))),
                emergency(e -> e.epicenter(GeoPoint.of("90.01", "113.78"))))
            .at("/emergencies/0/epicenter/latitude").decimal("latitude", "90.01")
            .decimal("minimum", "-90").decimal("maximum", "90")
            .messages("纬度(90.01度)超出-90至90度的范围", "The latitude (90.01°) lies outside -90° to 90°."));
    cases.add(
        RuleCase.of(Rule.EMERGENCY_LONGITUDE_OUT_OF_RANGE,
                emergency(e -> e.epicenter(GeoPoint.of("40.35", "-180"))),
                emergency(e -> e.epicenter(GeoPoint.of("40.35", "-180.01"))))
            .at("/emergencies/0/epicenter/longitude").decimal("longitude", "-180.01")
            .decimal("minimum", "-180").decimal("maximum", "180")
            .messages("经度(-180.01度)超出-180至180度的范围",
                "The longitude (-180.01°) lies outside -180° to 180°."));
    cases.add(
        RuleCase.of(Rule.EMERGENCY_EARTHQUAKE_FIGURES_ON_OTHER_KIND,
                emergency(e -> e.magnitude(new BigDecimal("3.9"))),
                emergency(e -> e.kind(EmergencyKind.FLOOD).magnitude(new BigDecimal("3.9"))))
            .at("/emergencies/0/magnitude").term("kind", EmergencyKind.FLOOD)
            .messages("非地震类突发事件(洪涝)不应有震级或震源深度",
                "A flood has a magnitude or focal depth, which only an earthquake has."));
    cases.add(
        RuleCase.of(Rule.EMERGENCY_EARTHQUAKE_FIGURES_ON_OTHER_KIND,
                emergency(e -> e.depthKilometres(new BigDecimal("13"))),
                emergency(e -> e.kind(EmergencyKind.FLOOD).depthKilometres(new BigDecimal("13"))))
            .variant("a focal depth alone")
            .at("/emergencies/0/depthKilometres").term("kind", EmergencyKind.FLOOD)
            .messages("非地震类突发事件(洪涝)不应有震级或震源深度",
                "A flood has a magnitude or focal depth, which only an earthquake has."));
  }
  // spotless:on
}
