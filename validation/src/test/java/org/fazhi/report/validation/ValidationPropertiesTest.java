package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;
import org.fazhi.report.ReportArbitraries;
import org.fazhi.report.json.ReportJson;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over every report the model can hold ({@link ReportArbitraries#reports()}: every type, every
 * property, figures that need not add up): validation never throws; every finding points into the
 * report's JSON form and renders in both languages; validity is exactly "no ERROR"; the facade's
 * own walk finds exactly what Hibernate Validator's engine finds, in every severity; and a plain
 * Jakarta validator (what {@code @Valid} runs) rejects exactly the ERRORs the validator finds.
 */
class ValidationPropertiesTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final Validator PLAIN =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Provide
  Arbitrary<Report> reports() {
    return ReportArbitraries.reports();
  }

  @Property(tries = 300)
  void validationNeverThrows_andEveryFindingPointsIntoTheReport(@ForAll("reports") Report report) {
    ValidationResult result = VALIDATOR.validate(report);
    JsonNode json = MAPPER.readTree(ReportJson.create().write(report));
    for (Finding finding : result.getFindings()) {
      String pointer = finding.getPointer();
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      assertThat(json.at(parent).isMissingNode()).as(finding + " points into the report").isFalse();
      assertThat(finding.getMessage(Locale.SIMPLIFIED_CHINESE)).doesNotContain("{").isNotBlank();
      assertThat(finding.getMessage(Locale.ENGLISH)).doesNotContain("{").isNotBlank();
    }
    assertThat(result.isValid()).isEqualTo(result.getErrors().isEmpty());
  }

  @Property(tries = 300)
  void theFacadesWalk_findsExactlyWhatTheEngineFinds(@ForAll("reports") Report report) {
    assertThat(VALIDATOR.validate(report).getFindings())
        .isEqualTo(VALIDATOR.validateByEngine(report).getFindings());
  }

  @Property(tries = 200)
  void aPlainValidator_rejectsExactlyTheErrors(@ForAll("reports") Report report) {
    Set<String> plain = new HashSet<>();
    for (ConstraintViolation<Report> violation : PLAIN.validate(report)) {
      Finding finding = Finding.of(violation).orElseThrow();
      plain.add(finding.getRuleId() + " " + finding.getPointer());
    }
    Set<String> errors = new HashSet<>();
    boolean allListed = true;
    for (Finding finding : VALIDATOR.validate(report).getErrors()) {
      errors.add(finding.getRuleId() + " " + finding.getPointer());
      finding.getRepeats().forEach(p -> errors.add(finding.getRuleId() + " " + p));
      allListed &= finding.getRepeatCount() == finding.getRepeats().size();
    }
    if (allListed) {
      assertThat(plain).isEqualTo(errors);
    } else {
      assertThat(plain).containsAll(errors);
    }
  }
}
