package org.fazhi.report.statistics;

/**
 * How an administrative reconsideration case ended, under the Administrative Reconsideration Law
 * (行政复议法, revised 2023, in force 2024-01-01). Refusal to accept (不予受理, art. 30) happens before
 * acceptance and is counted apart, in {@link Reconsideration#getNotAccepted()}.
 */
public enum ReconsiderationDecision {
  /** 变更 (art. 63). */
  CHANGED("变更", 63, true),
  /** 撤销 (art. 64). */
  REVOKED("撤销", 64, true),
  /** 确认违法 (art. 65). */
  CONFIRMED_UNLAWFUL("确认违法", 65, true),
  /** 责令履行 (art. 66). */
  ORDERED_TO_PERFORM("责令履行", 66, true),
  /** 确认无效 (art. 67). */
  CONFIRMED_VOID("确认无效", 67, true),
  /** 维持 (art. 68). */
  UPHELD("维持", 68, false),
  /** 驳回复议请求 (art. 69). */
  REQUEST_REJECTED("驳回复议请求", 69, false),
  /** 驳回申请 (art. 33). */
  APPLICATION_REJECTED("驳回申请", 33, false),
  /** 调解 (art. 73). */
  MEDIATED("调解", 73, false),
  /** 和解 (art. 74). */
  SETTLED("和解", 74, false),
  /** 撤回申请 (art. 74). */
  WITHDRAWN("撤回", 74, false),
  /** 终止 (art. 41). */
  TERMINATED("终止", 41, false),
  ;

  private final String chineseName;
  private final int article;
  private final boolean correction;

  ReconsiderationDecision(String chineseName, int article, boolean correction) {
    this.chineseName = chineseName;
    this.article = article;
    this.correction = correction;
  }

  /** The name in the law: {@code 撤销}. */
  public String chineseName() {
    return chineseName;
  }

  /** The article of the 2023 law that provides for it. */
  public int article() {
    return article;
  }

  /**
   * Whether the outcome corrects the administrative act and so usually counts toward the correction
   * rate (纠错率): change, revoke, confirm unlawful, order performance, confirm void.
   */
  public boolean isCorrection() {
    return correction;
  }
}
