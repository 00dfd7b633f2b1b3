package org.fazhi.report.facts;

import static org.fazhi.report.facts.FigureType.COUNT;
import static org.fazhi.report.facts.FigureType.DECIMAL;
import static org.fazhi.report.facts.FigureType.MONEY;
import static org.fazhi.report.facts.FigureType.QUANTITY;
import static org.fazhi.report.facts.FigureType.RATE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.report.decision.DecisionStatus;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.LegalAidCaseType;
import org.fazhi.report.statistics.ReconsiderationDecision;

/** The concept catalog: every kind of figure the model holds, block by block, in JSON order. */
final class ConceptCatalog {
  // spotless:off  A table, one entry a line: aligned rows read better than the formatter's.
  private ConceptCatalog() {}

  static final List<Concept> ALL;
  static final Map<String, Concept> BY_ID;

  static {
    Entries e = new Entries();
    reconsideration(e);
    litigation(e);
    judgmentPerformance(e);
    legalAid(e);
    mediation(e);
    publicLegalServices(e);
    decisions(e);
    enforcement(e);
    accountability(e);
    e.many("emergency.magnitude", DECIMAL, "/emergencies/*/magnitude", "地震震级",
        "emergency: earthquake magnitude", "emergency");
    e.many("emergency.depth-kilometres", DECIMAL, "/emergencies/*/depthKilometres", "震源深度(公里)",
        "emergency: focal depth in km", "emergency");
    e.many("emergency.latitude", DECIMAL, "/emergencies/*/epicenter/latitude", "震中纬度",
        "emergency: epicentre latitude", "emergency");
    e.many("emergency.longitude", DECIMAL, "/emergencies/*/epicenter/longitude", "震中经度",
        "emergency: epicentre longitude", "emergency");
    e.many("indicator", QUANTITY, "/indicators/*/quantity", "其他指标", "indicator", "label");
    e.many("series.point", QUANTITY, "/series/*/points/*/value", "历年数据",
        "a value of a series over periods", "label");
    ALL = List.copyOf(e.list);
    BY_ID = Map.copyOf(e.byId);
  }

  private static void reconsideration(Entries e) {
    String p = "/statistics/reconsideration/";
    String zh = "行政复议";
    String en = "reconsideration: ";
    e.count("reconsideration.received", p + "received", zh + "收到申请数", en + "applications received");
    e.count("reconsideration.new-cases", p + "newCases", zh + "新收案件数",
        en + "new cases (received or accepted)");
    e.count("reconsideration.accepted", p + "accepted", zh + "受理数", en + "cases accepted");
    e.count("reconsideration.not-accepted", p + "notAccepted", zh + "不予受理数",
        en + "applications not accepted");
    e.count("reconsideration.carried-over", p + "carriedOver", zh + "上年结转数",
        en + "cases carried over");
    e.count("reconsideration.handled", p + "handled", zh + "办理数(含结转)",
        en + "cases handled (accepted and carried over)");
    e.count("reconsideration.closed", p + "closed", zh + "结案数", en + "cases closed");
    e.count("reconsideration.pending", p + "pending", zh + "未结案件数", en + "cases pending");
    for (ReconsiderationDecision kind : ReconsiderationDecision.values()) {
      e.count("reconsideration.outcome." + kebab(kind), p + "outcomes/" + kind.name(),
          zh + kind.chineseName() + "数", en + "cases ended: " + words(kind));
    }
    e.many("reconsideration.outcome-group", COUNT, p + "outcomeGroups/*/count",
        zh + "合并公布的决定数", en + "decision kinds counted together", "kinds");
    for (ReconsiderationDecision kind : ReconsiderationDecision.values()) {
      e.rate("reconsideration.outcome-share." + kebab(kind), p + "outcomeShares/" + kind.name(),
          zh + kind.chineseName() + "率", en + "share of cases ended: " + words(kind));
    }
    e.rate("reconsideration.correction-rate", p + "correctionRate", zh + "纠错率",
        en + "correction rate");
    e.rate("reconsideration.closure-rate", p + "closureRate", zh + "结案率", en + "closure rate");
    e.rate("reconsideration.mediation-rate", p + "mediationRate", zh + "调解率",
        en + "mediation rate");
    e.rate("reconsideration.mediation-withdrawal-rate", p + "mediationWithdrawalRate",
        zh + "调撤率", en + "mediation and withdrawal rate");
    e.breakdown("reconsideration", p, zh, en);
  }

