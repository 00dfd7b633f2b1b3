package org.fazhi.report.internal;

import java.math.BigDecimal;

/**
 * The one form of a decimal the model holds: the digits as written, never a negative scale. A
 * {@code BigDecimal} of 1E+3 (from {@code stripTrailingZeros()} or an exponent in JSON) is held as
 * 1000, which the JSON and text forms write and read back; 1481.60 keeps its two places.
 *
 * <p>Internal: not part of the API.
 */
public final class Decimals {
  private Decimals() {}

  /** {@code value} with a scale of at least zero, the same number. */
  public static BigDecimal plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** Whether {@code value} is already in the form {@link #plain} gives. */
  public static boolean isPlain(BigDecimal value) {
    return value.scale() >= 0;
  }
}
