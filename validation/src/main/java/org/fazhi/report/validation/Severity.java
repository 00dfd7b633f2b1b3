package org.fazhi.report.validation;

import jakarta.validation.groups.Default;
import org.fazhi.report.constraints.Information;
import org.fazhi.report.constraints.Warnings;

/** How serious a {@link Finding} is. A report is valid when it has no ERROR. */
public enum Severity {
  /**
   * The figures cannot be true under any reading: 31 accepted of 29 received. Runs in the Jakarta
   * {@link Default} group, so a plain {@code @Valid} rejects the report.
   */
  ERROR(Default.class),
  /**
   * Against the regulations or very likely wrong, but a real report may explain it: a comment
   * period of 20 days, a missing statutory part. Runs in the {@link Warnings} group.
   */
  WARNING(Warnings.class),
  /**
   * Worth knowing and no fault: a period shorter than the year. Runs in the {@link Information}
   * group.
   */
  INFO(Information.class);

  private final Class<?> group;

  Severity(Class<?> group) {
    this.group = group;
  }

  /** The Jakarta validation group the rules of this severity run in. */
  public Class<?> group() {
    return group;
  }
}
