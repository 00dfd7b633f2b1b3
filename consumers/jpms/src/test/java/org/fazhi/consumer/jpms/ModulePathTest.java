package org.fazhi.consumer.jpms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidatorFactory;
import java.lang.module.ModuleDescriptor;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.figure.Count;
import org.fazhi.report.json.ReportSchema;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.text.ReportText;
import org.fazhi.report.text.TextImport;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.ValidationResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Fazhi on the module path: these tests are patched into {@code org.fazhi.consumer.jpms} and see
 * Fazhi's modules as explicit modules, through their exports only.
 */
class ModulePathTest {
  private static final String RULE = "reconsideration.accepted-exceeds-received";

  /** Accepted 32 of 31 applications received: one ERROR. */
  static final Report ACCEPTED_EXCEEDS_RECEIVED =
      Report.builder()
          .metadata(
              ReportMetadata.builder()
                  .title("阳高县2024年法治政府建设年度报告")
                  .addIssuer(Issuer.of("阳高县人民政府", IssuerKind.PEOPLES_GOVERNMENT))
                  .division(
                      AdministrativeDivision.builder()
                          .name("阳高县")
                          .level(DivisionLevel.COUNTY)
                          .code(DivisionCode.parse("140221"))
                          .build())
                  .reportingYear(2024)
                  .build())
          .statistics(
              CaseStatistics.builder()
                  .reconsideration(
                      Reconsideration.builder()
                          .received(Count.of(31))
                          .accepted(Count.of(32))
                          .section(SectionId.of(1))
                          .build())
                  .build())
          .build();

  @Nested
  class TheModuleGraph {
    @Test
    void theseTests_runInANamedModule() {
      Module self = getClass().getModule();
      System.out.println(
          "[fazhi-consumer-jpms] test module: " + self + ", named: " + self.isNamed());
      assertThat(self.isNamed()).isTrue();
      assertThat(self.getName()).isEqualTo("org.fazhi.consumer.jpms");
    }

    @Test
    void fazhisModules_areExplicitModules_notAutomatic() {
      for (Class<?> type : List.of(Report.class, ReportValidator.class, ReportText.class)) {
        ModuleDescriptor descriptor = type.getModule().getDescriptor();
        System.out.println("[fazhi-consumer-jpms] " + type.getSimpleName() + " in " + descriptor);
        assertThat(descriptor.isAutomatic()).as(type.getName()).isFalse();
      }
      assertThat(Report.class.getModule().getName()).isEqualTo("org.fazhi.report");
      assertThat(ReportValidator.class.getModule().getName())
          .isEqualTo("org.fazhi.report.validation");
      assertThat(ReportText.class.getModule().getName()).isEqualTo("org.fazhi.report.text");
    }

    @Test
    void internalPackages_areNeitherExportedNorOpen() {
      Module self = getClass().getModule();
      Module core = Report.class.getModule();
      Module validation = ReportValidator.class.getModule();
      assertThat(core.isExported("org.fazhi.report.internal")).isFalse();
      assertThat(validation.isExported("org.fazhi.report.validation.internal")).isFalse();
      assertThat(core.isOpen("org.fazhi.report.statistics", self)).isFalse();
      assertThat(core.isOpen("org.fazhi.report.internal", self)).isFalse();
    }

    @Test
    void theModelIsOpen_toJacksonAlone_theValidatorsToHibernateValidatorAlone() {
      ModuleLayer boot = ModuleLayer.boot();
      Module core = Report.class.getModule();
      Module jackson3 = boot.findModule("tools.jackson.databind").orElseThrow();
      Module jackson2 = boot.findModule("com.fasterxml.jackson.databind").orElseThrow();
      Module hibernate = boot.findModule("org.hibernate.validator").orElseThrow();
      assertThat(core.isOpen("org.fazhi.report.statistics", jackson3)).isTrue();
      assertThat(core.isOpen("org.fazhi.report.statistics", jackson2)).isTrue();
      assertThat(core.isOpen("org.fazhi.report.statistics", hibernate)).isFalse();
      assertThat(
              ReportValidator.class
                  .getModule()
                  .isOpen("org.fazhi.report.validation.internal", hibernate))
          .isTrue();
    }
  }

  @Nested
  class Json {
    private final ReportDesk desk = ReportDesk.speaking(Locale.SIMPLIFIED_CHINESE);

