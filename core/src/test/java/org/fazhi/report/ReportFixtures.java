package org.fazhi.report;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.accountability.DutyListKind;
import org.fazhi.report.accountability.RectificationItem;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.accountability.RectificationStatus;
import org.fazhi.report.accountability.StudyAndTraining;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionItem;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.DecisionProcedure;
import org.fazhi.report.decision.DecisionStatus;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.decision.ProcedureStatus;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.GeoPoint;
import org.fazhi.report.emergency.ResponseLevel;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.Series;
import org.fazhi.report.facts.SeriesPoint;
import org.fazhi.report.facts.StatedChange;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Money;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.figure.ScopeLevel;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.outline.StatutoryPart;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.LegalAidCaseType;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;

/**
 * Named reports for tests, shipped in {@code fazhi-core}'s test-jar.
 *
 * <p>{@link #EVERY_PROPERTY} is built on the Yanggao County 2024 report ({@code
 * shared/reference/yanggao-2024.txt}): its outline is a shortened copy of that report's, and its
 * figures are that report's wherever the report states them. Every property the Yanggao report does
 * not state is filled with a plausible invented value, marked {@code // invented}, so that the
 * fixture sets every property of every model type at least once and gives a figure for every
 * concept of the catalog (every outcome kind, judgment type, legal-aid case type and decision
 * status, some of them 0). It is the fixture of the golden JSON file; it is not the Yanggao report
 * (the examples module has that, complete and unaltered).
 */
public final class ReportFixtures {
  private ReportFixtures() {}

  /** The least a report holds: a title and a reporting year. */
  public static final Report MINIMAL =
      Report.builder()
          .metadata(
              ReportMetadata.builder().title("阳高县2024年法治政府建设年度报告").reportingYear(2024).build())
          .build();

  private static Count count(long value) {
    return Count.of(value);
  }

  private static Rate percent(String percent) {
    return Rate.of(percent);
  }

  /** Every judgment type: {@code first} and {@code second} as given, the others 0. */
  private static Map<JudgmentType, Count> everyJudgment(
      JudgmentType first, long firstCount, JudgmentType second, long secondCount) {
    Map<JudgmentType, Count> judgments = new EnumMap<>(JudgmentType.class);
    for (JudgmentType type : JudgmentType.values()) {
      judgments.put(type, count(0));
    }
    judgments.put(first, count(firstCount));
    judgments.put(second, count(secondCount));
    return judgments;
  }

  /** A share of the 29 closed cases for every decision kind (invented). */
  private static Map<ReconsiderationDecision, Rate> outcomeShares() {
    Map<ReconsiderationDecision, Rate> shares = new EnumMap<>(ReconsiderationDecision.class);
    shares.put(ReconsiderationDecision.CHANGED, percent("3.45"));
    shares.put(ReconsiderationDecision.REVOKED, percent("6.90"));
    shares.put(ReconsiderationDecision.ORDERED_TO_REDO, percent("3.45"));
    shares.put(ReconsiderationDecision.CONFIRMED_UNLAWFUL, percent("0"));
    shares.put(ReconsiderationDecision.ORDERED_TO_PERFORM, percent("0"));
    shares.put(ReconsiderationDecision.CONFIRMED_VOID, percent("0"));
    shares.put(ReconsiderationDecision.UPHELD, percent("51.72"));
    shares.put(ReconsiderationDecision.REQUEST_REJECTED, percent("10.34"));
    shares.put(ReconsiderationDecision.APPLICATION_REJECTED, percent("3.45"));
    shares.put(ReconsiderationDecision.MEDIATED, percent("6.90"));
    shares.put(ReconsiderationDecision.SETTLED, percent("3.45"));
    shares.put(ReconsiderationDecision.WITHDRAWN, percent("3.45"));
    shares.put(ReconsiderationDecision.TERMINATED, percent("6.90"));
    shares.put(ReconsiderationDecision.SETTLED_AND_WITHDRAWN, percent("0"));
    shares.put(ReconsiderationDecision.TRANSFERRED, percent("0"));
    shares.put(ReconsiderationDecision.RESOLVED_BEFORE_ACCEPTANCE, percent("37.93"));
    return shares;
  }