  private static void litigation(Entries e) {
    String p = "/statistics/litigation/";
    String zh = "行政诉讼";
    String en = "litigation: ";
    e.count("litigation.cases", p + "cases", zh + "案件数", en + "cases");
    e.count("litigation.carried-over", p + "carriedOver", zh + "上年结转数", en + "cases carried over");
    e.count("litigation.first-instance", p + "firstInstance", zh + "一审案件数",
        en + "cases of first instance");
    e.count("litigation.second-instance", p + "secondInstance", zh + "二审案件数",
        en + "cases of second instance");
    e.count("litigation.concluded", p + "concluded", zh + "审结数", en + "cases concluded");
    e.count("litigation.pending", p + "pending", zh + "未结案件数", en + "cases pending");
    e.count("litigation.won", p + "won", zh + "胜诉数", en + "cases won");
    e.count("litigation.lost", p + "lost", zh + "败诉数", en + "cases lost");
    e.count("litigation.withdrawn", p + "withdrawn", zh + "撤诉数", en + "cases withdrawn");
    for (JudgmentType type : JudgmentType.values()) {
      e.count("litigation.judgment." + kebab(type), p + "judgments/" + type.name(),
          zh + type.chineseName() + "裁判数", en + "judgments: " + words(type));
    }
    e.count("litigation.hearings", p + "hearings", zh + "应出庭次数", en + "hearings due");
    e.count("litigation.head-appearances", p + "headAppearances", zh + "负责人出庭次数",
        en + "head-of-agency appearances");
    e.rate("litigation.head-appearance-rate", p + "headAppearanceRate", zh + "负责人出庭应诉率",
        en + "head-of-agency appearance rate");
    e.rate("litigation.win-rate", p + "winRate", zh + "胜诉率", en + "win rate");
    e.rate("litigation.loss-rate", p + "lossRate", zh + "败诉率", en + "loss rate");
    e.rate("litigation.concluded-rate", p + "concludedRate", zh + "审结率", en + "concluded rate");
    e.breakdown("litigation", p, zh, en);
  }

  private static void judgmentPerformance(Entries e) {
    String p = "/statistics/judgmentPerformance/";
    String zh = "履行生效裁判";
    String en = "court judgments: ";
    e.count("judgment-performance.cases", p + "cases", zh + "应诉案件数", en + "cases");
    e.count("judgment-performance.concluded", p + "concluded", zh + "审理终结数",
        en + "cases concluded");
    for (JudgmentType type : JudgmentType.values()) {
      e.count("judgment-performance.judgment." + kebab(type), p + "judgments/" + type.name(),
          zh + type.chineseName() + "裁判数", en + "judgments: " + words(type));
    }
    e.count("judgment-performance.performed", p + "performed", zh + "已履行数",
        en + "judgments performed");
  }

  private static void legalAid(Entries e) {
    String p = "/statistics/legalAid/";
    String zh = "法律援助";
    String en = "legal aid: ";
    e.count("legal-aid.applications", p + "applications", zh + "申请数", en + "applications");
    e.count("legal-aid.accepted", p + "accepted", zh + "受理数", en + "cases accepted");
    e.count("legal-aid.carried-over", p + "carriedOver", zh + "上年结转数", en + "cases carried over");
    e.count("legal-aid.handled", p + "handled", zh + "办理数", en + "cases handled");
    e.count("legal-aid.closed", p + "closed", zh + "办结数", en + "cases closed");
    for (LegalAidCaseType type : LegalAidCaseType.values()) {
      e.count("legal-aid.cases." + kebab(type), p + "casesByType/" + type.name(),
          zh + type.chineseName() + "案件数", en + "cases: " + words(type));
    }
    e.count("legal-aid.documents-drafted", p + "documentsDrafted", zh + "代写法律文书数",
        en + "legal documents drafted");
    e.count("legal-aid.plea-bargain-assistance", p + "pleaBargainAssistance",
        "认罪认罚案件值班律师法律帮助数", en + "plea-bargain cases assisted by a duty lawyer");
    e.count("legal-aid.consultations", p + "consultations", zh + "咨询数", en + "consultations");
    e.count("legal-aid.hotline-consultations", p + "hotlineConsultations", "12348热线咨询数",
        en + "12348 hotline consultations");
    e.rate("legal-aid.satisfaction", p + "satisfaction", zh + "满意度", en + "satisfaction");
    e.breakdown("legal-aid", p, zh, en);
  }

