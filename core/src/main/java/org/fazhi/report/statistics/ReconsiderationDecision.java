package org.fazhi.report.statistics;

import java.util.OptionalInt;

/**
 * How an administrative reconsideration case ended, under the Administrative Reconsideration Law
 * (行政复议法, revised 2023, in force 2024-01-01), and the further kinds reports publish apart: an order
 * to redo the act (责令重作), a transfer (移送), a dispute resolved before acceptance (受理前化解), and a
 * settlement followed by withdrawal published as one figure (和解后撤回). Refusal to accept (不予受理, art.
 * 30) happens before acceptance and is counted apart, in {@link Reconsideration#getNotAccepted()}.
 */
public enum ReconsiderationDecision {
  /** 变更 (art. 63). */
  CHANGED("变更", 63, true),
  /** 撤销 (art. 64). */
  REVOKED("撤销", 64, true),
  /** 责令重作: revoked with an order to redo the act (art. 64), where published apart from 撤销. */
  ORDERED_TO_REDO("责令重作", 64, true),
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
  /** 和解后撤回: settled (or mediated) and then withdrawn, published as one figure (art. 74). */
  SETTLED_AND_WITHDRAWN("和解后撤回", 74, false),
  /** 移送: transferred to the competent body instead of being accepted. */
  TRANSFERRED("移送", 0, false),
  /** 受理前化解: a dispute resolved by mediation before the application was accepted. */
  RESOLVED_BEFORE_ACCEPTANCE("受理前化解", 0, false),
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

  /** The article of the 2023 law that provides for it, if one does. */
  public OptionalInt article() {
    return article == 0 ? OptionalInt.empty() : OptionalInt.of(article);
  }

  /**
   * Whether the application was dealt with before acceptance — resolved ({@link
   * #RESOLVED_BEFORE_ACCEPTANCE}) or transferred to the competent body ({@link #TRANSFERRED}) — and
   * so is no closed case and no part of the outcomes of closed cases.
   */
  public boolean isBeforeAcceptance() {
    return this == RESOLVED_BEFORE_ACCEPTANCE || this == TRANSFERRED;
  }

  /**
   * Whether the case ended by mediation, settlement or withdrawal, the numerator of the
   * mediation-and-withdrawal rate (调撤率): 调解, 和解, 撤回, 和解后撤回.
   */
  public boolean isMediationOrWithdrawal() {
    return this == MEDIATED
        || this == SETTLED
        || this == WITHDRAWN
        || this == SETTLED_AND_WITHDRAWN;
  }

  /**
   * Whether the outcome corrects the administrative act and so usually counts toward the correction
   * rate (纠错率): change, revoke, order to redo, confirm unlawful, order performance, confirm void.
   */
  public boolean isCorrection() {
    return correction;
  }
}