  private static final Outline OUTLINE =
      Outline.builder()
          .addresseeLine("市委、市政府:") // invented: the Yanggao report has none
          .addPreamble(
              "2024年,在市委、市政府的坚强领导下,阳高县始终坚持以习近平新时代中国特色社会主义思想为指导,"
                  + "着力提高法治建设水平。现将2024年法治政府建设工作情况报告如下:")
          .addSections(
              Section.builder()
                  .numbering(Numbering.parse("一、"))
                  .heading(Heading.ownLine("法治政府建设取得的成效"))
                  .part(StatutoryPart.MEASURES_AND_RESULTS)
                  .addChildren(
                      Section.builder()
                          .numbering(Numbering.parse("(一)"))
                          .heading(Heading.ownLine("强化政治统领,统筹推进法治政府建设"))
                          .addChildren(
                              Section.builder()
                                  .numbering(Numbering.parse("一是"))
                                  .heading(Heading.inline("全面抓好理论武装", "。"))
                                  .addParagraph(
                                      "坚持把学习贯彻习近平法治思想作为重要政治任务,今年组织开展专题学法、专题培训5次,全县干部群众法治意识进一步提升。")
                                  .build(),
                              Section.builder()
                                  .numbering(Numbering.parse("二是"))
                                  .heading(Heading.inline("注重抓好统筹推进", "。"))
                                  .runIn(true)
                                  .addParagraph("召开县委全面依法治县委员会、法治建设推进会、依法治县办公室会等会议4次,细化分解28项重点任务。")
                                  .build())
                          .build(),
                      Section.builder()
                          .numbering(Numbering.parse("(二)"))
                          .heading(Heading.ownLine("持续深化改革,提高政府依法履职能力"))
                          .addChildren(
                              Section.builder()
                                  .numbering(Numbering.parse("1."))
                                  .heading(Heading.inline("推动政府职能优化高效", "。"))
                                  .addChildren(
                                      Section.builder()
                                          .numbering(Numbering.parse("一是"))
                                          .heading(Heading.inline("优化政策保障", "。"))
                                          .runIn(true)
                                          .addParagraph(
                                              "截至目前共划转事项237项,今年以来共办结各类审批、服务事项22000余件,审批质效明显提升。")
                                          .build())
                                  .build())
                          .build(),
                      Section.builder()
                          .numbering(Numbering.parse("(三)"))
                          .heading(Heading.ownLine("加强风险防控,依法预防和化解社会矛盾"))
                          .addChildren(
                              Section.builder()
                                  .numbering(Numbering.parse("1."))
                                  .heading(Heading.inline("全面贯彻实施行政复议法", "。"))
                                  .addParagraph(
                                      "2024年,共收到行政复议案件申请35件,其中受理31,办结29件;"
                                          + "不予受理4件。全县行政诉讼案件5件,出庭率100%。")
                                  .build())
                          .build())
                  .build(),
              Section.builder()
                  .numbering(Numbering.parse("二、"))
                  .heading(Heading.ownLine("本年度党政主要负责人履行推进法治建设第一责任人职责"))
                  .part(StatutoryPart.LEADERS_DUTIES)
                  .addParagraph("全县各级单位主要负责人对法治政府建设作出指示批示累计120余次。")
                  .build(),
              Section.builder()
                  .numbering(Numbering.parse("三、"))
                  .heading(Heading.ownLine("本年度推进法治政府建设存在的不足和原因"))
                  .part(StatutoryPart.SHORTCOMINGS)
                  .addParagraph("2024年,阳高县法治政府建设工作虽然取得了积极成效,但仍存在一些问题和不足。")
                  .build(),
              Section.builder()
                  .numbering(Numbering.parse("四、"))
                  .heading(Heading.ownLine("下一年度推进法治政府建设的主要安排"))
                  .part(StatutoryPart.NEXT_YEAR_ARRANGEMENTS)
                  .build(),
              Section.builder()
                  .numbering(Numbering.parse("五、"))
                  .heading(Heading.ownLine("对全市加强法治政府建设的意见、建议"))
                  .part(StatutoryPart.SUGGESTIONS)
                  .build(),
              Section.builder()
                  .numbering(Numbering.parse("六、"))
                  .heading(Heading.ownLine("其他需要报告的重要事项"))
                  .part(StatutoryPart.OTHER_MATTERS)
                  .addParagraph(
                      "本年度全县各级政府及部门履行法院生效裁判情况如下:行政机关单独应诉案件5件,"
                          + "审理终结4件,其中2件人民法院作出维持判决,2件作出撤销判决,"
                          + "现各行政机关均已自觉主动履行人民法院生效裁判。特此报告。")
                  .build())
          .addSignature("阳高县人民政府")
          .addSignature("2024年12月3日")
          .build();