  private static void mediation(Entries e) {
    String p = "/statistics/mediation/";
    String zh = "人民调解";
    String en = "mediation: ";
    e.count("mediation.committees", p + "committees", "人民调解委员会数", en + "committees");
    e.count("mediation.village-committees", p + "villageCommittees", "村(社区)人民调解委员会数",
        en + "village and community committees");
    e.count("mediation.professional-committees", p + "professionalCommittees",
        "行业性专业性人民调解委员会数", en + "professional committees");
    e.count("mediation.mediators", p + "mediators", "人民调解员数", en + "mediators");
    e.count("mediation.full-time-mediators", p + "fullTimeMediators", "专职人民调解员数",
        en + "full-time mediators");
    e.count("mediation.disputes", p + "disputes", "排查受理矛盾纠纷数", en + "disputes found or received");
    e.count("mediation.mediated", p + "mediated", zh + "案件数", en + "disputes mediated");
    e.count("mediation.settled", p + "settled", zh + "成功数", en + "disputes settled");
    e.rate("mediation.success-rate", p + "successRate", "调解成功率", en + "success rate");
    e.rate("mediation.handling-rate", p + "handlingRate", "矛盾纠纷处置率", en + "handling rate");
    e.breakdown("mediation", p, zh, en);
  }

  private static void publicLegalServices(Entries e) {
    String p = "/statistics/publicLegalServices/";
    String zh = "公共法律服务";
    String en = "public legal services: ";
    e.count("public-legal-services.centres", p + "centres", zh + "中心数", en + "centres");
    e.count("public-legal-services.stations", p + "stations", zh + "工作站数", en + "stations");
    e.count("public-legal-services.rooms", p + "rooms", zh + "工作室数", en + "rooms");
    e.count("public-legal-services.visitors", p + "visitors", zh + "接待群众数", en + "people received");
    e.count("public-legal-services.terminal-uses", p + "terminalUses", "自助终端使用次数",
        en + "self-service terminal uses");
    e.count("public-legal-services.services", p + "services", zh + "服务量", en + "services given");
    e.count("public-legal-services.target", p + "target", zh + "年度任务", en + "annual target");
    e.rate("public-legal-services.completion-rate", p + "completionRate", zh + "任务完成率",
        en + "completion rate");
    e.rate("public-legal-services.satisfaction", p + "satisfaction", zh + "满意度",
        en + "satisfaction");
    e.breakdown("public-legal-services", p, zh, en);
  }

