package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Rule;

/**
 * The most common rule of the catalog, one count bounded by another ({@code lawyers ≤ advisers}),
 * checked once for every rule that has that shape.
 */
final class Limits {
  private Limits() {}

  /**
   * Raises {@code rule} at {@code name} when the count {@code value} certainly exceeds {@code
   * limit}, naming both in the message; skipped when either is absent.
   */
  static void atMost(
      Checks checks,
      Rule rule,
      String name,
      Optional<Count> value,
      String limitName,
      Optional<Count> limit,
      Optional<SectionId> section) {
    if (value.isEmpty() || limit.isEmpty()) {
      return;
    }
    Arithmetic.exceeds(Bounds.of(value.get()), Bounds.of(limit.get()))
        .ifPresent(
            d ->
                checks
                    .finding(rule)
                    .at(name)
                    .value(name, value)
                    .value(limitName, limit)
                    .discrepancy(d)
                    .section(section)
                    .report());
  }
}
