package org.fazhi.report.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The one form of a decimal the model holds: the digits as written, never a negative scale, and
 * within {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_DECIMALS}
 * after. A {@code BigDecimal} of 1E+3 (from {@code stripTrailingZeros()} or an exponent in JSON) is
 * held as 1000, which the JSON and text forms write and read back; 1481.60 keeps its two places.
 *
 * <p>The bounds are checked from the precision and scale alone, before any digit is expanded:
 * 1E+99999999 is refused at once, where its plain form would take a hundred million digits. Within
 * them, the plain form has at most {@value #MAX_INTEGER_DIGITS} + {@value #MAX_DECIMALS} digits, a
 * sign and a point — never more than the 64 characters the JSON reader takes in one number.
 *
 * <p>Internal: not part of the API.
 */
public final class Decimals {
  /** The most digits before the decimal point: far beyond any yuan amount a government states. */
  public static final int MAX_INTEGER_DIGITS = 30;

  /** The most digits after the decimal point: far beyond any coordinate or percent written. */
  public static final int MAX_DECIMALS = 30;

  private Decimals() {}

  /**
   * {@code value} in the form the model holds, after checking its bounds: fails with an {@link
   * InvalidPropertyException} on {@code property} whose message names {@code what} ("quantity
   * value") and the value as written, in exponent form where plain digits would run long.
   */
  public static BigDecimal bounded(BigDecimal value, String property, String what) {
    Invariants.check(
        integerDigits(value) <= MAX_INTEGER_DIGITS,
        property,
        () ->
            what
                + " must have at most "
                + MAX_INTEGER_DIGITS
                + " digits before the decimal point: "
                + describe(value));
    Invariants.check(
        value.scale() <= MAX_DECIMALS,
        property,
        () -> what + " must have at most " + MAX_DECIMALS + " decimals: " + describe(value));
    return plain(value);
  }

  /**
   * The digits before the decimal point of the plain form, at least one (0.5 has one, 0E+9 is 0),
   * computed from the precision and scale without expanding the number.
   */
  public static long integerDigits(BigDecimal value) {
    if (value.signum() == 0) {
      return 1;
    }
    return Math.max(1, (long) value.precision() - value.scale());
  }

  /**
   * {@code value} with a scale of at least zero, the same number. Expands the digits: call it only
   * on a value within the bounds ({@link #bounded} does).
   */
  public static BigDecimal plain(BigDecimal value) {
    if (value.scale() >= 0) {
      return value;
    }
    return value.signum() == 0 ? BigDecimal.ZERO : value.setScale(0);
  }

  /** Whether {@code value} is already in the form {@link #plain} gives. */
  public static boolean isPlain(BigDecimal value) {
    return value.scale() >= 0;
  }

  /**
   * {@code value} for a message, in a bounded length: as {@link BigDecimal#toString()} writes it
   * (1E+65, 1E-400), or its first digits and how many there are for a number of more than 64
   * digits.
   */
  public static String describe(BigDecimal value) {
    if (value.precision() <= 64) {
      return value.toString();
    }
    return value.round(new MathContext(16)) + " (" + value.precision() + " digits)";
  }
}
