package org.fazhi.report.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The range of values a written figure stands for, from its number, scale word and approximation
 * marker. Shared by the figure types' {@code minimum()} and {@code maximum()}.
 *
 * <p>A number written with a scale word is rounded to its last written digit: 3.6万 stands for
 * 35,500 up to (not including) 36,500. A number without a scale word stands for itself. The marker
 * then bounds the scaled value: 余, 多, 超过 and 以上 from below (1.2万余: at least 12,000), 近 and 以内 from
 * above, and 约 on both sides by {@link Approximation#ABOUT_TOLERANCE_PERCENT} percent, never
 * narrower than the rounding.
 */
final class FigureBounds {
  private static final BigDecimal HALF = new BigDecimal("0.5");

  /** The least value, or empty when there is none (below it anything down to zero or −∞). */
  final Optional<BigDecimal> lower;

  /** The greatest value, or empty when there is none. */
  final Optional<BigDecimal> upper;

  /** Whether {@link #upper} is itself excluded (the rounding range of a scaled number). */
  final boolean upperExclusive;

  private FigureBounds(
      Optional<BigDecimal> lower, Optional<BigDecimal> upper, boolean upperExclusive) {
    this.lower = lower;
    this.upper = upper;
    this.upperExclusive = upperExclusive;
  }

  /** The bounds of {@code value} written at {@code scale} with {@code approximation}. */
  static FigureBounds of(BigDecimal value, Scale scale, Approximation approximation) {
    BigDecimal base = scale.apply(value);
    BigDecimal roundLow = base;
    BigDecimal roundHigh = base;
    boolean rounded = scale != Scale.ONE;
    if (rounded) {
      BigDecimal half = HALF.movePointRight(scale.exponent() - Math.max(0, value.scale()));
      roundLow = base.subtract(half);
      roundHigh = base.add(half);
    }
    switch (approximation) {
      case EXACT:
        return new FigureBounds(Optional.of(roundLow), Optional.of(roundHigh), rounded);
      case MORE_THAN:
      case OVER:
      case AT_LEAST:
        return new FigureBounds(approximation.lowerBound(base), Optional.empty(), false);
      case NEARLY:
      case AT_MOST:
        return new FigureBounds(Optional.empty(), approximation.upperBound(base), false);
      default:
        BigDecimal low = approximation.lowerBound(base).orElseThrow().min(roundLow);
        BigDecimal high = approximation.upperBound(base).orElseThrow();
        boolean exclusive = rounded && roundHigh.compareTo(high) > 0;
        return new FigureBounds(Optional.of(low), Optional.of(high.max(roundHigh)), exclusive);
    }
  }

  /** The least whole number in the range, if it has a lower bound. */
  Optional<BigDecimal> wholeLower() {
    return lower.map(v -> v.setScale(0, RoundingMode.CEILING));
  }

  /** The greatest whole number in the range, if it has an upper bound. */
  Optional<BigDecimal> wholeUpper() {
    return upper.map(
        v -> {
          BigDecimal floor = v.setScale(0, RoundingMode.FLOOR);
          return upperExclusive && floor.compareTo(v) == 0 ? floor.subtract(BigDecimal.ONE) : floor;
        });
  }
}
