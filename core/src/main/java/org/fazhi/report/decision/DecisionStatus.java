package org.fazhi.report.decision;

/** Where a catalogued major decision stands. */
public enum DecisionStatus {
  /** Listed in the catalog, work not started. */
  LISTED,
  /** In preparation or consultation. */
  IN_PROGRESS,
  /** Decided (已作出决策). */
  DECIDED,
  /** Removed from the catalog or postponed (调整出目录, 暂缓). */
  WITHDRAWN
}
