package org.fazhi.report.testing;

import org.fazhi.report.validation.ValidationResult;

/**
 * Assertions on a {@link ValidationResult} already computed — by a validator with suppressions or
 * another locale, say. Messages render in the locale of the validator that produced the result.
 * Obtain one with {@link FazhiAssertions#assertThat(ValidationResult)}.
 */
public final class ValidationResultAssert
    extends AbstractFindingsAssert<ValidationResultAssert, ValidationResult> {

  ValidationResultAssert(ValidationResult actual) {
    super(actual, ValidationResultAssert.class);
  }

  @Override
  ValidationResult result() {
    return actual;
  }
}
