package org.fazhi.report.validation.internal;

/**
 * How many findings of one root cause a validator call found but did not raise as constraint
 * violations, beyond the first {@link Checks#RAISED_PER_CAUSE}: shared by the evidence of those it
 * raised, and final once the call returns. Hibernate Validator keeps violations in a hash set in
 * which repeats of one cause collide (their paths differ only by an index its hash ignores), so
 * raising each of 16,000 repeats took the square of their number.
 */
public final class Unraised {
  private int count;

  Unraised() {}

  void add() {
    count++;
  }

  /** The findings of the cause not raised. */
  public int count() {
    return count;
  }
}