  private static final ReportMetadata METADATA =
      ReportMetadata.builder()
          .title("阳高县2024年法治政府建设年度报告")
          .addIssuers(Issuer.of("阳高县人民政府", IssuerKind.PEOPLES_GOVERNMENT))
          .addAddressees("市委", "市政府") // invented
          .division(
              AdministrativeDivision.builder()
                  .name("阳高县")
                  .level(DivisionLevel.COUNTY)
                  .code(DivisionCode.parse("140221"))
                  .codeValidOn(LocalDate.of(2024, 12, 3))
                  .build())
          .reportingYear(2024)
          .period(ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 3)))
          .documentDate(LocalDate.of(2024, 12, 3))
          .publicationDate(LocalDate.of(2024, 12, 5)) // invented
          .publisher("阳高县司法局") // invented
          .sourceUrl(URI.create("https://example.org/yanggao/2024-fazhi-report.html")) // invented
          .build();

  private static final CaseStatistics STATISTICS =
      CaseStatistics.builder()
          .reconsideration(
              Reconsideration.builder()
                  .received(count(35))
                  .newCases(count(33)) // invented, as are the figures to pending
                  .newCasesTerm("新收")
                  .accepted(count(31))
                  .notAccepted(count(4))
                  .carriedOver(count(2))
                  .handled(count(33))
                  .closed(count(29))
                  .pending(count(4))
                  // invented outcomes: every kind, so that every concept has a figure
                  .putOutcome(ReconsiderationDecision.CHANGED, count(1))
                  .putOutcome(ReconsiderationDecision.REVOKED, count(2))
                  .putOutcome(ReconsiderationDecision.ORDERED_TO_REDO, count(1))
                  .putOutcome(ReconsiderationDecision.CONFIRMED_UNLAWFUL, count(0))
                  .putOutcome(ReconsiderationDecision.ORDERED_TO_PERFORM, count(0))
                  .putOutcome(ReconsiderationDecision.CONFIRMED_VOID, count(0))
                  .putOutcome(ReconsiderationDecision.UPHELD, count(15))
                  .putOutcome(ReconsiderationDecision.REQUEST_REJECTED, count(3))
                  .putOutcome(ReconsiderationDecision.APPLICATION_REJECTED, count(1))
                  .putOutcome(ReconsiderationDecision.MEDIATED, count(2))
                  .putOutcome(ReconsiderationDecision.SETTLED, count(1))
                  .putOutcome(ReconsiderationDecision.WITHDRAWN, count(1))
                  .putOutcome(ReconsiderationDecision.TERMINATED, count(2))
                  .putOutcome(ReconsiderationDecision.SETTLED_AND_WITHDRAWN, count(0))
                  .putOutcome(ReconsiderationDecision.TRANSFERRED, count(0))
                  .putOutcome(ReconsiderationDecision.RESOLVED_BEFORE_ACCEPTANCE, count(11))
                  .addOutcomeGroups( // invented groups
                      OutcomeGroup.builder()
                          .addKinds(
                              ReconsiderationDecision.REVOKED,
                              ReconsiderationDecision.CHANGED,
                              ReconsiderationDecision.CONFIRMED_UNLAWFUL)
                          .open(true)
                          .label("纠错决定")
                          .count(count(4))
                          .build(),
                      OutcomeGroup.builder()
                          .addKinds(
                              ReconsiderationDecision.MEDIATED,
                              ReconsiderationDecision.SETTLED,
                              ReconsiderationDecision.WITHDRAWN)
                          .count(count(4))
                          .build())
                  .outcomesComplete(true)
                  .putAllOutcomeShares(outcomeShares()) // invented, of closed cases
                  .outcomeSharesBasis(CaseStage.CLOSED)
                  .correctionRate( // invented
                      Rate.builder()
                          .percent(new BigDecimal("13.79"))
                          .numerator(count(4))
                          .denominator(count(29))
                          .basis("按结案数计算")
                          .build())
                  .correctionRateBasis(CaseStage.CLOSED) // invented, as are the rates to breakdowns
                  .closureRate(percent("87.88"))
                  .mediationRate(percent("6.90"))
                  .mediationRateBasis(CaseStage.CLOSED)
                  .mediationWithdrawalRate(
                      Rate.builder()
                          .percent(new BigDecimal("13.79"))
                          .numerator(count(4))
                          .denominator(count(29))
                          .build())
                  .mediationWithdrawalRateBasis(CaseStage.CLOSED)
                  .addBreakdowns(
                      Breakdown.builder()
                          .dimension(BreakdownDimension.RESPONDENT)
                          .of(CaseStage.ACCEPTED)
                          .addItems(
                              BreakdownItem.of("县政府", count(3)),
                              BreakdownItem.of("县直部门", count(22)),
                              BreakdownItem.of("乡镇", count(6)))
                          .complete(true)
                          .build(),
                      Breakdown.builder()
                          .dimension(BreakdownDimension.OTHER)
                          .label("从申请事项看")
                          .of(CaseStage.RECEIVED)
                          .total(count(35))
                          .addItems(
                              BreakdownItem.builder()
                                  .label("行政处罚类")
                                  .count(count(14))
                                  .share(percent("40"))
                                  .build(),
                              BreakdownItem.ofShare("信息公开类", percent("20")))
                          .build())
                  .statement("共收到行政复议案件申请35件,其中受理31,办结29件;不予受理4件。")
                  .section(SectionId.parse("s1.3.1"))
                  .build())
          .litigation(
              Litigation.builder()
                  .cases(count(5))
                  .carriedOver(count(1)) // invented, as are the figures to breakdowns
                  .firstInstance(count(4))
                  .secondInstance(count(1))
                  .concluded(count(4))
                  .pending(count(2))
                  .won(count(3))
                  .lost(count(1))
                  .withdrawn(count(0))
                  .putAllJudgments(
                      everyJudgment(JudgmentType.CLAIM_REJECTED, 3, JudgmentType.REVOKED, 1))
                  .judgmentsComplete(true)
                  .hearings(count(4))
                  .headAppearances(count(4))
                  .headAppearanceRate(percent("100"))
                  .winRate(percent("75"))
                  .lossRate(
                      Rate.builder()
                          .percent(new BigDecimal("25"))
                          .numerator(count(1))
                          .denominator(count(4))
                          .build())
                  .concludedRate(percent("66.67"))
                  .addBreakdowns(
                      Breakdown.builder()
                          .dimension(BreakdownDimension.FIELD)
                          .of(CaseStage.RECEIVED)
                          .total(count(5))
                          .addItems(
                              BreakdownItem.of("自然资源", count(3)),
                              BreakdownItem.builder()
                                  .label("市场监管")
                                  .count(count(2))
                                  .share(percent("40"))
                                  .build())
                          .complete(true)
                          .build())
                  .statement("全县行政诉讼案件5件,出庭率100%。")
                  .section(SectionId.parse("s1.3.1"))
                  .build())
          .judgmentPerformance(
              JudgmentPerformance.builder()
                  .cases(count(5))
                  .concluded(count(4))
                  .putAllJudgments( // the other kinds' 0 invented
                      everyJudgment(JudgmentType.UPHELD, 2, JudgmentType.REVOKED, 2))
                  .judgmentsComplete(true)
                  .performed(count(4))
                  .statement("现各行政机关均已自觉主动履行人民法院生效裁判")
                  .section(SectionId.parse("s6"))
                  .build())
          .legalAid(
              LegalAid.builder()
                  .applications(count(98)) // invented
                  .accepted(count(95))
                  .carriedOver(count(3)) // invented, as are handled to hotlineConsultations
                  .handled(count(98))
                  .closed(count(42))
                  .putCasesByType(LegalAidCaseType.CRIMINAL, count(40))
                  .putCasesByType(LegalAidCaseType.CIVIL, count(50))
                  .putCasesByType(LegalAidCaseType.ADMINISTRATIVE, count(2))
                  .putCasesByType(LegalAidCaseType.OTHER, count(3))
                  .documentsDrafted(count(146))
                  .pleaBargainAssistance(count(120))
                  .consultations(count(524))
                  .hotlineConsultations(count(310))
                  .satisfaction(percent("100")) // invented
                  .addBreakdowns( // invented
                      Breakdown.builder()
                          .dimension(BreakdownDimension.REGION)
                          .of(CaseStage.ACCEPTED)
                          .total(count(95))
                          .addItems(
                              BreakdownItem.of("城区", count(37)),
                              BreakdownItem.ofShare("乡镇", percent("61.05")))
                          .build())
                  .statement("2024年,共受理法律援助案件95件,办结42件,提供法律咨询524件。")
                  .section(SectionId.parse("s1.3"))
                  .build())
          .mediation(
              Mediation.builder()
                  .committees(count(186)) // invented, as are the figures to fullTimeMediators
                  .villageCommittees(count(168))
                  .professionalCommittees(count(7))
                  .mediators(count(820))
                  .fullTimeMediators(count(12))
                  .disputes(Count.of(720, Approximation.MORE_THAN)) // invented
                  .mediated(Count.of(700, Approximation.MORE_THAN))
                  .settled(Count.of(690, Approximation.NEARLY)) // invented
                  .successRate(
                      Rate.builder()
                          .percent(new BigDecimal("98"))
                          .approximation(Approximation.AT_LEAST)
                          .build()) // invented
                  .handlingRate(percent("100"))
                  .addBreakdowns( // invented
                      Breakdown.builder()
                          .dimension(BreakdownDimension.CASE_TYPE)
                          .total(Count.of(700, Approximation.MORE_THAN))
                          .addItems(
                              BreakdownItem.of("婚姻家庭纠纷", Count.of(200, Approximation.MORE_THAN)),
                              BreakdownItem.ofShare("邻里纠纷", percent("25")))
                          .build())
                  .statement("年度矛盾纠纷案件调解数量达700余件。")
                  .section(SectionId.parse("s1.3"))
                  .build())
          .publicLegalServices(
              PublicLegalServices.builder()
                  .centres(count(1)) // invented, as are the figures to terminalUses
                  .stations(count(13))
                  .rooms(count(203))
                  .visitors(Count.parse("1.2万余"))
                  .terminalUses(Count.parse("3.6万"))
                  .services(count(2522))
                  .target(count(2200)) // invented: 2522 / 1.1463
                  .completionRate(percent("114.63"))
                  .satisfaction(percent("100"))
                  .addBreakdowns( // invented
                      Breakdown.builder()
                          .dimension(BreakdownDimension.OTHER)
                          .label("按服务类型")
                          .total(count(2522))
                          .addItems(
                              BreakdownItem.of("法律咨询", count(2100)),
                              BreakdownItem.ofShare("人民调解", percent("16.73")))
                          .build())
                  .statement("公共法律服务实体平台共受理免费法律咨询服务2522件,占年度任务114.63%。")
                  .section(SectionId.parse("s1.3"))
                  .build())
          .build();

  private static final DecisionMaking DECISIONS =
      DecisionMaking.builder()
          .catalog(
              DecisionCatalog.builder()
                  .published(true) // invented, as are procedureRulesIssued and statusCounts
                  .procedureRulesIssued(true)
                  .declared(count(4))
                  .putStatusCount(DecisionStatus.LISTED, count(4))
                  .putStatusCount(DecisionStatus.IN_PROGRESS, count(1))
                  .putStatusCount(DecisionStatus.DECIDED, count(3))
                  .putStatusCount(DecisionStatus.WITHDRAWN, count(0))
                  .addItems( // invented item
                      DecisionItem.builder()
                          .title("阳高县国土空间总体规划")
                          .sponsor("县自然资源局")
                          .putProcedure(
                              DecisionProcedure.PUBLIC_PARTICIPATION, ProcedureStatus.DONE)
                          .putProcedure(
                              DecisionProcedure.EXPERT_ARGUMENTATION, ProcedureStatus.DONE)
                          .putProcedure(
                              DecisionProcedure.RISK_ASSESSMENT, ProcedureStatus.NOT_REQUIRED)
                          .putProcedure(DecisionProcedure.LEGALITY_REVIEW, ProcedureStatus.DONE)
                          .putProcedure(
                              DecisionProcedure.COLLECTIVE_DISCUSSION, ProcedureStatus.NOT_DONE)
                          .commentPeriodDays(count(30))
                          .status(DecisionStatus.IN_PROGRESS)
                          .build())
                  .hearings(count(1)) // invented, as are expertReviews and riskAssessments
                  .expertReviews(count(2))
                  .riskAssessments(count(2))
                  .commentPeriodDays(Count.of(30, Approximation.AT_LEAST))
                  .section(SectionId.parse("s1"))
                  .build())
          .legalityReview(
              LegalityReview.builder()
                  .documents(count(12))
                  .agreements(count(3)) // invented, as are decisions to opinions
                  .decisions(count(4))
                  .enforcementDecisions(count(6))
                  .opinions(count(5))
                  .reviewRate(percent("100"))
                  .section(SectionId.parse("s1"))
                  .build())
          .normativeDocuments( // invented, but for the comment period
              NormativeDocuments.builder()
                  .issued(count(6))
                  .reviewed(count(6))
                  .filed(count(6))
                  .filedOnTime(count(5))
                  .filingRate(percent("100"))
                  .timelyFilingRate(Rate.builder().percent(new BigDecimal("83.33")).build())
                  .cleanedUp(count(40))
                  .kept(count(35))
                  .amended(count(3))
                  .repealed(count(2))
                  .commentPeriodDays(Count.of(30, Approximation.AT_LEAST))
                  .section(SectionId.parse("s1"))
                  .build())
          .legalAdvisers(
              LegalAdvisers.builder()
                  .advisers(count(21))
                  .lawyers(count(9)) // invented, as are publicLawyers
                  .publicLawyers(count(8))
                  .meetingsAttended(count(5))
                  .documentsReviewed(count(12))
                  .opinions(count(23))
                  .consultations(count(86)) // invented, as are dutyShifts and villagesCovered
                  .dutyShifts(count(48))
                  .villagesCovered(count(203))
                  .coverageRate(percent("100")) // invented: the report says 基本实现全覆盖
                  .section(SectionId.parse("s1"))
                  .build())
          .build();

  private static final AdministrativeEnforcement ENFORCEMENT =
      AdministrativeEnforcement.builder()
          .officers(count(420)) // invented, as are the figures to caseFilesReviewed
          .certificateHoldingRate(percent("100"))
          .inspections(count(1200))
          .penaltyCases(count(350))
          .penaltyAmount(Money.parse("86.5万元"))
          .caseFilesReviewed(count(120))
          .supervisionOffices(count(11))
          .townshipsInspected(count(11))
          .agenciesInspected(count(10))
          .addTraining(
              TrainingActivity.builder().title("行政执法大讲堂").hours(count(30)).build(),
              TrainingActivity.builder()
                  .title("学习贯彻习近平法治思想强化行政执法能力建设专题培训班")
                  .hours(count(16))
                  .build(),
              TrainingActivity.builder()
                  .title("行政执法大讲堂")
                  .organizer("山西省司法厅")
                  .sessions(count(5))
                  .build(),
              TrainingActivity.builder()
                  .title("2024年度行政执法人员公共法律知识培训")
                  .organizer("县司法局")
                  .attendees(count(260)) // invented
                  .addDates(LocalDate.of(2024, 6, 27), LocalDate.of(2024, 6, 28))
                  .section(SectionId.parse("s1"))
                  .build())
          .delegatedPowers(
              DelegatedPowers.builder()
                  .granted(count(55))
                  .removalProposals(count(15))
                  .optionalProposals(count(40))
                  .townships(count(11))
                  .cut(count(32))
                  .kept(count(23))
                  .perTownshipAverage(true)
                  .cutRate(
                      Rate.builder()
                          .percent(new BigDecimal("58"))
                          .numerator(count(32))
                          .denominator(count(55))
                          .build())
                  .approvedAt(
                      MeetingReference.builder()
                          .body("县人民政府常务会议")
                          .session(37)
                          .date(LocalDate.of(2024, 11, 20)) // invented
                          .build())
                  .section(SectionId.parse("s1"))
                  .build())
          .section(SectionId.parse("s1"))
          .build();

  private static final Accountability ACCOUNTABILITY =
      Accountability.builder()
          .addDutyLists(
              DutyList.builder()
                  .kind(DutyListKind.FIRST_RESPONSIBLE_PERSON)
                  .title("县委、县政府主要负责人履行法治建设第一责任人职责清单")
                  .owner("县委、县政府主要负责人")
                  .addItems("研究部署法治建设重要工作", "带头述法") // invented
                  .itemCount(count(2)) // invented
                  .holders(count(22))
                  .coverageRate(percent("100")) // invented
                  .section(SectionId.parse("s1.1.1"))
                  .build(),
              DutyList.builder().kind(DutyListKind.LEADERS_STUDY).title("领导干部学法清单").build())
          .addRectificationLists(
              RectificationList.builder().title("全面依法治省督察共性问题整改清单").build(),
              RectificationList.builder()
                  .title("全面依法治省督察阳高问题整改清单")
                  .owner("县委依法治县办") // invented
                  .origin("省委依法治省办第四督察组实地督察")
                  .basis(
                      DocumentReference.builder()
                          .title("关于印发〈关于贯彻落实省委依法治省办法治化营商环境建设督察反馈问题的整改方案〉的通知")
                          .number(DocumentNumber.parse("同法治办〔2024〕6号"))
                          .issuer("大同市委依法治市办") // invented
                          .build())
                  .addItems( // invented item
                      RectificationItem.builder()
                          .problem("加强政府重大合作协议的合法性审查工作。")
                          .measures("建立合作协议合法性审查台账。")
                          .owner("县司法局")
                          .deadline(LocalDate.of(2024, 12, 31))
                          .status(RectificationStatus.IN_PROGRESS)
                          .build())
                  .problems(count(12)) // invented, as are rectified and the rate
                  .rectified(count(10))
                  .rectificationRate(percent("83.33"))
                  .section(SectionId.parse("s1"))
                  .build())
          .study(
              StudyAndTraining.builder()
                  .addActivities(
                      TrainingActivity.builder()
                          .title("专题学法、专题培训")
                          .sessions(count(5))
                          .attendees(count(180)) // invented, as are hours
                          .hours(count(10))
                          .section(SectionId.parse("s1.1.1"))
                          .build())
                  .lawReports(count(39))
                  .leaderInstructions(Count.of(120, Approximation.MORE_THAN))
                  .section(SectionId.parse("s2"))
                  .build())
          .build();

  private static final Emergency EARTHQUAKE =
      Emergency.builder()
          .kind(EmergencyKind.EARTHQUAKE)
          .description("3.9级地震")
          .occurredAt(OffsetDateTime.of(2024, 5, 19, 3, 35, 0, 0, ZoneOffset.ofHours(8)))
          .place("阳高县")
          .magnitude(new BigDecimal("3.9"))
          .depthKilometres(new BigDecimal("13"))
          .epicenter(GeoPoint.of("40.35", "113.78"))
          .responseLevel(ResponseLevel.LEVEL_IV)
          .section(SectionId.parse("s1"))
          .build();

  /**
   * A report that sets every property of every model type at least once, and states a figure for
   * every concept of the catalog ({@link Concept#catalog()}): the Yanggao County 2024 figures,
   * completed with invented values (see the class documentation).
   */
  public static final Report EVERY_PROPERTY =
      Report.builder()
          .schemaVersion(SchemaVersion.CURRENT)
          .metadata(METADATA)
          .outline(OUTLINE)
          .statistics(STATISTICS)
          .decisions(DECISIONS)
          .enforcement(ENFORCEMENT)
          .accountability(ACCOUNTABILITY)
          .addEmergencies(EARTHQUAKE)
          .addIndicators(
              Indicator.builder()
                  .label("划转事项")
                  .quantity(Quantity.parse("237项"))
                  .code("approval.items-transferred") // invented code
                  .section(SectionId.parse("s1.2.1.1"))
                  .build(),
              Indicator.of("办结各类审批、服务事项", "22000余件"),
              Indicator.of("智慧政务大厅二期项目总投资", "1481.6万元"),
              Indicator.of("国家基层减灾能力提升项目总投资", "723.00万元"), // digits invented: 723万元
              Indicator.of("防火隔离带", "300多公里"),
              Indicator.of("法律明白人", "637名"),
              Indicator.builder() // invented: the overview restates a typed figure
                  .label("收到行政复议申请")
                  .quantity(Quantity.parse("35件"))
                  .concept(Concept.of("reconsideration.received"))
                  .change(Change.parse("同比增长12.9%"))
                  .section(SectionId.parse("s1"))
                  .build(),
              Indicator.builder() // invented: a figure of the province, over three years
                  .label("全省新收行政复议案件")
                  .quantity(Quantity.parse("1.2万余件"))
                  .scope(Scope.of(ScopeLevel.PROVINCE, "山西省"))
                  .period(ReportingPeriod.of(LocalDate.of(2022, 1, 1), LocalDate.of(2024, 12, 31)))
                  .build())
          .addChanges( // invented
              StatedChange.builder()
                  .concept(Concept.of("reconsideration.received"))
                  .change(Change.parse("同比增长12.9%"))
                  .section(SectionId.parse("s1.3.1"))
                  .build(),
              StatedChange.of(Concept.of("legal-aid.accepted"), Change.parse("较上年减少7件")))
          .addSeries( // invented
              Series.builder()
                  .label("行政复议纠错率")
                  .concept(Concept.of("reconsideration.correction-rate"))
                  .addPoints(SeriesPoint.of(2022, "12.5%"), SeriesPoint.of(2023, "10.3%"))
                  .section(SectionId.parse("s1.3.1"))
                  .build(),
              Series.builder()
                  .label("全市法律援助案件")
                  .scope(Scope.of(ScopeLevel.PREFECTURE))
                  .addPoints(SeriesPoint.of(2023, "1.1千件"), SeriesPoint.of(2024, "1.3千件"))
                  .build())
          .build();
}
