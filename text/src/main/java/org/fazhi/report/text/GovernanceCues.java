package org.fazhi.report.text;

import static org.fazhi.report.text.Cues.ITEMS;
import static org.fazhi.report.text.Cues.PEOPLE;
import static org.fazhi.report.text.Cues.TIMES;
import static org.fazhi.report.text.Cues.activity;
import static org.fazhi.report.text.Cues.block;
import static org.fazhi.report.text.Cues.count;
import static org.fazhi.report.text.Cues.days;
import static org.fazhi.report.text.Cues.money;
import static org.fazhi.report.text.Cues.rate;
import static org.fazhi.report.text.Cues.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.accountability.StudyAndTraining;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionStatus;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.BlockRule;
import org.fazhi.report.text.Cues.Field;
import org.fazhi.report.text.Cues.Side;

/** The cue tables of decisions, enforcement and accountability. */
final class GovernanceCues {
  // spotless:off  A table, one entry a line: aligned rows read better than the formatter's.
  private GovernanceCues() {}

  private static final Set<String> DOCUMENTS = Set.of("", "件", "份", "个", "部");
  private static final Set<String> OPINIONS = Set.of("", "条", "件", "份", "个");
  private static final Set<String> PROPOSALS = Set.of("", "项", "个", "条");

  static List<BlockRule<?>> rules() {
    return List.of(
        decisionCatalog(), legalityReview(), normativeDocuments(), legalAdvisers(), enforcement(),
        delegatedPowers(), study(), rectification());
  }

  private static BlockRule<DecisionCatalog.Builder> decisionCatalog() {
    List<Field<DecisionCatalog.Builder>> f = new ArrayList<>();
    f.add(count("declared", Side.BEFORE, Set.of("", "项", "个", "件", "条"), DecisionCatalog.Builder::declared,
        "目录", "事项目录", "决策事项目录", "决策事项", "纳入", "确定"));
    f.add(count("statusCounts/DECIDED", Side.EITHER, Set.of("", "项", "个", "件"),
        (b, c) -> b.putStatusCount(DecisionStatus.DECIDED, c), "已完成", "已作出决策", "已决策", "完成"));
    f.add(count("statusCounts/IN_PROGRESS", Side.EITHER, Set.of("", "项", "个", "件"),
        (b, c) -> b.putStatusCount(DecisionStatus.IN_PROGRESS, c), "正在推进", "推进中", "正在履行程序", "正在办理"));
    f.add(count("statusCounts/WITHDRAWN", Side.BEFORE, Set.of("", "项", "个", "件"),
        (b, c) -> b.putStatusCount(DecisionStatus.WITHDRAWN, c), "暂缓", "撤回", "调出", "调整出",
        "移出"));
    f.add(count("hearings", Side.BEFORE, Set.of("", "次", "场", "项", "件"), DecisionCatalog.Builder::hearings,
        "听证", "听证会"));
    f.add(count("expertReviews", Side.BEFORE, Set.of("", "次", "场", "项", "件"),
        DecisionCatalog.Builder::expertReviews, "专家论证", "论证", "专家论证会"));
    f.add(count("riskAssessments", Side.BEFORE, Set.of("", "次", "场", "项", "件"),
        DecisionCatalog.Builder::riskAssessments, "风险评估"));
    f.add(days("commentPeriodDays", DecisionCatalog.Builder::commentPeriodDays,
        "征求意见期限", "征求意见", "期限"));
    return block(Block.DECISION_CATALOG,
        words("重大行政决策", "决策事项目录", "重大决策事项", "决策事项", "专家论证", "风险评估"),
        null, null, words(), f);
  }

  private static BlockRule<LegalityReview.Builder> legalityReview() {
    List<Field<LegalityReview.Builder>> f = new ArrayList<>();
    f.add(count("documents", Side.BEFORE, ITEMS, LegalityReview.Builder::documents,
        "文件", "文件协议", "审查", "审核", "规范性文件"));
    f.add(count("agreements", Side.BEFORE, ITEMS, LegalityReview.Builder::agreements, "协议", "合同"));
    f.add(count("decisions", Side.BEFORE, Set.of("", "件", "个", "项"), LegalityReview.Builder::decisions,
        "重大行政决策", "重大决策", "决策事项"));
    f.add(count("enforcementDecisions", Side.BEFORE, Set.of("", "件", "个", "项"),
        LegalityReview.Builder::enforcementDecisions, "重大执法决定", "执法决定"));
    f.add(count("opinions", Side.BEFORE, OPINIONS, LegalityReview.Builder::opinions,
        "意见", "意见建议", "建议"));
    f.add(rate("reviewRate", LegalityReview.Builder::reviewRate, "审核率", "审查率", "审核覆盖率"));
    return block(Block.LEGALITY_REVIEW, words("合法性审查", "合法性审核", "法制审核"),
        "documents", "documents", words(), f);
  }

