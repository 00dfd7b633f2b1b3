package org.fazhi.report.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.fazhi.report.Report;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.FrameworkCheck;
import org.fazhi.report.validation.ProblemFinding;
import org.fazhi.report.validation.ReportProblem;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.Severity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What {@code @Valid @RequestBody Report} does in the framework: a plain default validator
 * factory, on the Hibernate Validator and Jakarta Validation versions the framework manages.
 */
class FrameworkValidationTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator FRAMEWORK = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void theFrameworksValidator_seesTheRules() {
    FrameworkCheck.requireReportRules(FRAMEWORK);
    assertThat(FRAMEWORK.validate(ConsumerReports.valid())).isEmpty();
  }

  @Test
  void anInvalidReport_isRefused_withTheCatalogsRuleAndPointer() {
    Set<ConstraintViolation<Report>> violations =
        FRAMEWORK.validate(ConsumerReports.acceptedExceedsReceived());

    assertThat(violations).hasSize(1);
    Finding finding = Finding.of(violations.iterator().next()).orElseThrow();
    assertThat(finding.getRuleId()).isEqualTo(ConsumerReports.ACCEPTED_EXCEEDS_RECEIVED);
    assertThat(finding.getPointer()).isEqualTo("/statistics/reconsideration/accepted");
    assertThat(finding.getMessage(Locale.ENGLISH))
        .isEqualTo("Reconsideration: accepted (32) cannot exceed received (31).");
  }

  @Test
  void theProblemDocument_namesRuleSeverityPointerAndMessage() {
    ReportProblem problem =
        ReportProblem.of(FRAMEWORK.validate(ConsumerReports.acceptedExceedsReceived()), Locale.CHINA);

    assertThat(problem.status()).isEqualTo(422);
    assertThat(problem.findings())
        .containsExactly(
            new ProblemFinding(
                ConsumerReports.ACCEPTED_EXCEEDS_RECEIVED,
                Severity.ERROR,
                "/statistics/reconsideration/accepted",
                "行政复议受理数(32)不得大于收到申请数(31)"));
  }

  /** A resource method of the application, validated as Quarkus validates it. */
  static final class Resource {
    public String receive(@jakarta.validation.Valid Report report) {
      return report.getMetadata().getTitle();
    }
  }

  @Test
  void methodValidation_asQuarkusDoes_pointsIntoTheReport() throws NoSuchMethodException {
    Set<ConstraintViolation<Resource>> violations =
        FRAMEWORK
            .forExecutables()
            .validateParameters(
                new Resource(),
                Resource.class.getMethod("receive", Report.class),
                new Object[] {ConsumerReports.acceptedExceedsReceived()});

    // receive.report.… (receive.arg0.… without -parameters): the method, the parameter, the path.
    assertThat(violations.iterator().next().getPropertyPath().toString())
        .startsWith("receive.")
        .endsWith(".statistics.reconsideration.accepted");
    assertThat(ReportProblem.of(violations, Locale.CHINA).findings())
        .extracting(ProblemFinding::pointer)
        .containsExactly("/statistics/reconsideration/accepted");
  }

  @Test
  void fazhisOwnValidator_runsOnTheManagedHibernateValidator() {
    var result = ReportValidator.create().validate(ConsumerReports.acceptedExceedsReceived());

    assertThat(result.isValid()).isFalse();
    assertThat(result.getErrors())
        .extracting(Finding::getRuleId)
        .containsExactly(ConsumerReports.ACCEPTED_EXCEEDS_RECEIVED);
    assertThat(ReportValidator.create().validate(ConsumerReports.valid()).isValid()).isTrue();
  }
}
