package org.fazhi.report.cli;

import java.math.BigDecimal;
import java.util.Optional;
import org.fazhi.report.facts.Fact;

/**
 * The values a figure or a total can stand for: from {@code lower} up to {@code upper}, or without
 * upper limit. A count is never negative, so a figure written 近30 stands for 0 to 30.
 */
record Range(BigDecimal lower, Optional<BigDecimal> upper) {
  static final Range ZERO = new Range(BigDecimal.ZERO, Optional.of(BigDecimal.ZERO));

  /** What an input that does not give a figure adds to a total: anything from 0 up. */
  static final Range UNKNOWN = new Range(BigDecimal.ZERO, Optional.empty());

  static Range of(Fact fact) {
    return new Range(fact.getLowerBound().orElse(BigDecimal.ZERO), fact.getUpperBound());
  }

  Range plus(Range other) {
    return new Range(lower.add(other.lower), upper.flatMap(u -> other.upper.map(u::add)));
  }

  boolean isExact() {
    return upper.isPresent() && upper.get().compareTo(lower) == 0;
  }

  /** {@code 35}, {@code ≥700}, or {@code 35500~36499}. */
  @Override
  public String toString() {
    if (isExact()) {
      return lower.toPlainString();
    }
    return upper
        .map(u -> lower.toPlainString() + "~" + u.toPlainString())
        .orElse("≥" + lower.toPlainString());
  }
}
