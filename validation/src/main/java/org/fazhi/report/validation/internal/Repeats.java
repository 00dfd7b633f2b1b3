package org.fazhi.report.validation.internal;

/**
 * The findings of one rule and root cause in one validator call: the first {@link
 * Checks#RAISED_PER_CAUSE} are raised as constraint violations, the others only counted. Shared by
 * the evidence of those raised, and final once the call returns. Hibernate Validator keeps
 * violations in a hash set in which repeats of one cause collide (their paths differ only by an
 * index its hash ignores), so raising each of 16,000 repeats took the square of their number.
 */
final class Repeats {
  private int raised;
  private int unraised;

  /** Whether one more finding of the cause is raised; if not, it is counted as unraised. */
  boolean raise() {
    if (raised < Checks.RAISED_PER_CAUSE) {
      raised++;
      return true;
    }
    unraised++;
    return false;
  }

  /** The findings of the cause not raised. */
  int unraised() {
    return unraised;
  }
}
