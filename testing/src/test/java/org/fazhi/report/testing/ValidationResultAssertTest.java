package org.fazhi.report.testing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.report.testing.FazhiAssertions.assertThat;
import static org.fazhi.report.testing.ReportAssertTest.ACCEPTED_EXCEEDS_RECEIVED;

import java.util.Locale;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.Rule;
import org.fazhi.report.validation.Severity;
import org.fazhi.report.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class ValidationResultAssertTest {
  private static final ValidationResult CHINESE =
      ReportValidator.create().validate(ACCEPTED_EXCEEDS_RECEIVED);

  @Test
  void aComputedResult_isAssertedAsItIs() {
    assertThat(CHINESE)
        .hasNoWarnings()
        .hasOnlyFindings(Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED)
        .hasFinding(Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED)
        .withSeverity(Severity.ERROR);
  }

  @Test
  void failures_renderInTheLocaleOfTheValidatorThatProducedTheResult() {
    assertThatThrownBy(() -> assertThat(CHINESE).isValid())
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting no active ERROR finding, but found 1:\n"
                + "  [ERROR] reconsideration.accepted-exceeds-received at"
                + " /statistics/reconsideration/accepted: 行政复议受理数(32)不得大于收到申请数(31)");
  }

  @Test
  void anEnglishResult_failsInEnglish() {
    ValidationResult english =
        ReportValidator.builder()
            .locale(Locale.ENGLISH)
            .build()
            .validate(ACCEPTED_EXCEEDS_RECEIVED);

    assertThatThrownBy(() -> assertThat(english).hasNoFindings())
        .hasMessage("Expecting no active finding, but found 1:\n" + ReportAssertTest.ERROR_LINE);
  }
}
