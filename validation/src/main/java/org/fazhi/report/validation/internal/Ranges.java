package org.fazhi.report.validation.internal;

import java.math.BigDecimal;
import java.util.Optional;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Rule;

/** Physical ranges, both ends inclusive. */
final class Ranges {
  private Ranges() {}

  /** Raises {@code rule} at {@code property} when {@code value} lies outside [min, max]. */
  static void within(
      Checks checks,
      Rule rule,
      BigDecimal value,
      BigDecimal min,
      BigDecimal max,
      Optional<SectionId> section,
      String property) {
    if (checks.wants(rule) && (value.compareTo(min) < 0 || value.compareTo(max) > 0)) {
      checks
          .finding(rule)
          .at(property)
          .value(property, value)
          .value("minimum", min)
          .value("maximum", max)
          .section(section)
          .report();
    }
  }
}
