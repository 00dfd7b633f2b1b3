package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The cue tables of figure extraction: for each typed block, the topic words that make a sentence
 * (or a clause) speak of it, and for each of its fields the words that, standing next to a number,
 * say that the number is that field — before it ({@code 受理31件}), after it ({@code 11个乡镇}), or
 * either. The matcher picks, among the cues of a compatible field, the one nearest the number; a
 * number with no cue but the block's own topic word right before it ({@code 行政诉讼案件5件}) goes to
 * the block's default field. Everything here is data; {@link FigureExtractor} holds the one
 * algorithm.
 */
final class Cues {
  private Cues() {}

  /** The typed blocks figures can go to, with the JSON Pointer of each. */
  enum Block {
    RECONSIDERATION("/statistics/reconsideration"),
    LITIGATION("/statistics/litigation"),
    JUDGMENT_PERFORMANCE("/statistics/judgmentPerformance"),
    LEGAL_AID("/statistics/legalAid"),
    MEDIATION("/statistics/mediation"),
    PUBLIC_LEGAL_SERVICES("/statistics/publicLegalServices"),
    DECISION_CATALOG("/decisions/catalog"),
    LEGALITY_REVIEW("/decisions/legalityReview"),
    NORMATIVE_DOCUMENTS("/decisions/normativeDocuments"),
    LEGAL_ADVISERS("/decisions/legalAdvisers"),
    ENFORCEMENT("/enforcement"),
    DELEGATED_POWERS("/enforcement/delegatedPowers"),
    STUDY("/accountability/study"),
    RECTIFICATION("/accountability/rectificationLists"),
    ;

    final String pointer;

    Block(String pointer) {
      this.pointer = pointer;
    }
  }

  /** What kind of value a field holds. */
  enum Kind {
    /** A {@code Count}: a whole number in a counting unit (or none). */
    COUNT,
    /** A {@code Rate}: a percent. */
    RATE,
    /** A {@code Count} of days: 日, 天, 工作日. */
    DAYS,
    /** {@code Money}: 元 with its scale. */
    MONEY,
    /** A training or study activity of a list: sessions, attendees or hours, by the unit. */
    ACTIVITY
  }

  /** Where a cue stands relative to its number. */
  enum Side {
    BEFORE,
    AFTER,
    EITHER
  }

  /** A field: its name (the pointer below the block), kind, side and cue words, and units if narrowed. */
  record Field(String name, Kind kind, Side side, List<String> cues, Set<String> units) {}

  /** A block: its topic words, fields, default fields, and the field a zero statement sets. */
  record BlockRule(
      Block block,
      List<String> keywords,
      List<Field> fields,
      String defaultCount,
      String zeroField,
      List<String> statementCues) {

    Field field(String name) {
      for (Field f : fields) {
        if (f.name().equals(name)) {
          return f;
        }
      }
      throw new IllegalArgumentException(name);
    }
  }

  /** Counting units a count field takes when it does not narrow them ("" is no unit). */
  static final Set<String> COUNT_UNITS =
      Set.of("", "件", "宗", "起", "个", "次", "人", "名", "份", "项", "条", "场", "期", "家", "户",
          "人次", "件次", "场次", "户次", "家次", "批", "批次", "位", "所", "类", "部", "本", "篇");

  static final Set<String> DAY_UNITS = Set.of("日", "天", "个工作日", "工作日");
  static final Set<String> HOUR_UNITS = Set.of("学时", "课时", "小时");
  static final Set<String> SESSION_UNITS = Set.of("期", "次", "场", "场次", "班次", "批", "批次", "轮", "堂", "节");
  static final Set<String> ATTENDEE_UNITS = Set.of("人", "人次", "名");

  private static final Set<String> PEOPLE = Set.of("名", "人", "位");
  private static final Set<String> TIMES = Set.of("次", "场", "场次");
  private static final Set<String> CASES = Set.of("", "件", "宗", "起", "个");

