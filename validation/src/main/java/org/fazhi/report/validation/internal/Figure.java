package org.fazhi.report.validation.internal;

/**
 * The published rates the rules name, with the words a message uses for each: the subject of {@code
 * rate.share-exceeds-100} and {@code rate.disagrees-with-block-counts}, rendered into the message
 * parameters {@code figure} (Chinese) and {@code figureEn} (English).
 */
enum Figure {
  HEAD_APPEARANCE_RATE("行政机关负责人出庭应诉率", "head-of-agency appearance rate"),
  LOSS_RATE("行政诉讼败诉率", "litigation loss rate"),
  CORRECTION_RATE("行政复议纠错率", "reconsideration correction rate"),
  OUTCOME_SHARE("行政复议决定占比", "reconsideration outcome share"),
  OUTCOME_SHARES("行政复议各类决定占比", "reconsideration outcome shares"),
  CLOSURE_RATE("行政复议结案率", "reconsideration closure rate"),
  MEDIATION_RATE("行政复议调解率", "reconsideration mediation rate"),
  MEDIATION_WITHDRAWAL_RATE("行政复议调撤率", "reconsideration mediation and withdrawal rate"),
  WIN_RATE("行政诉讼胜诉率", "litigation win rate"),
  CONCLUDED_RATE("行政诉讼审结率", "litigation concluded rate"),
  WIN_AND_LOSS_RATES("行政诉讼胜诉率与败诉率", "litigation win and loss rates"),
  BREAKDOWN_SHARE("分类占比", "breakdown share"),
  BREAKDOWN_SHARES("分类各项占比", "breakdown shares"),
  LEGAL_AID_SATISFACTION("法律援助满意度", "legal aid satisfaction"),
  MEDIATION_SUCCESS_RATE("调解成功率", "mediation success rate"),
  MEDIATION_HANDLING_RATE("矛盾纠纷处置率", "dispute handling rate"),
  SERVICES_COMPLETION_RATE("公共法律服务任务完成率", "public legal services completion rate"),
  SERVICES_SATISFACTION("公共法律服务满意度", "public legal services satisfaction"),
  REVIEW_RATE("合法性审核率", "legality review rate"),
  ADVISER_COVERAGE_RATE("法律顾问覆盖率", "legal adviser coverage rate"),
  FILING_RATE("规范性文件备案率", "normative document filing rate"),
  TIMELY_FILING_RATE("规范性文件及时备案率", "normative document timely-filing rate"),
  CERTIFICATE_HOLDING_RATE("行政执法人员持证率", "enforcement certificate-holding rate"),
  CUT_RATE("乡镇赋权事项压减率", "delegated powers cut rate"),
  DUTY_LIST_COVERAGE_RATE("责任清单覆盖率", "duty list coverage rate"),
  RECTIFICATION_RATE("整改率", "rectification rate");

  final String chinese;
  final String english;

  Figure(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }
}
