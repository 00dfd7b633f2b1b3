package org.fazhi.report.text;

import static org.fazhi.report.text.Cues.CASES;
import static org.fazhi.report.text.Cues.PEOPLE;
import static org.fazhi.report.text.Cues.SITES;
import static org.fazhi.report.text.Cues.block;
import static org.fazhi.report.text.Cues.count;
import static org.fazhi.report.text.Cues.part;
import static org.fazhi.report.text.Cues.rate;
import static org.fazhi.report.text.Cues.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.LegalAidCaseType;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.BlockRule;
import org.fazhi.report.text.Cues.Field;
import org.fazhi.report.text.Cues.Group;
import org.fazhi.report.text.Cues.Side;

/**
 * The cue tables of the case blocks: reconsideration, litigation, judgments, legal aid, mediation,
 * public legal services.
 */
final class CaseCues {
  // spotless:off  A table, one entry a line: aligned rows read better than the formatter's.
  private CaseCues() {}

  private static final Set<String> SERVICES = Set.of("", "件", "次", "人次", "件次", "个");

  /**
   * Words before a figure that make its field a narrower one: a withdrawal after settling is
   * {@code 和解后撤回} ({@code 经调解和解后申请人撤回申请26件}); mediation or resolution before
   * acceptance is {@code 受理前化解}.
   */
  private record Refinement(String from, String context, String to) {}

  private static final List<Refinement> REFINEMENTS = List.of(
      new Refinement("outcomes/WITHDRAWN", "和解", "outcomes/SETTLED_AND_WITHDRAWN"),
      new Refinement("outcomes/SETTLED", "撤回", "outcomes/SETTLED_AND_WITHDRAWN"),
      new Refinement("outcomes/MEDIATED", "撤回", "outcomes/SETTLED_AND_WITHDRAWN"),
      new Refinement("outcomes/MEDIATED", "受理前", "outcomes/RESOLVED_BEFORE_ACCEPTANCE"),
      new Refinement("outcomes/REVOKED", "责令重", "outcomes/ORDERED_TO_REDO"),
      new Refinement("closed", "调解", "outcomes/MEDIATED"),
      new Refinement("closed", "和解", "outcomes/SETTLED"),
      new Refinement("received", "新收", "newCases"),
      new Refinement("received", "不予受理", "notAccepted"),
      new Refinement("received", "受理", "accepted"),
      new Refinement("handled", "指派", "accepted"),
      new Refinement("cases", "一审", "firstInstance"),
      new Refinement("cases", "二审", "secondInstance"),
      new Refinement("cases", "应出庭", "hearings"),
      new Refinement("consultations", "热线", "hotlineConsultations"),
      new Refinement("consultations", "12348", "hotlineConsultations"),
      new Refinement("committees", "村（社区）", "villageCommittees"),
      new Refinement("committees", "村(社区)", "villageCommittees"),
      new Refinement("committees", "村（居）", "villageCommittees"),
      new Refinement("committees", "村级", "villageCommittees"),
      new Refinement("committees", "行业性", "professionalCommittees"),
      new Refinement("committees", "专业性", "professionalCommittees"),
      new Refinement("mediators", "专职", "fullTimeMediators"),
      new Refinement("settled", "排查", "disputes"),
      new Refinement("settled", "摸排", "disputes"),
      new Refinement("declared", "调整出", "statusCounts/WITHDRAWN"),
      new Refinement("declared", "调出", "statusCounts/WITHDRAWN"),
      new Refinement("declared", "移出", "statusCounts/WITHDRAWN"),
      new Refinement("declared", "暂缓", "statusCounts/WITHDRAWN"));

  /**
   * The field {@code field} narrows to, given the words around its figure ({@code lead}: from its
   * clause's start, or the figure before it, to the figure and on to the next figure). The first
   * refinement that applies wins.
   */
  static Field<?> refine(Field<?> field, String lead) {
    for (Refinement refinement : REFINEMENTS) {
      if (field.name().equals(refinement.from()) && lead.contains(refinement.context())) {
        for (BlockRule<?> rule : Cues.RULES) {
          if (!rule.fields().contains(field)) {
            continue;
          }
          for (Field<?> other : rule.fields()) {
            if (other.name().equals(refinement.to())) {
              return other;
            }
          }
        }
      }
    }
    return field;
  }

