package org.fazhi.report.testing;

import java.util.Locale;
import java.util.Objects;
import org.fazhi.report.Report;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.ValidationResult;

/**
 * Assertions on what a validator finds in a {@link Report}. The report is validated once, when the
 * first assertion needs it, by {@link #DEFAULT_VALIDATOR} unless {@link #usingValidator} names
 * another. Obtain one with {@link FazhiAssertions#assertThat(Report)}.
 */
public final class ReportAssert extends AbstractFindingsAssert<ReportAssert, Report> {
  /**
   * The validator used unless another is named: the whole catalog, no suppressions, messages in
   * English — a failing test is read by a developer; name a validator with {@link
   * ReportValidator#DEFAULT_LOCALE} for the Chinese messages.
   */
  public static final ReportValidator DEFAULT_VALIDATOR =
      ReportValidator.builder().locale(Locale.ENGLISH).build();

  private ReportValidator validator = DEFAULT_VALIDATOR;
  private ValidationResult result;

  ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  /**
   * Validates with {@code validator} instead: one with the application's suppressions, or with
   * messages in another locale.
   */
  public ReportAssert usingValidator(ReportValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.result = null;
    return myself;
  }

  @Override
  ValidationResult result() {
    if (result == null) {
      result = validator.validate(actual);
    }
    return result;
  }
}
