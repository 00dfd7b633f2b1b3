package org.fazhi.report.facts;

/** The kind of value a {@link Concept}'s facts hold. */
public enum FigureType {
  /** A count of things ({@link org.fazhi.report.figure.Count}): cases, people, sessions. */
  COUNT,
  /** A published rate in percent ({@link org.fazhi.report.figure.Rate}). */
  RATE,
  /** A figure with its own unit ({@link org.fazhi.report.figure.Quantity}): an indicator. */
  QUANTITY,
  /** An amount of money ({@link org.fazhi.report.figure.Money}). */
  MONEY,
  /** A measurement as a plain decimal: a magnitude, a depth, degrees. */
  DECIMAL
}
