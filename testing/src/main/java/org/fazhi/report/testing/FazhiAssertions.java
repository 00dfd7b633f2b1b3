package org.fazhi.report.testing;

import org.fazhi.report.Report;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ValidationResult;

/**
 * The entry point of the kit's AssertJ assertions; import its {@code assertThat} statically beside
 * AssertJ's own:
 *
 * <pre>{@code
 * assertThat(report).isValid().hasNoWarnings();
 * assertThat(report)
 *     .hasFinding(Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER)
 *     .at("/statistics/reconsideration/closed");
 * }</pre>
 *
 * <p>A failing assertion lists the findings concerned, one line each: severity, rule id, JSON
 * Pointer and message.
 */
public final class FazhiAssertions {
  private FazhiAssertions() {}

  /**
   * Assertions on what the validator finds in {@code report}, validated once, on first use, by
   * {@link ReportAssert#DEFAULT_VALIDATOR} unless {@link ReportAssert#usingValidator} names
   * another.
   */
  public static ReportAssert assertThat(Report report) {
    return new ReportAssert(report);
  }

  /** Assertions on findings already computed. */
  public static ValidationResultAssert assertThat(ValidationResult result) {
    return new ValidationResultAssert(result);
  }

  /** Assertions on one finding. */
  public static FindingAssert assertThat(Finding finding) {
    return FindingAssert.of(finding);
  }
}
