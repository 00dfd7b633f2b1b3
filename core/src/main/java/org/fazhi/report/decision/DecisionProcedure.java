package org.fazhi.report.decision;

/** The five statutory procedures of a major administrative decision (《重大行政决策程序暂行条例》, 2019). */
public enum DecisionProcedure {
  /** 公众参与 (arts. 14–18), including the public comment period. */
  PUBLIC_PARTICIPATION("公众参与"),
  /** 专家论证 (arts. 19–21). */
  EXPERT_ARGUMENTATION("专家论证"),
  /** 风险评估 (arts. 22–24). */
  RISK_ASSESSMENT("风险评估"),
  /** 合法性审查 (arts. 25–28): a draft not reviewed, or found unlawful, may not be discussed. */
  LEGALITY_REVIEW("合法性审查"),
  /** 集体讨论决定 (arts. 29–31). */
  COLLECTIVE_DISCUSSION("集体讨论决定"),
  ;

  private final String chineseName;

  DecisionProcedure(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The name in the regulation. */
  public String chineseName() {
    return chineseName;
  }
}
