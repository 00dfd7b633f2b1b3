package org.fazhi.report.validation.internal;

import java.math.BigInteger;
import java.util.Optional;
import org.fazhi.report.figure.Count;

/**
 * The range of whole numbers a figure can stand for: exactly 35 is [35, 35], 700余 is [700, ∞), 近30
 * and 30以内 (不超过30) are [0, 30], 约30 is [0, ∞). A missing end is unbounded. Sums and differences of
 * ranges are ranges. The ends come from {@link org.fazhi.report.figure.Approximation}'s bounds.
 */
final class Bounds {
  static final Bounds ZERO = exactly(0);

  /** The least value, or null for −∞. */
  final BigInteger lo;

  /** The greatest value, or null for +∞. */
  final BigInteger hi;

  private Bounds(BigInteger lo, BigInteger hi) {
    this.lo = lo;
    this.hi = hi;
  }

  static Bounds exactly(long value) {
    BigInteger v = BigInteger.valueOf(value);
    return new Bounds(v, v);
  }

  /** The range from {@code lo} to {@code hi}; a null end is unbounded. */
  static Bounds between(BigInteger lo, BigInteger hi) {
    return new Bounds(lo, hi);
  }

  /**
   * The range a count can stand for; a count is never negative, so its range starts at 0 at least.
   */
  static Bounds of(Count count) {
    BigInteger lo = BigInteger.valueOf(count.minimum().orElse(0));
    BigInteger hi =
        count.maximum().isPresent() ? BigInteger.valueOf(count.maximum().getAsLong()) : null;
    return new Bounds(lo, hi);
  }

  /** The range of {@code count}, or [0, 0] when absent. */
  static Bounds orZero(Optional<Count> count) {
    return count.map(Bounds::of).orElse(ZERO);
  }

  Bounds plus(Bounds other) {
    return new Bounds(
        lo == null || other.lo == null ? null : lo.add(other.lo),
        hi == null || other.hi == null ? null : hi.add(other.hi));
  }

  Bounds minus(Bounds other) {
    return new Bounds(
        lo == null || other.hi == null ? null : lo.subtract(other.hi),
        hi == null || other.lo == null ? null : hi.subtract(other.lo));
  }

  /** The range of {@code factor} times the values of this one ({@code factor} > 0). */
  Bounds times(long factor) {
    BigInteger f = BigInteger.valueOf(factor);
    return new Bounds(lo == null ? null : lo.multiply(f), hi == null ? null : hi.multiply(f));
  }

  /** Widens the range by {@code slack} on both sides. */
  Bounds widen(long slack) {
    BigInteger s = BigInteger.valueOf(slack);
    return new Bounds(lo == null ? null : lo.subtract(s), hi == null ? null : hi.add(s));
  }

  /** Whether every value of this range exceeds every value of {@code other}. */
  boolean certainlyExceeds(Bounds other) {
    return lo != null && other.hi != null && lo.compareTo(other.hi) > 0;
  }

  boolean isExact() {
    return lo != null && lo.equals(hi);
  }

  @Override
  public String toString() {
    return "[" + (lo == null ? "-inf" : lo) + ", " + (hi == null ? "inf" : hi) + "]";
  }
}
