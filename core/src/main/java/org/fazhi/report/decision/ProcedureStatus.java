package org.fazhi.report.decision;

/** Whether a statutory procedure was carried out for a decision. */
public enum ProcedureStatus {
  /** Carried out; for legality review, carried out and passed. */
  DONE,
  /** Not carried out. */
  NOT_DONE,
  /** Not required for this decision (the regulation makes some procedures conditional). */
  NOT_REQUIRED
}
