package org.fazhi.report.validation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Optional;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.validation.Discrepancy;

/** The comparisons the rules make, on {@link Bounds}, each giving the discrepancy when certain. */
final class Arithmetic {
  /** Rates written with more decimals than this are compared at this precision. */
  static final int MAX_RATE_DECIMALS = 10;

  private Arithmetic() {}

  /** The sum of {@code counts}: the range their sum can take. */
  static Bounds sum(Collection<Count> counts) {
    Bounds sum = Bounds.ZERO;
    for (Count count : counts) {
      sum = sum.plus(Bounds.of(count));
    }
    return sum;
  }

  /** When {@code reported} certainly exceeds {@code limit}: the least excess. */
  static Optional<Discrepancy> exceeds(Bounds reported, Bounds limit) {
    if (!reported.certainlyExceeds(limit)) {
      return Optional.empty();
    }
    return Optional.of(discrepancy(reported.lo, limit.hi, BigInteger.ZERO));
  }

  /** When {@code reported} certainly falls short of {@code limit}: the least shortfall. */
  static Optional<Discrepancy> below(Bounds reported, Bounds limit) {
    if (!limit.certainlyExceeds(reported)) {
      return Optional.empty();
    }
    return Optional.of(discrepancy(reported.hi, limit.lo, BigInteger.ZERO));
  }

  /**
   * When {@code reported} certainly differs from {@code expected} by more than {@code tolerance}.
   */
  static Optional<Discrepancy> differs(Bounds reported, Bounds expected, long tolerance) {
    Bounds widened = expected.widen(tolerance);
    BigInteger slack = BigInteger.valueOf(tolerance);
    if (reported.certainlyExceeds(widened)) {
      return Optional.of(discrepancy(reported.lo, expected.hi, slack));
    }
    if (widened.certainlyExceeds(reported)) {
      return Optional.of(discrepancy(reported.hi, expected.lo, slack));
    }
    return Optional.empty();
  }

  private static Discrepancy discrepancy(BigInteger reported, BigInteger computed, BigInteger tol) {
    return new Discrepancy(
        new BigDecimal(reported),
        new BigDecimal(computed),
        new BigDecimal(reported.subtract(computed)),
        new BigDecimal(tol));
  }

  /**
   * When the percent of {@code rate} certainly disagrees with {@code numerator / denominator}: the
   * percent as written, the percent computed (to two more decimals than written; a bound of the
   * computed range where the counts are approximate), and one unit of the written precision as
   * tolerance. The rate agrees when the computed value can lie in {@code [p − unit/2, p + unit)}:
   * rounded or truncated; a rate written as a bound checks only that end (95%以上: at least 94.5,
   * 5%以内: under 6); a rate written 约 (about) is widened by its tolerance (约19.4%: 17.46 − 0.05 to
   * 21.34 + 0.1). A denominator of exactly 0 and a percent too wild to compute with decide nothing.
   */
  static Optional<Discrepancy> rateDisagrees(Rate rate, Bounds numerator, Bounds denominator) {
    BigDecimal percent = rate.getPercent();
    if (!Decimals.isTame(percent)) {
      return Optional.empty();
    }
    if (denominator.hi != null && denominator.hi.signum() == 0) {
      return Optional.empty();
    }
    int decimals = Math.max(0, Math.min(percent.scale(), MAX_RATE_DECIMALS));
    BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
    BigDecimal half = unit.divide(BigDecimal.valueOf(2));
    Approximation approximation = rate.getApproximation();
    BigDecimal low = approximation.lowerBound(percent).map(v -> v.subtract(half)).orElse(null);
    BigDecimal high = approximation.upperBound(percent).map(v -> v.add(unit)).orElse(null);
    BigDecimal hundred = Decimals.HUNDRED;
    // computed ≥ 100·lo(n)/hi(d) ≥ high  ⇔  100·lo(n) ≥ high·hi(d)
    if (high != null && denominator.hi != null && numerator.lo != null) {
      BigDecimal left = hundred.multiply(new BigDecimal(numerator.lo));
      if (left.compareTo(high.multiply(new BigDecimal(denominator.hi))) >= 0) {
        return Optional.of(rateDiscrepancy(percent, numerator.lo, denominator.hi, decimals, unit));
      }
    }
    // computed ≤ 100·hi(n)/lo(d) < low  ⇔  100·hi(n) < low·lo(d), lo(d) > 0
    if (low != null
        && numerator.hi != null
        && denominator.lo != null
        && denominator.lo.signum() > 0) {
      BigDecimal left = hundred.multiply(new BigDecimal(numerator.hi));
      if (left.compareTo(low.multiply(new BigDecimal(denominator.lo))) < 0) {
        return Optional.of(rateDiscrepancy(percent, numerator.hi, denominator.lo, decimals, unit));
      }
    }
    return Optional.empty();
  }

  /**
   * The least value a rate written as {@code rate} can stand for, counting its rounding: half a
   * unit of its last digit below its lower bound; zero when it has none.
   */
  static BigDecimal rateLeast(Rate rate) {
    BigDecimal percent = rate.getPercent();
    int decimals = Math.max(0, Math.min(percent.scale(), MAX_RATE_DECIMALS));
    BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
    return rate.getApproximation()
        .lowerBound(percent)
        .map(v -> v.subtract(half).max(BigDecimal.ZERO))
        .orElse(BigDecimal.ZERO);
  }

  private static Discrepancy rateDiscrepancy(
      BigDecimal percent,
      BigInteger numerator,
      BigInteger denominator,
      int decimals,
      BigDecimal unit) {
    BigDecimal computed = Decimals.percent(numerator, denominator, decimals + 2);
    return new Discrepancy(percent, computed, percent.subtract(computed), unit);
  }

  /** The least value a rate can stand for, if it has one. */
  static Optional<BigDecimal> rateMinimum(Rate rate) {
    return rate.getApproximation().lowerBound(rate.getPercent());
  }
}