  private static BlockRule<NormativeDocuments.Builder> normativeDocuments() {
    List<Field<NormativeDocuments.Builder>> f = new ArrayList<>();
    f.add(count("issued", Side.BEFORE, DOCUMENTS, NormativeDocuments.Builder::issued,
        "制发", "出台", "印发", "发布", "制定"));
    f.add(count("reviewed", Side.BEFORE, DOCUMENTS, NormativeDocuments.Builder::reviewed, "审核", "审查"));
    f.add(count("filed", Side.BEFORE, DOCUMENTS, NormativeDocuments.Builder::filed, "备案", "报备"));
    f.add(count("filedOnTime", Side.BEFORE, DOCUMENTS, NormativeDocuments.Builder::filedOnTime,
        "及时备案", "按时备案"));
    f.add(rate("filingRate", NormativeDocuments.Builder::filingRate, "备案率", "报备率"));
    f.add(rate("timelyFilingRate", NormativeDocuments.Builder::timelyFilingRate, "及时备案率", "及时报备率"));
    f.add(count("cleanedUp", Side.BEFORE, DOCUMENTS, NormativeDocuments.Builder::cleanedUp, "清理"));
    f.add(count("kept", Side.BEFORE, DOCUMENTS, NormativeDocuments.Builder::kept, "保留", "继续有效"));
    f.add(count("amended", Side.BEFORE, DOCUMENTS, NormativeDocuments.Builder::amended, "修改", "修订"));
    f.add(count("repealed", Side.BEFORE, DOCUMENTS, NormativeDocuments.Builder::repealed,
        "废止", "宣布失效", "失效"));
    f.add(days("commentPeriodDays", NormativeDocuments.Builder::commentPeriodDays,
        "征求意见期限", "征求意见", "期限"));
    return block(Block.NORMATIVE_DOCUMENTS, words("规范性文件"), "issued", "issued", words(), f);
  }

  private static BlockRule<LegalAdvisers.Builder> legalAdvisers() {
    List<Field<LegalAdvisers.Builder>> f = new ArrayList<>();
    f.add(count("advisers", Side.BEFORE, Set.of("名", "人", "位", "家"), LegalAdvisers.Builder::advisers,
        "聘请", "法律顾问", "聘任"));
    f.add(count("lawyers", Side.BEFORE, PEOPLE, LegalAdvisers.Builder::lawyers, "律师", "执业律师"));
    f.add(count("publicLawyers", Side.BEFORE, PEOPLE, LegalAdvisers.Builder::publicLawyers, "公职律师"));
    f.add(count("meetingsAttended", Side.BEFORE, TIMES, LegalAdvisers.Builder::meetingsAttended,
        "列席", "会议", "参加会议"));
    f.add(count("documentsReviewed", Side.BEFORE, ITEMS, LegalAdvisers.Builder::documentsReviewed,
        "审查", "审核", "文件", "文件协议", "合同"));
    f.add(count("opinions", Side.BEFORE, OPINIONS, LegalAdvisers.Builder::opinions,
        "法律意见", "意见", "建议"));
    f.add(count("consultations", Side.BEFORE, Set.of("", "次", "人次", "件", "条"),
        LegalAdvisers.Builder::consultations, "咨询", "解答"));
    f.add(count("dutyShifts", Side.BEFORE, Set.of("", "次", "天", "日", "人次", "班次"),
        LegalAdvisers.Builder::dutyShifts, "值班", "坐班"));
    f.add(count("villagesCovered", Side.BEFORE, Set.of("个"), LegalAdvisers.Builder::villagesCovered,
        "覆盖", "实现全覆盖"));
    f.add(count("villagesCovered", Side.AFTER, Set.of("个"), LegalAdvisers.Builder::villagesCovered,
        "行政村", "村（社区）", "村(社区)", "村"));
    f.add(rate("coverageRate", LegalAdvisers.Builder::coverageRate, "覆盖率"));
    return block(Block.LEGAL_ADVISERS, words("法律顾问", "公职律师"), "advisers", "advisers", words(), f);
  }

