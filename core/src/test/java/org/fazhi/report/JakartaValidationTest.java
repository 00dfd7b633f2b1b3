package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.UnexpectedTypeException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Reconsideration;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.MaxDef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plain Jakarta validator — what Spring's {@code @Valid} and Quarkus use — sees the model's
 * JavaBeans accessors and follows its {@code @Valid} cascades: a constraint placed on a value deep
 * inside a report, by the standard XML mapping or Hibernate Validator's programmatic mapping, is
 * found when the whole report is validated, with a property path of bean names. (With record-style
 * accessors such a validator sees no property and reports nothing, silently.)
 *
 * <p>The model carries the rule catalog's constraint {@link ReportRules}, whose validators live in
 * fazhi-validation, which core cannot see: these factories stand a validator in for them that
 * accepts everything, and one test shows what a factory without fazhi-validation does.
 */
class JakartaValidationTest {
  private static ValidatorFactory plain;

  /** Stands in for fazhi-validation's validators of the catalog: accepts everything. */
  public static final class CatalogStandIn implements ConstraintValidator<ReportRules, Object> {
    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
      return true;
    }
  }

  /** A Hibernate Validator configuration with {@link CatalogStandIn} for the catalog. */
  private static HibernateValidatorConfiguration configured() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class).configure();
    ConstraintMapping standIn = configuration.createConstraintMapping();
    standIn
        .constraintDefinition(ReportRules.class)
        .includeExistingValidators(false)
        .validatedBy(CatalogStandIn.class);
    return configuration.addMapping(standIn);
  }

  @BeforeAll
  static void bootstrap() {
    plain = configured().buildValidatorFactory();
  }

  @AfterAll
  static void close() {
    plain.close();
  }

  private static List<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream()
        .map(v -> v.getPropertyPath() + " " + v.getInvalidValue() + ": " + v.getMessage())
        .sorted()
        .collect(Collectors.toList());
  }

  private static Report withReceived(long received) {
    return ReportFixtures.MINIMAL.withStatistics(
        CaseStatistics.builder()
            .reconsideration(Reconsideration.builder().received(Count.of(received)).build())
            .build());
  }

  /**
   * Text-like values, written as one JSON string and checked whole by their own factories ({@code
   * DivisionCode.parse}, {@code Concept.of}): nothing below them for a validator to reach.
   */
  private static final Set<Class<?>> ATOMS =
      Set.of(
          DivisionCode.class,
          DocumentNumber.class,
          SchemaVersion.class,
          org.fazhi.report.facts.Concept.class,
          org.fazhi.report.outline.SectionId.class,
          org.fazhi.report.figure.Unit.class);

  /**
   * Every property that holds a model object other than an atom — directly, in an {@code Optional},
   * a list or as a map value — is marked {@code @Valid}, so that no constraint below it is missed.
   */
  @Test
  void everyPropertyHoldingAModelObject_cascades() {
    List<String> missing = new java.util.ArrayList<>();
    for (Class<?> type : ModelTypes.all()) {
      for (java.util.Map.Entry<String, java.lang.reflect.Method> property :
          ModelTypes.properties(type).entrySet()) {
        java.lang.reflect.Method accessor = property.getValue();
        java.lang.reflect.AnnotatedType returned = accessor.getAnnotatedReturnType();
        boolean ok =
            cascades(returned) || accessor.isAnnotationPresent(jakarta.validation.Valid.class);
        if (!ok) {
          missing.add(type.getSimpleName() + "." + property.getKey());
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  /** Whether every model object {@code type} may hold is marked {@code @Valid} where it stands. */
  private static boolean cascades(java.lang.reflect.AnnotatedType type) {
    if (type instanceof java.lang.reflect.AnnotatedParameterizedType) {
      java.lang.reflect.AnnotatedType[] arguments =
          ((java.lang.reflect.AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments();
      boolean all = true;
      for (java.lang.reflect.AnnotatedType argument : arguments) {
        all &= cascades(argument);
      }
      return all;
    }
    java.lang.reflect.Type raw = type.getType();
    boolean model =
        raw instanceof Class
            && ((Class<?>) raw).getName().startsWith("org.fazhi.report.")
            && !((Class<?>) raw).isEnum()
            && !ATOMS.contains(raw);
    return !model || type.isAnnotationPresent(jakarta.validation.Valid.class);
  }

  @Test
  void aPlainFactory_validatesAReportWithoutComplaint() {
    assertThat(plain.getValidator().validate(ReportFixtures.EVERY_PROPERTY)).isEmpty();
  }

  @Test
  void theDefaultFactory_withoutFazhiValidation_namesTheCatalogsMissingValidators() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      assertThatThrownBy(() -> factory.getValidator().validate(ReportFixtures.MINIMAL))
          .isInstanceOf(UnexpectedTypeException.class)
          .hasMessageStartingWith(
              "HV000030: No validator could be found for constraint"
                  + " 'org.fazhi.report.constraints.ReportRules'");
    }
  }

  @Test
  void programmaticMapping_findsAConstraintOnACountInsideOptionals() {
    HibernateValidatorConfiguration configuration = configured();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.type(Count.class).getter("value").constraint(new MaxDef().value(100));
    try (ValidatorFactory factory = configuration.addMapping(mapping).buildValidatorFactory()) {
      Validator validator = factory.getValidator();
      assertThat(validator.validate(withReceived(100))).isEmpty();
      assertThat(paths(validator.validate(withReceived(101))))
          .containsExactly(
              "statistics.reconsideration.received.value 101: must be less than or equal to 100");
    }
  }

  @Test
  void programmaticMapping_findsACountInsideARate() {
    HibernateValidatorConfiguration configuration = configured();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.type(Count.class).getter("value").constraint(new MaxDef().value(100));
    Report report =
        ReportFixtures.MINIMAL.withStatistics(
            CaseStatistics.builder()
                .reconsideration(
                    Reconsideration.builder()
                        .correctionRate(
                            org.fazhi.report.figure.Rate.builder()
                                .percent(java.math.BigDecimal.ONE)
                                .numerator(Count.of(3))
                                .denominator(Count.of(300))
                                .build())
                        .build())
                .build());
    try (ValidatorFactory factory = configuration.addMapping(mapping).buildValidatorFactory()) {
      assertThat(paths(factory.getValidator().validate(report)))
          .containsExactly(
              "statistics.reconsideration.correctionRate.denominator.value 300: must be less than"
                  + " or equal to 100");
    }
  }

  @Test
  void programmaticMapping_findsEveryCountOfTheFixture() {
    HibernateValidatorConfiguration configuration = configured();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping.type(Count.class).getter("value").constraint(new MaxDef().value(1000));
    try (ValidatorFactory factory = configuration.addMapping(mapping).buildValidatorFactory()) {
      // A constraint on the value sees the digits written: 3.6万 is 3.6 to it, not 36000.
      assertThat(paths(factory.getValidator().validate(ReportFixtures.EVERY_PROPERTY)))
          .containsExactly(
              "enforcement.inspections.value 1200: must be less than or equal to 1000",
              "statistics.publicLegalServices.breakdowns[0].items[0].count.value 2100: must be less"
                  + " than or equal to 1000",
              "statistics.publicLegalServices.breakdowns[0].total.value 2522: must be less than or"
                  + " equal to 1000",
              "statistics.publicLegalServices.services.value 2522: must be less than or equal to"
                  + " 1000",
              "statistics.publicLegalServices.target.value 2200: must be less than or equal to"
                  + " 1000");
    }
  }

  /** The standard XML constraint mapping, which names properties as JavaBeans do. */
  private static final String HEADING_AT_MOST_TEN_CHARACTERS =
      "<constraint-mappings xmlns=\"https://jakarta.ee/xml/ns/validation/mapping\""
          + " version=\"3.0\">"
          + "<bean class=\"org.fazhi.report.outline.Heading\">"
          + "<getter name=\"text\">"
          + "<constraint annotation=\"jakarta.validation.constraints.Size\">"
          + "<element name=\"max\">10</element>"
          + "</constraint></getter></bean></constraint-mappings>";

  @Test
  void xmlMapping_findsAConstraintOnAHeadingDeepInTheOutline() {
    Report report =
        ReportFixtures.MINIMAL.withOutline(
            Outline.builder()
                .addSection(
                    Section.builder()
                        .numbering(Numbering.parse("一、"))
                        .heading(Heading.ownLine("法治政府建设取得的成效"))
                        .addChildren(
                            Section.builder().numbering(Numbering.parse("(一)")).build(),
                            Section.builder()
                                .numbering(Numbering.parse("(二)"))
                                .addChild(
                                    Section.builder()
                                        .numbering(Numbering.parse("1."))
                                        .heading(Heading.inline("推动政府职能优化高效,全面建设数字法治政府", "。"))
                                        .build())
                                .build())
                        .build())
                .build());
    try (ValidatorFactory factory =
        configured()
            .addMapping(
                new ByteArrayInputStream(
                    HEADING_AT_MOST_TEN_CHARACTERS.getBytes(StandardCharsets.UTF_8)))
            .buildValidatorFactory()) {
      assertThat(paths(factory.getValidator().validate(report)))
          .containsExactly(
              "outline.sections[0].children[1].children[0].heading.text 推动政府职能优化高效,全面建设数字法治政府:"
                  + " size must be between 0 and 10",
              "outline.sections[0].heading.text 法治政府建设取得的成效: size must be between 0 and 10");
    }
  }
}
