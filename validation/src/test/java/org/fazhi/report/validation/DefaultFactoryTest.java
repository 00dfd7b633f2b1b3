package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.Fixtures.MINIMAL_VALID;
import static org.fazhi.report.validation.ReportValidatorTest.ERROR_AND_WARNING;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Set;
import org.fazhi.report.Report;
import org.fazhi.report.constraints.Information;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.json.ReportJson;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What a Spring {@code @Valid} does: a plain {@code Validation.buildDefaultValidatorFactory()}, no
 * configuration, with fazhi-validation on the class path, enforces the ERROR rules — and only them
 * — on a report built in code or read from JSON.
 */
class DefaultFactoryTest {
  private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  @AfterAll
  static void close() {
    FACTORY.close();
  }

  @Test
  void aValidReport_hasNoViolation() {
    assertThat(VALIDATOR.validate(MINIMAL_VALID)).isEmpty();
  }

  @Test
  void theDefaultGroup_enforcesErrorsOnly() {
    Set<ConstraintViolation<Report>> violations = VALIDATOR.validate(ERROR_AND_WARNING);
    assertThat(violations).hasSize(1);
    ConstraintViolation<Report> violation = violations.iterator().next();
    assertThat(violation.getPropertyPath()).hasToString("statistics.reconsideration.accepted");
    assertThat(violation.getMessageTemplate())
        .isEqualTo("{org.fazhi.report.validation.reconsideration.accepted-exceeds-received}");
    assertThat(violation.getConstraintDescriptor().getAnnotation().annotationType().getName())
        .isEqualTo("org.fazhi.report.constraints.ReportRules");
  }

  @Test
  void theWarningsGroup_givesWarnings() {
    Set<ConstraintViolation<Report>> violations =
        VALIDATOR.validate(ERROR_AND_WARNING, Warnings.class);
    assertThat(violations).hasSize(1);
    assertThat(violations.iterator().next().getPropertyPath())
        .hasToString("statistics.mediation.mediated");
    assertThat(VALIDATOR.validate(ERROR_AND_WARNING, Information.class)).isEmpty();
  }

  @Test
  void aViolation_carriesItsFinding_andHibernateRendersTheSameMessage() {
    ConstraintViolation<Report> violation = VALIDATOR.validate(ERROR_AND_WARNING).iterator().next();
    Finding finding = Finding.of(violation).orElseThrow();
    assertThat(finding.getRule()).isEqualTo(Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED);
    assertThat(finding.getPointer()).isEqualTo("/statistics/reconsideration/accepted");
    assertThat(finding.getSection()).contains(Fixtures.S1);
    assertThat(violation.getMessage()).isEqualTo(finding.getMessage(Locale.getDefault()));
  }

  @Test
  void hibernatesMessages_matchTheFindings_inBothLanguages_withAndWithoutExpressionLanguage() {
    for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
      for (boolean el : new boolean[] {true, false}) {
        var configuration =
            Validation.byProvider(HibernateValidator.class).configure().defaultLocale(locale);
        if (!el) {
          configuration.messageInterpolator(
              new ParameterMessageInterpolator(Set.of(locale), locale, false));
        }
        try (ValidatorFactory factory = configuration.buildValidatorFactory()) {
          for (RuleCase c : RuleCases.all()) {
            if (c.rule.severity() != Severity.ERROR) {
              continue;
            }
            for (ConstraintViolation<Report> violation :
                factory.getValidator().validate(c.failing)) {
              Finding finding = Finding.of(violation).orElseThrow();
              if (finding.getRule() == c.rule) {
                assertThat(violation.getMessage())
                    .as(c.rule + " " + locale + (el ? " EL" : " no EL"))
                    .isEqualTo(locale == Locale.ENGLISH ? c.english : c.chinese);
              }
            }
          }
        }
      }
    }
  }

  @Test
  void aReportReadFromJson_isValidatedAlike() {
    String json = ReportJson.create().write(ERROR_AND_WARNING);
    Report read = ReportJson.create().read(json);
    Set<ConstraintViolation<Report>> violations = VALIDATOR.validate(read);
    assertThat(violations).hasSize(1);
    assertThat(violations.iterator().next().getPropertyPath())
        .hasToString("statistics.reconsideration.accepted");
    assertThat(ReportValidator.create().validate(read).toString())
        .isEqualTo(ReportValidator.create().validate(ERROR_AND_WARNING).toString());
  }
}
