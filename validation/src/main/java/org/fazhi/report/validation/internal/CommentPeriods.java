package org.fazhi.report.validation.internal;

import java.math.BigInteger;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Rule;

/** {@code comment-period.under-30-days}, wherever a comment period is given. */
final class CommentPeriods {
  static final int MINIMUM_DAYS = 30;

  private CommentPeriods() {}

  /** Raises the finding when every value the written period can stand for is under 30 days. */
  static void check(
      Checks checks, Optional<Count> days, Optional<SectionId> section, Object... path) {
    if (days.isEmpty() || !checks.wants(Rule.COMMENT_PERIOD_UNDER_30_DAYS)) {
      return;
    }
    Bounds bounds = Bounds.of(days.get());
    if (bounds.hi != null && bounds.hi.compareTo(BigInteger.valueOf(MINIMUM_DAYS)) < 0) {
      checks
          .finding(Rule.COMMENT_PERIOD_UNDER_30_DAYS)
          .at(path)
          .value("days", days.get())
          .section(section)
          .report();
    }
  }
}
