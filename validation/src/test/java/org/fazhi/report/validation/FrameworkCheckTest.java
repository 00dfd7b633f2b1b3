package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.report.validation.ReportValidatorTest.ERROR_AND_WARNING;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.fazhi.report.ImmutableReport;
import org.fazhi.report.Report;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.junit.jupiter.api.Test;

class FrameworkCheckTest {
  @Test
  void aDefaultValidator_seesTheRules() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThatCode(() -> FrameworkCheck.requireReportRules(factory.getValidator()))
          .doesNotThrowAnyException();
    }
  }

  @Test
  void aValidatorBuiltWithoutTheModel_failsLoudly_whereItWouldAcceptEveryReport() {
    try (ValidatorFactory indexless =
        Validation.byProvider(PredefinedScopeHibernateValidator.class)
            .configure()
            .initializeBeanMetaData(Set.of(String.class))
            .buildValidatorFactory()) {
      assertThat(indexless.getValidator().validate(ERROR_AND_WARNING))
          .as("what an index-less Quarkus build does: nothing")
          .isEmpty();

      assertThatThrownBy(() -> FrameworkCheck.requireReportRules(indexless.getValidator()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(
              "this Jakarta validator sees no constraint on org.fazhi.report.Report, so @Valid"
                  + " would accept every report.")
          .hasMessageContaining("META-INF/jandex.idx");
    }
  }

  @Test
  void aValidatorBuiltWithTheModel_seesTheRules() {
    try (ValidatorFactory scoped =
        Validation.byProvider(PredefinedScopeHibernateValidator.class)
            .configure()
            .initializeBeanMetaData(Set.of(Report.class, ImmutableReport.class))
            .buildValidatorFactory()) {
      assertThatCode(() -> FrameworkCheck.requireReportRules(scoped.getValidator()))
          .doesNotThrowAnyException();
    }
  }
}
