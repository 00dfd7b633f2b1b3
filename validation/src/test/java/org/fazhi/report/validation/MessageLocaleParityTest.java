package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.ReportValidatorTest.ERROR_AND_WARNING;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.fazhi.report.Report;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One locale rule for findings and framework messages: for every requested locale and every JVM
 * default, {@link Finding#getMessage(Locale)} says what a plain Hibernate Validator (Spring's
 * {@code @Valid}, Quarkus) says for the same violation in that locale.
 */
class MessageLocaleParityTest {
  private static final List<Locale> REQUESTED =
      List.of(
          Locale.SIMPLIFIED_CHINESE,
          Locale.TRADITIONAL_CHINESE,
          Locale.CHINESE,
          Locale.ENGLISH,
          Locale.US,
          Locale.UK,
          Locale.FRENCH,
          Locale.JAPAN,
          Locale.ROOT);
  private static final List<Locale> JVM_DEFAULTS = List.of(Locale.US, Locale.CHINA, Locale.GERMANY);

  static Stream<Arguments> locales() {
    return JVM_DEFAULTS.stream()
        .flatMap(jvm -> REQUESTED.stream().map(requested -> Arguments.of(jvm, requested)));
  }

  @ParameterizedTest(name = "JVM {0}, requested {1}")
  @MethodSource("locales")
  void aFindingSpeaksTheLanguageOfTheFrameworksMessage(Locale jvmDefault, Locale requested) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(jvmDefault);
    try (ValidatorFactory framework =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(requested)
            .buildValidatorFactory()) {
      Set<ConstraintViolation<Report>> violations =
          framework.getValidator().validate(ERROR_AND_WARNING);
      assertThat(violations).hasSize(1);
      ConstraintViolation<Report> violation = violations.iterator().next();
      Finding finding = Finding.of(violation).orElseThrow();

      assertThat(finding.getMessage(requested)).isEqualTo(violation.getMessage());
    } finally {
      Locale.setDefault(saved);
    }
  }
}
