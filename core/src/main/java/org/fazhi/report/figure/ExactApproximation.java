package org.fazhi.report.figure;

/**
 * Jackson value filter: leaves {@link Approximation#EXACT} out of JSON, where it is the default.
 */
final class ExactApproximation {
  @Override
  public boolean equals(Object value) {
    return value == Approximation.EXACT;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