  static List<BlockRule<?>> rules() {
    return List.of(
        reconsideration(), litigation(), judgmentPerformance(), legalAid(), mediation(),
        publicLegalServices());
  }

  private static BlockRule<Reconsideration.Builder> reconsideration() {
    List<Field<Reconsideration.Builder>> f = new ArrayList<>();
    f.add(count("received", Side.BEFORE, CASES, Reconsideration.Builder::received,
        "收到", "申请", "收案", "接收"));
    f.add(count("newCases", Side.BEFORE, CASES, Reconsideration.Builder::newCases, "新收"));
    f.add(count("accepted", Side.BEFORE, CASES, Reconsideration.Builder::accepted, "受理", "立案"));
    f.add(count("notAccepted", Side.EITHER, CASES, Reconsideration.Builder::notAccepted,
        "不予受理", "不予立案"));
    f.add(count("carriedOver", Side.BEFORE, CASES, Reconsideration.Builder::carriedOver,
        "上年结转", "上年度结转", "结转", "旧存"));
    f.add(count("handled", Side.BEFORE, CASES, Reconsideration.Builder::handled, "办理", "办案"));
    f.add(count("closed", Side.BEFORE, CASES, Reconsideration.Builder::closed,
        "办结", "审结", "结案", "审理终结", "作出复议决定", "作出决定", "已结"));
    f.add(count("pending", Side.BEFORE, CASES, Reconsideration.Builder::pending,
        "在办", "未结", "正在办理", "正在审理", "尚未审结", "尚未办结", "尚在审理", "审理中"));
    f.add(count("pending", Side.AFTER, CASES, Reconsideration.Builder::pending,
        "正在审理", "尚在审理", "正在办理", "审理中", "办理中", "未结"));
    outcome(f, ReconsiderationDecision.CHANGED, "变更");
    outcome(f, ReconsiderationDecision.REVOKED, "撤销");
    outcome(f, ReconsiderationDecision.ORDERED_TO_REDO, "责令重作", "责令重新作出", "重作");
    outcome(f, ReconsiderationDecision.CONFIRMED_UNLAWFUL, "确认违法");
    outcome(f, ReconsiderationDecision.ORDERED_TO_PERFORM, "责令履行");
    outcome(f, ReconsiderationDecision.CONFIRMED_VOID, "确认无效");
    outcome(f, ReconsiderationDecision.UPHELD, "维持");
    outcome(f, ReconsiderationDecision.REQUEST_REJECTED, "驳回复议请求", "驳回行政复议请求", "驳回请求",
        "驳回");
    outcome(f, ReconsiderationDecision.APPLICATION_REJECTED,
        "驳回申请", "驳回复议申请", "驳回行政复议申请");
    outcome(f, ReconsiderationDecision.MEDIATED, "调解", "调解结案");
    outcome(f, ReconsiderationDecision.SETTLED, "和解", "和解结案");
    outcome(f, ReconsiderationDecision.WITHDRAWN, "撤回", "主动撤回", "撤回申请", "撤回复议申请");
    outcome(f, ReconsiderationDecision.TERMINATED, "终止");
    outcome(f, ReconsiderationDecision.SETTLED_AND_WITHDRAWN, "和解后撤回", "和解撤回");
    outcome(f, ReconsiderationDecision.TRANSFERRED, "移送", "转送");
    outcome(f, ReconsiderationDecision.RESOLVED_BEFORE_ACCEPTANCE, "受理前化解", "受理前调解化解");
    share(f, ReconsiderationDecision.UPHELD, "维持率");
    share(f, ReconsiderationDecision.REVOKED, "撤销率");
    share(f, ReconsiderationDecision.CHANGED, "变更率");
    share(f, ReconsiderationDecision.CONFIRMED_UNLAWFUL, "确认违法率");
    share(f, ReconsiderationDecision.REQUEST_REJECTED, "驳回率", "驳回复议请求率");
    for (ReconsiderationDecision kind : ReconsiderationDecision.values()) {
      if (f.stream().noneMatch(field -> field.name().equals("outcomeShares/" + kind.name()))) {
        share(f, kind); // named only by 占…: 受理前调解化解45件，占收到申请总数的26.8%
      }
    }
    f.add(rate("correctionRate", Reconsideration.Builder::correctionRate, "纠错率", "直接纠错率"));
    f.add(rate("closureRate", Reconsideration.Builder::closureRate, "结案率", "办结率", "审结率"));
    f.add(rate("mediationRate", Reconsideration.Builder::mediationRate, "调解率"));
    f.add(rate("mediationWithdrawalRate", Reconsideration.Builder::mediationWithdrawalRate,
        "调撤率", "调解撤回率"));
    return block(Block.RECONSIDERATION, words("行政复议"), "received", "received", words(), f);
  }