  private static void decisions(Entries e) {
    String p = "/decisions/catalog/";
    String zh = "重大行政决策";
    String en = "decision catalog: ";
    e.count("decision-catalog.declared", p + "declared", zh + "事项目录事项数", en + "items declared");
    for (DecisionStatus status : DecisionStatus.values()) {
      e.count("decision-catalog.status." + kebab(status), p + "statusCounts/" + status.name(),
          zh + statusName(status) + "事项数", en + "items " + words(status));
    }
    e.count("decision-catalog.hearings", p + "hearings", zh + "听证会数", en + "hearings");
    e.count("decision-catalog.expert-reviews", p + "expertReviews", zh + "专家论证数",
        en + "expert reviews");
    e.count("decision-catalog.risk-assessments", p + "riskAssessments", zh + "风险评估数",
        en + "risk assessments");
    e.count("decision-catalog.comment-period-days", p + "commentPeriodDays", "征求意见期限(日)",
        en + "comment period in days");
    e.many("decision-item.comment-period-days", COUNT, p + "items/*/commentPeriodDays",
        "决策事项征求意见期限(日)", "decision item: comment period in days", "item");
    p = "/decisions/legalityReview/";
    zh = "合法性审查";
    en = "legality review: ";
    e.count("legality-review.documents", p + "documents", zh + "文件数", en + "documents");
    e.count("legality-review.agreements", p + "agreements", zh + "协议合同数", en + "agreements");
    e.count("legality-review.decisions", p + "decisions", zh + "重大决策数", en + "major decisions");
    e.count("legality-review.enforcement-decisions", p + "enforcementDecisions",
        "重大执法决定法制审核数", en + "major enforcement decisions");
    e.count("legality-review.opinions", p + "opinions", zh + "意见建议数", en + "opinions given");
    e.rate("legality-review.review-rate", p + "reviewRate", "合法性审核率", en + "review rate");
    p = "/decisions/normativeDocuments/";
    zh = "规范性文件";
    en = "normative documents: ";
    e.count("normative-documents.issued", p + "issued", zh + "制发数", en + "issued");
    e.count("normative-documents.reviewed", p + "reviewed", zh + "合法性审核数", en + "reviewed");
    e.count("normative-documents.filed", p + "filed", zh + "备案数", en + "filed");
    e.count("normative-documents.filed-on-time", p + "filedOnTime", zh + "及时备案数",
        en + "filed on time");
    e.rate("normative-documents.filing-rate", p + "filingRate", zh + "备案率", en + "filing rate");
    e.rate("normative-documents.timely-filing-rate", p + "timelyFilingRate", zh + "及时备案率",
        en + "timely-filing rate");
    e.count("normative-documents.cleaned-up", p + "cleanedUp", zh + "清理数", en + "cleaned up");
    e.count("normative-documents.kept", p + "kept", zh + "保留数", en + "kept");
    e.count("normative-documents.amended", p + "amended", zh + "修改数", en + "amended");
    e.count("normative-documents.repealed", p + "repealed", zh + "废止数", en + "repealed");
    e.count("normative-documents.comment-period-days", p + "commentPeriodDays",
        zh + "征求意见期限(日)", en + "comment period in days");
    p = "/decisions/legalAdvisers/";
    zh = "法律顾问";
    en = "legal advisers: ";
    e.count("legal-advisers.advisers", p + "advisers", zh + "人数", en + "advisers");
    e.count("legal-advisers.lawyers", p + "lawyers", zh + "中律师人数", en + "of which lawyers");
    e.count("legal-advisers.public-lawyers", p + "publicLawyers", "公职律师人数", en + "public-service lawyers");
    e.count("legal-advisers.meetings-attended", p + "meetingsAttended", zh + "列席会议数",
        en + "meetings attended");
    e.count("legal-advisers.documents-reviewed", p + "documentsReviewed", zh + "审查文件协议数",
        en + "documents reviewed");
    e.count("legal-advisers.opinions", p + "opinions", zh + "提供法律意见数", en + "opinions given");
    e.count("legal-advisers.consultations", p + "consultations", zh + "解答咨询数", en + "consultations");
    e.count("legal-advisers.duty-shifts", p + "dutyShifts", zh + "值班数", en + "duty shifts");
    e.count("legal-advisers.villages-covered", p + "villagesCovered", "配备法律顾问的村(社区)数",
        en + "villages and communities covered");
    e.rate("legal-advisers.coverage-rate", p + "coverageRate", "村(社区)法律顾问覆盖率",
        en + "coverage rate");
  }

  private static void enforcement(Entries e) {
    String p = "/enforcement/";
    String zh = "行政执法";
    String en = "enforcement: ";
    e.count("enforcement.officers", p + "officers", zh + "人员数", en + "officers");
    e.rate("enforcement.certificate-holding-rate", p + "certificateHoldingRate", zh + "人员持证率",
        en + "certificate-holding rate");
    e.count("enforcement.inspections", p + "inspections", zh + "检查数", en + "inspections");
    e.count("enforcement.penalty-cases", p + "penaltyCases", "行政处罚案件数", en + "penalty cases");
    e.single("enforcement.penalty-amount", MONEY, p + "penaltyAmount", "罚没金额", en + "penalty amount");
    e.count("enforcement.case-files-reviewed", p + "caseFilesReviewed", "评查案卷数",
        en + "case files reviewed");
    e.count("enforcement.supervision-offices", p + "supervisionOffices", "行政执法监督办公室数",
        en + "supervision offices");
    e.count("enforcement.townships-inspected", p + "townshipsInspected", "受检乡镇数",
        en + "townships inspected");
    e.count("enforcement.agencies-inspected", p + "agenciesInspected", "受检执法部门数",
        en + "agencies inspected");
    e.activities("enforcement.training", p + "training/*/", "执法培训", en + "training ");
    p = "/enforcement/delegatedPowers/";
    zh = "乡镇赋权事项";
    en = "delegated powers: ";
    e.count("delegated-powers.granted", p + "granted", zh + "数", en + "granted");
    e.count("delegated-powers.removal-proposals", p + "removalProposals", zh + "取消建议数",
        en + "proposed for removal");
    e.count("delegated-powers.optional-proposals", p + "optionalProposals", zh + "任意选取建议数",
        en + "proposed as optional");
    e.count("delegated-powers.townships", p + "townships", "乡镇数", en + "townships");
    e.count("delegated-powers.cut", p + "cut", zh + "减少数", en + "cut");
    e.count("delegated-powers.kept", p + "kept", zh + "保留数", en + "kept");
    e.rate("delegated-powers.cut-rate", p + "cutRate", zh + "压减率", en + "cut rate");
  }

