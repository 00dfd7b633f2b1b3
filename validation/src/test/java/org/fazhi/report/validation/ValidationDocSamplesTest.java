package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.Fixtures.reconsiderationReport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.fazhi.report.Report;
import org.fazhi.report.figure.Count;
import org.junit.jupiter.api.Test;

/**
 * The samples of docs/validation.md run, and give what their comments say (DocsJavaSamplesTest, in
 * the examples module, checks that the document shows exactly this code).
 */
class ValidationDocSamplesTest {
  /** 34 closed of 31 accepted and 2 carried over, reported in section s1. */
  private static final Report REPORT =
      reconsiderationReport(
          r -> r.accepted(Count.of(31)).carriedOver(Count.of(2)).closed(Count.of(34)));

  @Test
  void findings_areData() {
    Report report = REPORT;

    // sample in docs/validation.md: begin
    ReportValidator validator = ReportValidator.create(); // messages in zh-CN
    ValidationResult result = validator.validate(report); // never throws for a report
    result.isValid(); // false: an active ERROR
    for (Finding finding : result.getFindings()) {
      finding.getRuleId(); // "reconsideration.closed-exceeds-accepted-and-carried-over"
      finding.getSeverity(); // ERROR, WARNING or INFO
      finding.getPointer(); // "/statistics/reconsideration/closed"
      finding.getSection(); // Optional[s1]: the section the block was reported in
      finding.getValues(); // {closed=34, accepted=31, carriedOver=2}, typed
      finding.getDiscrepancy(); // reported 34, computed 33, difference 1, tolerance 0
      finding.getMessage(); // 行政复议结案数(34)不得大于受理数(31)与上年结转数(2)之和
      finding.getMessage(Locale.ENGLISH);
    }
    // sample in docs/validation.md: end

    assertThat(result.isValid()).isFalse();
    assertThat(result.getFindings()).hasSize(1);
    Finding finding = result.getFindings().get(0);
    assertThat(finding.getRuleId())
        .isEqualTo("reconsideration.closed-exceeds-accepted-and-carried-over");
    assertThat(finding.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(finding.getPointer()).isEqualTo("/statistics/reconsideration/closed");
    assertThat(finding.getSection()).hasToString("Optional[s1]");
    assertThat(finding.getValues()).hasToString("{closed=34, accepted=31, carriedOver=2}");
    assertThat(finding.getDiscrepancy())
        .contains(
            new Discrepancy(
                BigDecimal.valueOf(34), BigDecimal.valueOf(33), BigDecimal.ONE, BigDecimal.ZERO));
    assertThat(finding.getMessage()).isEqualTo("行政复议结案数(34)不得大于受理数(31)与上年结转数(2)之和");
    assertThat(finding.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Reconsideration: closed (34) cannot exceed accepted (31) plus carried over (2).");
  }

  @Test
  void suppression_keepsTheFinding_marked() {
    // sample in docs/validation.md: begin
    ReportValidator validator =
        ReportValidator.builder()
            .locale(Locale.ENGLISH)
            .suppress(
                "reconsideration.closed-exceeds-accepted-and-carried-over",
                "/statistics/reconsideration/closed",
                "as published; the issuer confirms 3 cases carried over from 2023")
            .build();
    // sample in docs/validation.md: end

    ValidationResult result = validator.validate(REPORT);
    assertThat(result.isValid()).isTrue();
    assertThat(result.getSuppressed()).hasSize(1);
    assertThat(result.getFindings().get(0).isSuppressed()).isTrue();
  }

  @Test
  void aPlainJakartaValidator_givesViolationsThatCarryFindings() {
    Report report = REPORT;
    // sample in docs/validation.md: begin
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    for (ConstraintViolation<Report> violation : validator.validate(report)) {
      violation.getPropertyPath(); // statistics.reconsideration.closed
      violation.getMessage(); // the finding's message, in the default locale
      Optional<Finding> finding = Finding.of(violation); // empty for another constraint
    }
    // sample in docs/validation.md: end

    assertThat(validator.validate(report)).hasSize(1);
    ConstraintViolation<Report> violation = validator.validate(report).iterator().next();
    assertThat(violation.getPropertyPath()).hasToString("statistics.reconsideration.closed");
    Finding finding = Finding.of(violation).orElseThrow();
    assertThat(finding.getRule())
        .isEqualTo(Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER);
    assertThat(violation.getMessage()).isEqualTo(finding.getMessage(Locale.getDefault()));
  }
}