    @Test
    void aReport_roundTripsThroughReportJson() {
      String json = desk.write(ACCEPTED_EXCEEDS_RECEIVED);
      assertThat(json)
          .startsWith("{\n  \"schemaVersion\": \"1.1\",\n  \"metadata\": {\n")
          .contains("\"title\": \"阳高县2024年法治政府建设年度报告\"")
          .contains("\"received\": 31,\n")
          .contains("\"accepted\": 32,\n");
      Report read = desk.read(json);
      assertThat(read).isEqualTo(ACCEPTED_EXCEEDS_RECEIVED);
      assertThat(desk.write(read)).isEqualTo(json);
    }

    @Test
    void aJackson2Mapper_withFazhiJackson2Module_readsTheSameReport() {
      String json = desk.write(ACCEPTED_EXCEEDS_RECEIVED);
      assertThat(desk.readWithJackson2(json)).isEqualTo(ACCEPTED_EXCEEDS_RECEIVED);
    }

    @Test
    void theJsonSchema_isReadFromFazhisModule() {
      assertThat(ReportSchema.class.getModule().getName()).isEqualTo("org.fazhi.report");
      assertThat(ReportSchema.text())
          .startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n")
          .contains("\"Reconsideration\": {")
          .endsWith("}\n");
    }
  }

  @Nested
  class Validation {
    @Test
    void theValidator_findsTheError_andRendersItsMessageInChinese() {
      ValidationResult result =
          ReportDesk.speaking(Locale.SIMPLIFIED_CHINESE).check(ACCEPTED_EXCEEDS_RECEIVED);
      assertThat(result.isValid()).isFalse();
      Finding error = result.getErrors().get(0);
      assertThat(error.getRuleId()).isEqualTo(RULE);
      assertThat(error.getPointer()).isEqualTo("/statistics/reconsideration/accepted");
      assertThat(error.getMessage()).isEqualTo("行政复议受理数(32)不得大于收到申请数(31)");
    }

    @Test
    void theValidator_rendersTheSameFindingInEnglish() {
      Finding error =
          ReportDesk.speaking(Locale.ENGLISH).check(ACCEPTED_EXCEEDS_RECEIVED).getErrors().get(0);
      assertThat(error.getMessage())
          .isEqualTo("Reconsideration: accepted (32) cannot exceed received (31).");
      assertThat(error.getMessage(Locale.CHINA)).isEqualTo("行政复议受理数(32)不得大于收到申请数(31)");
    }

    @Test
    void aPlainHibernateValidator_findsTheValidators_andTheMessages() {
      for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        try (ValidatorFactory factory = ReportDesk.plainValidator(locale)) {
          Set<ConstraintViolation<Report>> violations =
              factory.getValidator().validate(ACCEPTED_EXCEEDS_RECEIVED);
          assertThat(violations).hasSize(1);
          ConstraintViolation<Report> violation = violations.iterator().next();
          assertThat(violation.getPropertyPath())
              .hasToString("statistics.reconsideration.accepted");
          assertThat(violation.getMessage())
              .as(locale.toString())
              .isEqualTo(
                  locale == Locale.ENGLISH
                      ? "Reconsideration: accepted (32) cannot exceed received (31)."
                      : "行政复议受理数(32)不得大于收到申请数(31)");
          assertThat(Finding.of(violation).orElseThrow().getRuleId()).isEqualTo(RULE);
        }
      }
    }
  }

  @Nested
  class Text {
    static final String EXCERPT =
        "阳高县2024年法治政府建设年度报告\n" + "一、法治政府建设取得的成效\n" + "2024年,共收到行政复议案件申请35件,其中受理31件,办结29件;不予受理4件。\n";

    @Test
    void aShortText_isImported_withItsFigures() {
      TextImport imported = ReportDesk.speaking(Locale.CHINA).importText(EXCERPT);
      Report report = imported.getReport();
      assertThat(report.getMetadata().getTitle()).isEqualTo("阳高县2024年法治政府建设年度报告");
      assertThat(report.getMetadata().getReportingYear()).hasValue(2024);
      Reconsideration reconsideration = report.getStatistics().getReconsideration().orElseThrow();
      assertThat(reconsideration.getReceived()).contains(Count.of(35));
      assertThat(reconsideration.getAccepted()).contains(Count.of(31));
      assertThat(reconsideration.getClosed()).contains(Count.of(29));
      assertThat(reconsideration.getNotAccepted()).contains(Count.of(4));
    }
  }
}