  private static void accountability(Entries e) {
    String p = "/accountability/dutyLists/*/";
    e.many("duty-list.item-count", COUNT, p + "itemCount", "责任清单事项数", "duty list: items", "list");
    e.many("duty-list.holders", COUNT, p + "holders", "建立清单人数", "duty list: holders", "list");
    e.many("duty-list.coverage-rate", RATE, p + "coverageRate", "责任清单覆盖率",
        "duty list: coverage rate", "list");
    p = "/accountability/rectificationLists/*/";
    e.many("rectification-list.problems", COUNT, p + "problems", "整改问题数",
        "rectification: problems", "list");
    e.many("rectification-list.rectified", COUNT, p + "rectified", "已整改问题数",
        "rectification: rectified", "list");
    e.many("rectification-list.rectification-rate", RATE, p + "rectificationRate", "整改率",
        "rectification: rate", "list");
    p = "/accountability/study/";
    e.count("study.law-reports", p + "lawReports", "述法人数", "study: leaders' law reports");
    e.count("study.leader-instructions", p + "leaderInstructions", "领导指示批示数",
        "study: leaders' instructions");
    e.activities("study.activity", p + "activities/*/", "学法培训", "study: activity ");
  }

  private static String statusName(DecisionStatus status) {
    return switch (status) {
      case LISTED -> "列入目录";
      case IN_PROGRESS -> "正在推进";
      case DECIDED -> "已作出决策";
      case WITHDRAWN -> "调整出目录";
    };
  }

  private static String kebab(Enum<?> term) {
    return term.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String words(Enum<?> term) {
    return term.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Collects concepts in order and refuses a repeated id. */
  private static final class Entries {
    final List<Concept> list = new ArrayList<>();
    final Map<String, Concept> byId = new LinkedHashMap<>();

    void add(Concept concept) {
      if (byId.putIfAbsent(concept.id(), concept) != null) {
        throw new IllegalStateException("concept listed twice: " + concept.id());
      }
      list.add(concept);
    }

    void single(String id, FigureType type, String pointer, String zh, String en) {
      add(Concept.single(id, type, pointer, zh, en));
    }

    void count(String id, String pointer, String zh, String en) {
      single(id, COUNT, pointer, zh, en);
    }

    void rate(String id, String pointer, String zh, String en) {
      single(id, RATE, pointer, zh, en);
    }

    void many(String id, FigureType type, String pointer, String zh, String en, String dimension) {
      add(Concept.many(id, type, pointer, zh, en, dimension));
    }

    void breakdown(String block, String pointer, String zh, String en) {
      many(block + ".breakdown.item", COUNT, pointer + "breakdowns/*/items/*/count",
          zh + "分类案件数", en + "breakdown item", "item");
      many(block + ".breakdown.item-share", RATE, pointer + "breakdowns/*/items/*/share",
          zh + "分类占比", en + "breakdown item share", "item");
      many(block + ".breakdown.total", COUNT, pointer + "breakdowns/*/total", zh + "分类合计",
          en + "breakdown total", "breakdown");
    }

    void activities(String prefix, String pointer, String zh, String en) {
      many(prefix + ".sessions", COUNT, pointer + "sessions", zh + "场次", en + "sessions",
          "activity");
      many(prefix + ".attendees", COUNT, pointer + "attendees", zh + "人数", en + "attendees",
          "activity");
      many(prefix + ".hours", COUNT, pointer + "hours", zh + "学时", en + "hours", "activity");
    }
  }
  // spotless:on
}