  private static void outcome(
      List<Field<Reconsideration.Builder>> fields, ReconsiderationDecision kind, String... cues) {
    fields.add(part("outcomes/" + kind.name(), Group.OUTCOME, CASES,
        (b, c) -> b.putOutcome(kind, c), cues));
  }

  private static void share(
      List<Field<Reconsideration.Builder>> fields, ReconsiderationDecision kind, String... cues) {
    fields.add(rate("outcomeShares/" + kind.name(), (b, r) -> b.putOutcomeShare(kind, r), cues));
  }

  private static BlockRule<Litigation.Builder> litigation() {
    List<Field<Litigation.Builder>> f = new ArrayList<>();
    f.add(count("cases", Side.BEFORE, CASES, Litigation.Builder::cases,
        "新收", "收案", "应诉", "诉讼案件", "应诉案件", "案件", "办理"));
    f.add(count("carriedOver", Side.BEFORE, CASES, Litigation.Builder::carriedOver,
        "上年结转", "结转", "旧存"));
    f.add(count("firstInstance", Side.BEFORE, CASES, Litigation.Builder::firstInstance,
        "一审", "一审案件"));
    f.add(count("secondInstance", Side.BEFORE, CASES, Litigation.Builder::secondInstance,
        "二审", "二审案件", "上诉"));
    f.add(count("concluded", Side.BEFORE, CASES, Litigation.Builder::concluded,
        "审结", "结案", "审理终结", "已结案", "办结"));
    f.add(count("pending", Side.BEFORE, CASES, Litigation.Builder::pending,
        "尚在审理", "正在审理", "审理中", "未结", "在审", "尚未审结", "尚未判决"));
    f.add(count("pending", Side.AFTER, CASES, Litigation.Builder::pending,
        "正在审理", "尚在审理", "审理中", "未结", "在审"));
    f.add(count("won", Side.EITHER, CASES, Litigation.Builder::won, "胜诉"));
    f.add(count("lost", Side.EITHER, CASES, Litigation.Builder::lost, "败诉"));
    f.add(count("withdrawn", Side.EITHER, CASES, Litigation.Builder::withdrawn, "撤诉", "原告撤诉"));
    judgments(f, Group.JUDGMENT, Litigation.Builder::putJudgment, true);
    f.add(count("hearings", Side.BEFORE, Set.of("", "件", "次", "场", "场次", "件次"),
        Litigation.Builder::hearings, "应出庭", "开庭"));
    f.add(count("headAppearances", Side.BEFORE, Set.of("", "件", "次", "人次", "件次", "场", "场次"),
        Litigation.Builder::headAppearances, "负责人出庭", "出庭应诉", "出庭"));
    f.add(rate("headAppearanceRate", Litigation.Builder::headAppearanceRate,
        "出庭率", "出庭应诉率", "负责人出庭率"));
    f.add(rate("winRate", Litigation.Builder::winRate, "胜诉率"));
    f.add(rate("lossRate", Litigation.Builder::lossRate, "败诉率"));
    f.add(rate("concludedRate", Litigation.Builder::concludedRate, "审结率", "结案率"));
    return block(Block.LITIGATION, words("行政诉讼", "行政应诉", "出庭应诉", "负责人出庭", "行政案件"),
        "cases", "cases", words(), f);
  }

