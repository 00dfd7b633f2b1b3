package org.fazhi.report.statistics;

/**
 * A stage of case handling: what a published rate is computed over (its denominator), and what a
 * breakdown breaks down.
 */
public enum CaseStage {
  /** Applications or cases received (收到). */
  RECEIVED,
  /** Cases accepted (受理). */
  ACCEPTED,
  /** Cases handled in the period (办理): those accepted and those carried over from before. */
  HANDLED,
  /** Cases closed or concluded (办结, 审结). */
  CLOSED
}
