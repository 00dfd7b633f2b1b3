package org.fazhi.report.validation.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.fazhi.report.facts.Fact;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Unit;

/**
 * The decimal range a figure stands for, as the rules that compare figures across the report see
 * it: a count or quantity its bounds (scaled figures rounded, markers as bounds); a percent its
 * written precision as well, rounded or truncated ({@code [p − unit/2, p + unit)}), since the same
 * rate may be written 92.3% in one place and 92.31% in another. A null end is unbounded.
 *
 * @param lo the least value, or null
 * @param hi the greatest value, or null
 */
record Range(BigDecimal lo, BigDecimal hi) {
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  /** The range of a fact with a value, if its numbers are tame enough to compute with. */
  static Optional<Range> of(Fact fact) {
    if (fact.getValue().isEmpty() || !Decimals.isTame(fact.getValue().get())) {
      return Optional.empty();
    }
    if (isPercent(fact)) {
      return Optional.of(percent(fact.getValue().get(), fact.getApproximation()));
    }
    return Optional.of(
        new Range(fact.getLowerBound().orElse(null), fact.getUpperBound().orElse(null)));
  }

  /**
   * The range of a change's amount: a difference in the figure's unit is what it stands for (7件 is
   * 7; 1.2万 is rounded); a percent or percentage points their written precision as well.
   */
  static Range amount(Quantity amount, boolean difference) {
    if (difference) {
      return new Range(amount.minimum().orElse(null), amount.maximum().orElse(null));
    }
    return percent(amount.toBaseValue(), amount.getApproximation());
  }

  private static Range percent(BigDecimal value, Approximation approximation) {
    int decimals = Math.max(0, Math.min(value.scale(), Arithmetic.MAX_RATE_DECIMALS));
    BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
    BigDecimal half = unit.divide(BigDecimal.valueOf(2));
    return new Range(
        approximation.lowerBound(value).map(v -> v.subtract(half)).orElse(null),
        approximation.upperBound(value).map(v -> v.add(unit)).orElse(null));
  }

  /** Whether the fact is a percent: a rate, or a quantity in %. */
  static boolean isPercent(Fact fact) {
    return fact.getUnit().map(Unit.PERCENT.getSymbol()::equals).orElse(false);
  }

  /** Whether no value lies in both ranges. */
  boolean disjoint(Range other) {
    return (lo != null && other.hi != null && lo.compareTo(other.hi) > 0)
        || (hi != null && other.lo != null && hi.compareTo(other.lo) < 0);
  }

  /** {@code this − other}: every difference of a value of each. */
  Range minus(Range other) {
    return new Range(
        lo == null || other.hi == null ? null : lo.subtract(other.hi),
        hi == null || other.lo == null ? null : hi.subtract(other.lo));
  }

  /**
   * The percent by which a value of this range exceeds one of {@code base}, {@code 100 · (this −
   * base) / base}, for a base above zero and values not below zero; empty otherwise.
   */
  Optional<Range> percentChangeFrom(Range base) {
    if (base.lo == null || base.lo.signum() <= 0 || lo == null || lo.signum() < 0) {
      return Optional.empty();
    }
    BigDecimal hundred = Decimals.HUNDRED;
    BigDecimal low =
        base.hi == null
            ? hundred.negate()
            : lo.divide(base.hi, PRECISION).subtract(BigDecimal.ONE).multiply(hundred);
    BigDecimal high =
        hi == null
            ? null
            : hi.divide(base.lo, PRECISION).subtract(BigDecimal.ONE).multiply(hundred);
    return Optional.of(new Range(low, high));
  }

  /** The range negated: a decrease written as an amount. */
  Range negate() {
    return new Range(hi == null ? null : hi.negate(), lo == null ? null : lo.negate());
  }

  /** How a message shows the range: one number, or its ends. */
  String text() {
    if (lo != null && lo.compareTo(hi == null ? lo.add(BigDecimal.ONE) : hi) == 0) {
      return plain(lo);
    }
    return (lo == null ? "−∞" : plain(lo)) + "~" + (hi == null ? "∞" : plain(hi));
  }

  private static String plain(BigDecimal value) {
    return value.round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }

  /** How a fact is written: {@code 3.6万}, {@code 92.3%}, {@code 41}. */
  static String written(Fact fact) {
    Quantity.Builder quantity =
        Quantity.builder()
            .value(fact.getValue().orElseThrow())
            .scale(fact.getScale())
            .approximation(fact.getApproximation());
    fact.getUnit().ifPresent(u -> quantity.unit(Unit.of(u)));
    return quantity.build().toString();
  }
}
