package org.fazhi.report.validation.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** Safe handling of the arbitrary decimals a report can hold (1E+999999999 included). */
final class Decimals {
  /** Decimals with more integer digits or more fraction digits than this are not computed with. */
  static final int TAME_DIGITS = 30;

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Decimals() {}

  /**
   * Whether {@code value} is small enough in digits to compute with: at most {@value #TAME_DIGITS}
   * integer and {@value #TAME_DIGITS} fraction digits. Comparisons ({@code compareTo}) are safe for
   * any decimal; sums, differences and plain strings of wild ones are not.
   */
  static boolean isTame(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    return integerDigits <= TAME_DIGITS && value.scale() <= TAME_DIGITS;
  }

  /** The decimal as text: plain when tame, scientific otherwise. */
  static String format(BigDecimal value) {
    return isTame(value) ? value.toPlainString() : value.toString();
  }

  /** {@code value} without trailing zeros after the point: 0.10 is 0.1, 100 stays 100. */
  static BigDecimal stripped(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** {@code 100 · numerator / denominator} to {@code scale} decimals, half-even. */
  static BigDecimal percent(BigInteger numerator, BigInteger denominator, int scale) {
    return new BigDecimal(numerator.multiply(BigInteger.valueOf(100)))
        .divide(new BigDecimal(denominator), scale, RoundingMode.HALF_EVEN);
  }
}