  /** The judgment kinds, shared by litigation and judgment performance. */
  private static <B> void judgments(
      List<Field<B>> fields, Group group, JudgmentSetter<B> setter, boolean perform) {
    judgment(fields, group, setter, JudgmentType.CLAIM_REJECTED, "驳回诉讼请求", "驳回原告诉讼请求");
    judgment(fields, group, setter, JudgmentType.UPHELD, "维持");
    judgment(fields, group, setter, JudgmentType.SUIT_DISMISSED, "驳回起诉");
    judgment(fields, group, setter, JudgmentType.REVOKED, "撤销");
    judgment(fields, group, setter, JudgmentType.ORDERED_TO_ACT_AGAIN, "重作", "重新作出");
    if (perform) {
      judgment(fields, group, setter, JudgmentType.ORDERED_TO_PERFORM, "判决履行", "责令履行");
    }
    judgment(fields, group, setter, JudgmentType.ORDERED_TO_PAY, "给付");
    judgment(fields, group, setter, JudgmentType.CONFIRMED_UNLAWFUL, "确认违法");
    judgment(fields, group, setter, JudgmentType.CONFIRMED_VOID, "确认无效");
    judgment(fields, group, setter, JudgmentType.CHANGED, "变更");
  }

  private static <B> void judgment(
      List<Field<B>> fields, Group group, JudgmentSetter<B> setter, JudgmentType type,
      String... cues) {
    fields.add(part("judgments/" + type.name(), group, CASES, (b, c) -> setter.put(b, type, c), cues));
  }

  /** A builder's {@code putJudgment}. */
  @FunctionalInterface
  private interface JudgmentSetter<B> {
    void put(B builder, JudgmentType type, org.fazhi.report.figure.Count count);
  }

  private static BlockRule<JudgmentPerformance.Builder> judgmentPerformance() {
    List<Field<JudgmentPerformance.Builder>> f = new ArrayList<>();
    f.add(count("cases", Side.BEFORE, CASES, JudgmentPerformance.Builder::cases,
        "应诉案件", "单独应诉", "案件"));
    f.add(count("concluded", Side.BEFORE, CASES, JudgmentPerformance.Builder::concluded,
        "审理终结", "审结", "结案"));
    f.add(count("performed", Side.BEFORE, CASES, JudgmentPerformance.Builder::performed,
        "已履行", "自觉履行", "履行"));
    judgments(f, Group.JUDGMENT, JudgmentPerformance.Builder::putJudgment, false);
    return block(Block.JUDGMENT_PERFORMANCE, words("生效裁判", "生效判决", "履行法院", "法院判决履行"),
        "cases", "cases", words("均已", "全部履行", "已全部", "均履行", "已履行", "无未履行"), f);
  }

  private static BlockRule<LegalAid.Builder> legalAid() {
    List<Field<LegalAid.Builder>> f = new ArrayList<>();
    f.add(count("applications", Side.BEFORE, CASES, LegalAid.Builder::applications, "申请"));
    f.add(count("accepted", Side.BEFORE, CASES, LegalAid.Builder::accepted, "受理", "指派"));
    f.add(count("handled", Side.BEFORE, CASES, LegalAid.Builder::handled, "办理", "承办"));
    f.add(count("carriedOver", Side.BEFORE, CASES, LegalAid.Builder::carriedOver, "上年结转", "结转"));
    f.add(count("closed", Side.BEFORE, CASES, LegalAid.Builder::closed, "办结", "结案", "审结"));
    for (LegalAidCaseType type : LegalAidCaseType.values()) {
      String word = type.chineseName();
      f.add(count("casesByType/" + type.name(), Side.BEFORE, CASES,
          (b, c) -> b.putCasesByType(type, c),
          word + "案件", word + "法律援助案件", word + "类案件", word + "类", word + "法律援助"));
    }
    f.add(count("documentsDrafted", Side.BEFORE, Set.of("", "份", "件", "篇"),
        LegalAid.Builder::documentsDrafted, "代写法律文书", "代写文书", "代书", "法律文书"));
    f.add(count("pleaBargainAssistance", Side.BEFORE, CASES, LegalAid.Builder::pleaBargainAssistance,
        "认罪认罚", "值班律师", "法律帮助"));
    f.add(count("consultations", Side.BEFORE, Set.of("", "件", "人次", "次", "人", "条"),
        LegalAid.Builder::consultations, "法律咨询", "咨询", "解答", "接待"));
    f.add(count("hotlineConsultations", Side.BEFORE, Set.of("", "件", "人次", "次", "个", "通"),
        LegalAid.Builder::hotlineConsultations, "12348", "热线", "来电", "接听"));
    f.add(rate("satisfaction", LegalAid.Builder::satisfaction, "满意度", "满意率"));
    return block(Block.LEGAL_AID, words("法律援助", "值班律师", "认罪认罚", "12348"),
        "handled", "handled", words(), f);
  }

