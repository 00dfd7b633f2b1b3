package org.fazhi.report.statistics;

/** A stage of case handling that a published rate may be computed over (its denominator). */
public enum CaseStage {
  /** Applications or cases received (收到, 新收). */
  RECEIVED,
  /** Cases accepted (受理). */
  ACCEPTED,
  /** Cases closed or concluded (办结, 审结). */
  CLOSED
}