  private static BlockRule<AdministrativeEnforcement.Builder> enforcement() {
    List<Field<AdministrativeEnforcement.Builder>> f = new ArrayList<>();
    f.add(count("officers", Side.BEFORE, PEOPLE, AdministrativeEnforcement.Builder::officers,
        "执法人员", "执法队伍"));
    f.add(rate("certificateHoldingRate", AdministrativeEnforcement.Builder::certificateHoldingRate,
        "持证率", "持证上岗率"));
    f.add(count("inspections", Side.BEFORE, Set.of("次", "家次", "户次", "场次", "人次"),
        AdministrativeEnforcement.Builder::inspections, "检查", "执法检查", "巡查", "抽查"));
    f.add(count("penaltyCases", Side.BEFORE, Cues.CASES, AdministrativeEnforcement.Builder::penaltyCases,
        "行政处罚案件", "处罚案件", "办理案件", "立案"));
    f.add(money("penaltyAmount", AdministrativeEnforcement.Builder::penaltyAmount, "罚没", "罚款"));
    f.add(count("caseFilesReviewed", Side.BEFORE, Set.of("", "件", "份", "卷", "个"),
        AdministrativeEnforcement.Builder::caseFilesReviewed, "评查案卷", "案卷", "评查"));
    f.add(count("supervisionOffices", Side.AFTER, Set.of("个"),
        AdministrativeEnforcement.Builder::supervisionOffices, "司法所"));
    f.add(count("townshipsInspected", Side.AFTER, Set.of("个"),
        AdministrativeEnforcement.Builder::townshipsInspected, "乡镇"));
    f.add(count("agenciesInspected", Side.EITHER, Set.of("个", "家"),
        AdministrativeEnforcement.Builder::agenciesInspected, "执法单位", "执法部门", "行政执法单位"));
    f.add(activity("training", "培训", "轮训", "大讲堂", "讲堂", "讲座", "培训班", "课堂"));
    return block(Block.ENFORCEMENT,
        words("行政执法", "执法监督", "执法人员", "执法队伍", "行政处罚", "执法证", "执法检查"),
        null, null, words(), f);
  }

  private static BlockRule<DelegatedPowers.Builder> delegatedPowers() {
    List<Field<DelegatedPowers.Builder>> f = new ArrayList<>();
    f.add(count("granted", Side.BEFORE, PROPOSALS, DelegatedPowers.Builder::granted, "赋权", "赋予", "下放"));
    f.add(count("granted", Side.AFTER, PROPOSALS, DelegatedPowers.Builder::granted, "职权", "执法职权"));
    f.add(count("removalProposals", Side.AFTER, PROPOSALS, DelegatedPowers.Builder::removalProposals, "取消建议"));
    f.add(count("optionalProposals", Side.AFTER, PROPOSALS, DelegatedPowers.Builder::optionalProposals,
        "任意选取建议", "选取建议"));
    f.add(count("townships", Side.AFTER, Set.of("个"), DelegatedPowers.Builder::townships, "乡镇"));
    f.add(count("cut", Side.BEFORE, PROPOSALS, DelegatedPowers.Builder::cut, "减少", "压减", "取消", "精简"));
    f.add(count("kept", Side.BEFORE, PROPOSALS, DelegatedPowers.Builder::kept, "保留"));
    f.add(rate("cutRate", DelegatedPowers.Builder::cutRate, "压减率", "精简率", "减少率"));
    return block(Block.DELEGATED_POWERS, words("赋权", "乡镇行政执法事项", "承接的执法事项", "下放"),
        "granted", "granted", words(), f);
  }

  private static BlockRule<StudyAndTraining.Builder> study() {
    List<Field<StudyAndTraining.Builder>> f = new ArrayList<>();
    f.add(count("lawReports", Side.EITHER, Set.of("名", "人", "份", "个", "位"),
        StudyAndTraining.Builder::lawReports, "述法"));
    f.add(count("leaderInstructions", Side.BEFORE, Set.of("次", "件", "条", "个"),
        StudyAndTraining.Builder::leaderInstructions, "指示批示", "批示"));
    f.add(activity("activities", "学法", "培训", "讲座", "宣讲", "集中学习", "专题学习", "学习会"));
    return block(Block.STUDY, words("学法", "述法", "指示批示", "中心组", "理论学习"), null, null, words(), f);
  }

  private static BlockRule<RectificationList.Builder> rectification() {
    List<Field<RectificationList.Builder>> f = new ArrayList<>();
    f.add(count("problems", Side.BEFORE, PROPOSALS, RectificationList.Builder::problems,
        "问题", "发现问题", "反馈问题"));
    f.add(count("rectified", Side.BEFORE, PROPOSALS, RectificationList.Builder::rectified,
        "已整改", "整改完成", "完成整改", "整改到位"));
    f.add(rate("rectificationRate", RectificationList.Builder::rectificationRate, "整改率", "整改完成率"));
    return block(Block.RECTIFICATION, words("整改"), null, null, words(), f);
  }
  // spotless:on
}