  private static BlockRule<Mediation.Builder> mediation() {
    List<Field<Mediation.Builder>> f = new ArrayList<>();
    f.add(count("committees", Side.BEFORE, SITES, Mediation.Builder::committees,
        "人民调解委员会", "调解委员会", "调委会", "调解组织"));
    f.add(count("villageCommittees", Side.BEFORE, SITES, Mediation.Builder::villageCommittees,
        "村（社区）人民调解委员会", "村（社区）调委会", "村(社区)调委会", "村级调委会", "村（居）调委会",
        "村调委会"));
    f.add(count("professionalCommittees", Side.BEFORE, SITES,
        Mediation.Builder::professionalCommittees, "行业性专业性", "专业性调委会", "行业性、专业性"));
    f.add(count("mediators", Side.BEFORE, PEOPLE, Mediation.Builder::mediators,
        "人民调解员", "调解员"));
    f.add(count("fullTimeMediators", Side.BEFORE, PEOPLE, Mediation.Builder::fullTimeMediators,
        "专职调解员", "专职人民调解员", "专职"));
    f.add(count("disputes", Side.BEFORE, CASES, Mediation.Builder::disputes,
        "排查", "摸排", "受理", "发现"));
    f.add(count("mediated", Side.BEFORE, CASES, Mediation.Builder::mediated, "调解", "调处"));
    f.add(count("settled", Side.BEFORE, CASES, Mediation.Builder::settled,
        "调解成功", "成功调解", "化解", "调处成功", "成功"));
    f.add(rate("successRate", Mediation.Builder::successRate, "调解成功率", "成功率"));
    f.add(rate("handlingRate", Mediation.Builder::handlingRate, "处置率", "化解率", "办结率"));
    return block(Block.MEDIATION, words("人民调解", "矛盾纠纷", "调解"), "mediated", "mediated", words(), f);
  }

  private static BlockRule<PublicLegalServices.Builder> publicLegalServices() {
    List<Field<PublicLegalServices.Builder>> f = new ArrayList<>();
    f.add(count("centres", Side.BEFORE, SITES, PublicLegalServices.Builder::centres,
        "公共法律服务中心", "服务中心", "中心"));
    f.add(count("stations", Side.BEFORE, SITES, PublicLegalServices.Builder::stations,
        "公共法律服务站", "工作站", "服务站"));
    f.add(count("rooms", Side.BEFORE, SITES, PublicLegalServices.Builder::rooms,
        "公共法律服务室", "工作室", "服务室", "服务点"));
    f.add(count("visitors", Side.BEFORE, Set.of("", "人", "人次", "名", "次"),
        PublicLegalServices.Builder::visitors, "接待", "来访", "群众"));
    f.add(count("terminalUses", Side.BEFORE, Set.of("", "次", "人次"),
        PublicLegalServices.Builder::terminalUses, "自助终端", "终端", "一体机", "使用"));
    f.add(count("services", Side.BEFORE, SERVICES, PublicLegalServices.Builder::services,
        "受理", "服务", "咨询", "提供", "办理"));
    f.add(count("target", Side.BEFORE, SERVICES, PublicLegalServices.Builder::target,
        "年度任务", "目标任务", "任务"));
    f.add(rate("completionRate", PublicLegalServices.Builder::completionRate,
        "占年度任务", "占全年任务", "任务完成率", "完成率", "年度任务"));
    f.add(rate("satisfaction", PublicLegalServices.Builder::satisfaction, "满意度", "满意率"));
    return block(Block.PUBLIC_LEGAL_SERVICES, words("公共法律服务"), "services", "services", words(), f);
  }
  // spotless:on
}