  /** Zero statements: a block's topic word after one of these, with no figure: 未发生行政复议案件. */
  static final List<String> ZERO_MARKERS =
      List.of("未发生", "没有发生", "未出现", "未收到", "未办理", "零", "无");

  /** What may stand between a block's topic word and a figure for the figure to be the block's default field. */
  static final java.util.regex.Pattern DEFAULT_GAP =
      java.util.regex.Pattern.compile("^(?:案件|申请|事项)?(?:共计|共|总数|数量|数|达到|达|为)?$");

  /** The rules, in the order a tie between blocks is settled. */
  static final List<BlockRule> RULES = rules();

  private static List<BlockRule> rules() {
    List<BlockRule> rules = new ArrayList<>();
    rules.add(
        block(Block.RECONSIDERATION, words("行政复议"), "received", "received", words(),
            count("received", Side.BEFORE, CASES, "收到", "申请", "新收", "收案", "接收"),
            count("accepted", Side.BEFORE, CASES, "受理", "立案"),
            count("notAccepted", Side.EITHER, CASES, "不予受理", "不予立案"),
            count("carriedOver", Side.BEFORE, CASES, "上年结转", "上年度结转", "结转", "旧存"),
            count("closed", Side.BEFORE, CASES, "办结", "审结", "结案", "审理终结", "作出复议决定", "作出决定"),
            count("pending", Side.BEFORE, CASES, "在办", "未结", "正在办理", "正在审理", "尚未审结", "尚未办结"),
            count("outcomes/CHANGED", Side.EITHER, CASES, "变更"),
            count("outcomes/REVOKED", Side.EITHER, CASES, "撤销"),
            count("outcomes/CONFIRMED_UNLAWFUL", Side.EITHER, CASES, "确认违法"),
            count("outcomes/ORDERED_TO_PERFORM", Side.EITHER, CASES, "责令履行"),
            count("outcomes/CONFIRMED_VOID", Side.EITHER, CASES, "确认无效"),
            count("outcomes/UPHELD", Side.EITHER, CASES, "维持"),
            count("outcomes/REQUEST_REJECTED", Side.EITHER, CASES, "驳回复议请求", "驳回行政复议请求", "驳回请求"),
            count("outcomes/APPLICATION_REJECTED", Side.EITHER, CASES, "驳回申请", "驳回复议申请", "驳回行政复议申请"),
            count("outcomes/MEDIATED", Side.EITHER, CASES, "调解", "调解结案"),
            count("outcomes/SETTLED", Side.EITHER, CASES, "和解"),
            count("outcomes/WITHDRAWN", Side.EITHER, CASES, "撤回", "主动撤回", "撤回申请", "撤回复议申请"),
            count("outcomes/TERMINATED", Side.EITHER, CASES, "终止"),
            rate("correctionRate", "纠错率", "直接纠错率")));
    rules.add(
        block(Block.LITIGATION, words("行政诉讼", "行政应诉", "出庭应诉", "负责人出庭", "行政案件"),
            "cases", "cases", words(),
            count("cases", Side.BEFORE, CASES, "新收", "收案", "应诉", "诉讼案件", "应诉案件", "案件", "一审"),
            count("carriedOver", Side.BEFORE, CASES, "上年结转", "结转", "旧存"),
            count("concluded", Side.BEFORE, CASES, "审结", "结案", "审理终结", "已结案", "办结"),
            count("won", Side.EITHER, CASES, "胜诉"),
            count("lost", Side.EITHER, CASES, "败诉"),
            count("withdrawn", Side.EITHER, CASES, "撤诉", "原告撤诉"),
            count("judgments/CLAIM_REJECTED", Side.EITHER, CASES, "驳回诉讼请求", "驳回原告诉讼请求"),
            count("judgments/UPHELD", Side.EITHER, CASES, "维持"),
            count("judgments/SUIT_DISMISSED", Side.EITHER, CASES, "驳回起诉"),
            count("judgments/REVOKED", Side.EITHER, CASES, "撤销"),
            count("judgments/ORDERED_TO_ACT_AGAIN", Side.EITHER, CASES, "重作", "重新作出"),
            count("judgments/ORDERED_TO_PERFORM", Side.EITHER, CASES, "判决履行", "责令履行"),
            count("judgments/ORDERED_TO_PAY", Side.EITHER, CASES, "给付"),
            count("judgments/CONFIRMED_UNLAWFUL", Side.EITHER, CASES, "确认违法"),
            count("judgments/CONFIRMED_VOID", Side.EITHER, CASES, "确认无效"),
            count("judgments/CHANGED", Side.EITHER, CASES, "变更"),
            count("hearings", Side.BEFORE, Set.of("", "件", "次", "场", "场次"), "应出庭", "开庭"),
            count("headAppearances", Side.BEFORE, Set.of("", "件", "次", "人次", "件次", "场", "场次"), "负责人出庭", "出庭应诉", "出庭"),
            rate("headAppearanceRate", "出庭率", "出庭应诉率", "负责人出庭率"),
            rate("lossRate", "败诉率")));
    rules.add(
        block(Block.JUDGMENT_PERFORMANCE, words("生效裁判", "生效判决", "履行法院", "法院判决履行"),
            "cases", "cases", words("均已", "全部履行", "已全部", "均履行", "已履行", "无未履行"),
            count("cases", Side.BEFORE, CASES, "应诉案件", "单独应诉", "案件"),
            count("concluded", Side.BEFORE, CASES, "审理终结", "审结", "结案"),
            count("performed", Side.BEFORE, CASES, "已履行", "自觉履行", "履行"),
            count("judgments/CLAIM_REJECTED", Side.EITHER, CASES, "驳回诉讼请求", "驳回原告诉讼请求"),
            count("judgments/UPHELD", Side.EITHER, CASES, "维持"),
            count("judgments/SUIT_DISMISSED", Side.EITHER, CASES, "驳回起诉"),
            count("judgments/REVOKED", Side.EITHER, CASES, "撤销"),
            count("judgments/ORDERED_TO_ACT_AGAIN", Side.EITHER, CASES, "重作", "重新作出"),
            count("judgments/ORDERED_TO_PAY", Side.EITHER, CASES, "给付"),
            count("judgments/CONFIRMED_UNLAWFUL", Side.EITHER, CASES, "确认违法"),
            count("judgments/CONFIRMED_VOID", Side.EITHER, CASES, "确认无效"),
            count("judgments/CHANGED", Side.EITHER, CASES, "变更")));
    rules.add(
        block(Block.LEGAL_AID, words("法律援助"), "accepted", "accepted", words(),
            count("applications", Side.BEFORE, CASES, "申请"),
            count("accepted", Side.BEFORE, CASES, "受理", "办理", "指派"),
            count("carriedOver", Side.BEFORE, CASES, "上年结转", "结转"),
            count("closed", Side.BEFORE, CASES, "办结", "结案", "审结"),
            count("consultations", Side.BEFORE, Set.of("", "件", "人次", "次", "人", "条"), "法律咨询", "咨询", "解答"),
            rate("satisfaction", "满意度", "满意率")));
    rules.add(
        block(Block.MEDIATION, words("人民调解", "矛盾纠纷", "调解"), "mediated", "mediated", words(),
            count("disputes", Side.BEFORE, CASES, "排查", "摸排", "受理", "发现"),
            count("mediated", Side.BEFORE, CASES, "调解", "调处"),
            count("settled", Side.BEFORE, CASES, "调解成功", "成功调解", "化解", "调处成功"),
            rate("successRate", "调解成功率", "成功率"),
            rate("handlingRate", "处置率", "化解率", "办结率")));
    rules.add(
        block(Block.PUBLIC_LEGAL_SERVICES, words("公共法律服务"), "services", "services", words(),
            count("services", Side.BEFORE, Set.of("", "件", "次", "人次", "件次", "个"), "受理", "服务", "咨询", "提供", "办理"),
            count("target", Side.BEFORE, Set.of("", "件", "次", "人次", "件次", "个"), "年度任务", "目标任务", "任务"),
            rate("completionRate", "占年度任务", "占全年任务", "任务完成率", "完成率", "年度任务"),
            rate("satisfaction", "满意度", "满意率")));
    rules.add(
        block(Block.DECISION_CATALOG, words("重大行政决策", "决策事项目录", "重大决策事项"),
            null, null, words(),
            count("declared", Side.BEFORE, Set.of("", "项", "个", "件", "条"), "目录", "事项目录", "决策事项目录", "决策事项"),
            days("commentPeriodDays", "征求意见期限", "征求意见", "期限")));
    rules.add(
        block(Block.LEGALITY_REVIEW, words("合法性审查", "合法性审核", "法制审核"),
            "documents", "documents", words(),
            count("documents", Side.BEFORE, Set.of("", "件", "份", "个", "项"), "文件", "文件协议", "审查", "审核", "规范性文件"),
            count("agreements", Side.BEFORE, Set.of("", "件", "份", "个", "项"), "协议", "合同"),
            count("decisions", Side.BEFORE, Set.of("", "件", "个", "项"), "重大行政决策", "重大决策", "决策事项"),
            count("enforcementDecisions", Side.BEFORE, Set.of("", "件", "个", "项"), "重大执法决定", "执法决定"),
            count("opinions", Side.BEFORE, Set.of("", "条", "件", "份", "个"), "意见", "意见建议", "建议"),
            rate("reviewRate", "审核率", "审查率", "审核覆盖率")));
    rules.add(
        block(Block.NORMATIVE_DOCUMENTS, words("规范性文件"), "issued", "issued", words(),
            count("issued", Side.BEFORE, Set.of("", "件", "份", "个", "部"), "制发", "出台", "印发", "发布", "制定"),
            count("reviewed", Side.BEFORE, Set.of("", "件", "份", "个", "部"), "审核", "审查"),
            count("filed", Side.BEFORE, Set.of("", "件", "份", "个", "部"), "备案", "报备"),
            count("filedOnTime", Side.BEFORE, Set.of("", "件", "份", "个", "部"), "及时备案", "按时备案"),
            rate("filingRate", "备案率", "报备率"),
            rate("timelyFilingRate", "及时备案率", "及时报备率"),
            count("cleanedUp", Side.BEFORE, Set.of("", "件", "份", "个", "部"), "清理"),
            count("kept", Side.BEFORE, Set.of("", "件", "份", "个", "部"), "保留", "继续有效"),
            count("amended", Side.BEFORE, Set.of("", "件", "份", "个", "部"), "修改", "修订"),
            count("repealed", Side.BEFORE, Set.of("", "件", "份", "个", "部"), "废止", "宣布失效", "失效"),
            days("commentPeriodDays", "征求意见期限", "征求意见", "期限")));
    rules.add(
        block(Block.LEGAL_ADVISERS, words("法律顾问", "公职律师"), "advisers", "advisers", words(),
            count("advisers", Side.BEFORE, Set.of("名", "人", "位", "家"), "聘请", "法律顾问", "聘任"),
            count("publicLawyers", Side.BEFORE, PEOPLE, "公职律师"),
            count("meetingsAttended", Side.BEFORE, TIMES, "列席", "会议", "参加会议"),
            count("documentsReviewed", Side.BEFORE, Set.of("", "件", "份", "个", "项"), "审查", "审核", "文件", "文件协议", "合同"),
            count("opinions", Side.BEFORE, Set.of("", "条", "件", "份", "个"), "法律意见", "意见", "建议"),
            rate("coverageRate", "覆盖率")));
    rules.add(
        block(Block.ENFORCEMENT,
            words("行政执法", "执法监督", "执法人员", "执法队伍", "行政处罚", "执法证", "执法检查"),
            null, null, words(),
            count("officers", Side.BEFORE, PEOPLE, "执法人员", "执法队伍"),
            rate("certificateHoldingRate", "持证率", "持证上岗率"),
            count("inspections", Side.BEFORE, Set.of("次", "家次", "户次", "场次", "人次"), "检查", "执法检查", "巡查"),
            count("penaltyCases", Side.BEFORE, CASES, "行政处罚案件", "处罚案件", "办理案件", "立案"),
            new Field("penaltyAmount", Kind.MONEY, Side.BEFORE, words("罚没", "罚款"), Set.of()),
            count("caseFilesReviewed", Side.BEFORE, Set.of("", "件", "份", "卷", "个"), "评查案卷", "案卷", "评查"),
            count("supervisionOffices", Side.AFTER, Set.of("个"), "司法所"),
            count("townshipsInspected", Side.AFTER, Set.of("个"), "乡镇"),
            count("agenciesInspected", Side.EITHER, Set.of("个", "家"), "执法单位", "执法部门", "行政执法单位"),
            new Field("training", Kind.ACTIVITY, Side.EITHER,
                words("培训", "轮训", "大讲堂", "讲堂", "讲座", "培训班", "课堂"), Set.of())));
    rules.add(
        block(Block.DELEGATED_POWERS, words("赋权", "乡镇行政执法事项", "承接的执法事项", "下放"),
            "granted", "granted", words(),
            count("granted", Side.BEFORE, Set.of("", "项", "个", "条"), "赋权", "赋予", "下放"),
            count("granted", Side.AFTER, Set.of("", "项", "个", "条"), "职权", "执法职权"),
            count("removalProposals", Side.AFTER, Set.of("", "项", "个", "条"), "取消建议"),
            count("optionalProposals", Side.AFTER, Set.of("", "项", "个", "条"), "任意选取建议", "选取建议"),
            count("townships", Side.AFTER, Set.of("个"), "乡镇"),
            count("cut", Side.BEFORE, Set.of("", "项", "个", "条"), "减少", "压减", "取消", "精简"),
            count("kept", Side.BEFORE, Set.of("", "项", "个", "条"), "保留"),
            rate("cutRate", "压减率", "精简率", "减少率")));
    rules.add(
        block(Block.STUDY, words("学法", "述法", "指示批示", "中心组", "理论学习"), null, null, words(),
            count("lawReports", Side.EITHER, Set.of("名", "人", "份", "个", "位"), "述法"),
            count("leaderInstructions", Side.BEFORE, Set.of("次", "件", "条", "个"), "指示批示", "批示"),
            new Field("activities", Kind.ACTIVITY, Side.EITHER,
                words("学法", "培训", "讲座", "宣讲", "集中学习", "专题学习", "学习会"), Set.of())));
    rules.add(
        block(Block.RECTIFICATION, words("整改"), null, null, words(),
            count("problems", Side.BEFORE, Set.of("", "个", "项", "条"), "问题", "发现问题", "反馈问题"),
            count("rectified", Side.BEFORE, Set.of("", "个", "项", "条"), "已整改", "整改完成", "完成整改", "整改到位"),
            rate("rectificationRate", "整改率", "整改完成率")));
    return List.copyOf(rules);
  }

  static BlockRule rule(Block block) {
    for (BlockRule rule : RULES) {
      if (rule.block() == block) {
        return rule;
      }
    }
    throw new IllegalArgumentException(block.name());
  }

  private static BlockRule block(
      Block block, List<String> keywords, String defaultCount, String zeroField,
      List<String> statementCues, Field... fields) {
    return new BlockRule(block, keywords, List.of(fields), defaultCount, zeroField, statementCues);
  }

  private static Field count(String name, Side side, Set<String> units, String... cues) {
    return new Field(name, Kind.COUNT, side, List.of(cues), units);
  }

  private static Field rate(String name, String... cues) {
    return new Field(name, Kind.RATE, Side.BEFORE, List.of(cues), Set.of("%"));
  }

  private static Field days(String name, String... cues) {
    return new Field(name, Kind.DAYS, Side.BEFORE, List.of(cues), DAY_UNITS);
  }

  private static List<String> words(String... words) {
    return List.of(words);
  }
}
