package org.fazhi.report.statistics;

/**
 * How a court decided an administrative case (行政诉讼法), as reports count the outcomes. {@link
 * #UPHELD} and {@link #SUIT_DISMISSED} are not judgments of the current law but still appear in
 * reports (维持判决; the ruling 驳回起诉).
 */
public enum JudgmentType {
  /** 驳回诉讼请求: the claim rejected; the agency wins. */
  CLAIM_REJECTED("驳回诉讼请求", false),
  /** 维持: upheld (the pre-2015 judgment, still written). */
  UPHELD("维持", false),
  /** 驳回起诉: the suit dismissed by ruling. */
  SUIT_DISMISSED("驳回起诉", false),
  /** 撤销: the act revoked. */
  REVOKED("撤销", true),
  /** 重作: the agency ordered to act again. */
  ORDERED_TO_ACT_AGAIN("重作", true),
  /** 履行: the agency ordered to perform. */
  ORDERED_TO_PERFORM("履行", true),
  /** 给付: the agency ordered to pay. */
  ORDERED_TO_PAY("给付", true),
  /** 确认违法: the act confirmed unlawful. */
  CONFIRMED_UNLAWFUL("确认违法", true),
  /** 确认无效: the act confirmed void. */
  CONFIRMED_VOID("确认无效", true),
  /** 变更: the act changed. */
  CHANGED("变更", true),
  ;

  private final String chineseName;
  private final boolean againstAgency;

  JudgmentType(String chineseName, boolean againstAgency) {
    this.chineseName = chineseName;
    this.againstAgency = againstAgency;
  }

  /** The name as reports write it: {@code 撤销}. */
  public String chineseName() {
    return chineseName;
  }

  /** Whether the outcome goes against the agency, and so counts as a loss (败诉). */
  public boolean isAgainstAgency() {
    return againstAgency;
  }
}
