package org.fazhi.report.validation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The arithmetic of a finding: the figure as reported, the value computed from the other figures,
 * their difference ({@code reported − computed}), and the tolerance the rule allowed.
 *
 * <p>For a bound such as "closed ≤ accepted + carried over", {@code computed} is the bound (31 + 0)
 * and the difference how far past it the reported figure lies. Where figures are approximate, each
 * side is the bound that still makes the finding certain: 700 for 700余 on the larger side. For a
 * rate, {@code reported} is the percent as written, {@code computed} the percent the counts give
 * (to two more decimals than written), and {@code tolerance} one unit of the written precision: a
 * rate agrees when {@code computed} lies in {@code [reported − tolerance/2, reported + tolerance)},
 * which admits rounding as well as truncation.
 *
 * @param reported the figure as reported (or its bound)
 * @param computed the value computed from the other figures (or its bound)
 * @param difference {@code reported − computed}
 * @param tolerance the difference the rule allows
 */
public record Discrepancy(
    BigDecimal reported, BigDecimal computed, BigDecimal difference, BigDecimal tolerance) {

  /** Fails for a null part. */
  public Discrepancy {
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(tolerance, "tolerance");
  }
}
