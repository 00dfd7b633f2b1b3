package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fazhi.report.json.JacksonMappers.compact;
import static org.fazhi.report.json.JacksonMappers.jackson2;
import static org.fazhi.report.json.JacksonMappers.jackson2Pretty;
import static org.fazhi.report.json.JacksonMappers.jackson3;
import static org.fazhi.report.json.JacksonMappers.jackson3Pretty;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.outline.SectionId;
import org.junit.jupiter.api.Test;

/**
 * The model read and written by a Jackson 2 application and by a Jackson 3 application, each with
 * its own mapper at its defaults plus Fazhi's module: the same JSON as {@link ReportJson}, compact
 * and pretty, and the same report read back. {@code JacksonCompatibilityPropertiesTest} does the
 * same for generated reports.
 */
class JacksonCompatibilityTest {
  private static final String GOLDEN = ReportJsonTest.resource("every-property.json");
  private static final Report FIXTURE = ReportFixtures.EVERY_PROPERTY;

  // ---- the same JSON

  @Test
  void jackson2_writesWhatReportJsonWrites() {
    assertThat(jackson2Pretty(FIXTURE)).isEqualTo(GOLDEN);
  }

  @Test
  void jackson3_writesWhatReportJsonWrites() {
    assertThat(jackson3Pretty(FIXTURE)).isEqualTo(GOLDEN);
  }

  @Test
  void compact_isTheSameThroughBothMappers() throws Exception {
    String jackson2 = jackson2().writeValueAsString(FIXTURE);
    String jackson3 = jackson3().writeValueAsString(FIXTURE);
    assertThat(jackson2).isEqualTo(jackson3).isEqualTo(compact(GOLDEN));
  }

  @Test
  void minimalReport_isTheSameThroughBothMappers() throws Exception {
    String expected = ReportJson.create().write(ReportFixtures.MINIMAL);
    assertThat(jackson2Pretty(ReportFixtures.MINIMAL)).isEqualTo(expected);
    assertThat(jackson3Pretty(ReportFixtures.MINIMAL)).isEqualTo(expected);
  }

  @Test
  void jackson2_writesDatesAsStringsThoughTheMapperWritesTimestamps() {
    com.fasterxml.jackson.databind.json.JsonMapper mapper = jackson2();
    assertThat(mapper.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)).isTrue();
    assertThat(jackson2Pretty(FIXTURE))
        .contains("\"documentDate\": \"2024-12-03\"")
        .contains("\"occurredAt\": \"2024-05-19T03:35:00+08:00\"")
        .contains("\"2024-06-27\",\n");
  }

  // ---- the same report read back

  @Test
  void jackson2_readsWhatReportJsonWrites() throws Exception {
    assertThat(jackson2().readValue(GOLDEN, Report.class)).isEqualTo(FIXTURE);
  }

  @Test
  void jackson3_readsWhatReportJsonWrites() {
    assertThat(jackson3().readValue(GOLDEN, Report.class)).isEqualTo(FIXTURE);
  }

  @Test
  void bothRead_theCompactForm() throws Exception {
    assertThat(jackson2().readValue(compact(GOLDEN), Report.class)).isEqualTo(FIXTURE);
    assertThat(jackson3().readValue(compact(GOLDEN), Report.class)).isEqualTo(FIXTURE);
  }

  @Test
  void reportJson_readsWhatBothWrite() throws Exception {
    assertThat(ReportJson.create().read(jackson2().writeValueAsString(FIXTURE))).isEqualTo(FIXTURE);
    assertThat(ReportJson.create().read(jackson3().writeValueAsString(FIXTURE))).isEqualTo(FIXTURE);
  }

  @Test
  void valueTypes_haveTheSameFormThroughBothMappers() throws Exception {
    for (Object value :
        List.of(
            Count.of(35),
            Count.parse("700余"),
            Quantity.parse("1481.60万元"),
            SectionId.parse("s1.2.3"))) {
      assertThat(jackson2().writeValueAsString(value))
          .as(value.toString())
          .isEqualTo(jackson3().writeValueAsString(value));
    }
    assertThat(jackson3().writeValueAsString(Count.parse("700余")))
        .isEqualTo("{\"value\":700,\"approximation\":\"MORE_THAN\"}");
    assertThat(jackson2().readValue("\"s1.2.3\"", SectionId.class))
        .isEqualTo(SectionId.of(1, 2, 3));
    assertThat(jackson3().readValue("{\"value\":700,\"approximation\":\"MORE_THAN\"}", Count.class))
        .isEqualTo(Count.parse("700余"));
  }

  @Test
  void jackson2_keepsTheOffsetOfADateTime() throws Exception {
    Report read =
        jackson2()
            .readValue(
                GOLDEN.replace("2024-05-19T03:35:00+08:00", "2024-05-19T03:35:00-05:00"),
                Report.class);
    assertThat(
            read.getEmergencies()
                .get(0)
                .getOccurredAt()
                .orElseThrow()
                .getOffset()
                .getTotalSeconds())
        .isEqualTo(-5 * 3600);
  }

  // ---- unknown properties: the module's strictness and its switch

  /** An application's own type that holds a report. */
  static final class Envelope {
    @JsonProperty("report")
    Report report;

    @JsonProperty("receivedBy")
    String receivedBy;
  }

  private static final String UNKNOWN_IN_REPORT =
      GOLDEN.replace("\"reportingYear\": 2024,", "\"reportingYear\": 2024, \"leader\": \"x\",");

  @Test
  void jackson3_defaultsIgnoreUnknownProperties_butTheModuleRejectsThemInReportTypes() {
    assertThat(
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .isEnabled(
                    tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
        .isFalse();
    assertThatThrownBy(() -> jackson3().readValue(UNKNOWN_IN_REPORT, Report.class))
        .isInstanceOf(tools.jackson.databind.exc.UnrecognizedPropertyException.class)
        .hasMessageStartingWith("Unrecognized property \"leader\"");
  }

  /**
   * On the class path, {@code findAndAddModules()} (Spring Boot 4) finds the module through this
   * service file; the consumer builds prove it there. These tests run on the module path, where a
   * named module's service files are not read, so the file itself is checked.
   */
  @Test
  void jackson3_listsTheModuleAsAService_forFindAndAddModules() throws Exception {
    String services;
    try (var in =
        FazhiJackson3Module.class
            .getClassLoader()
            .getResourceAsStream("META-INF/services/tools.jackson.databind.JacksonModule")) {
      services = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    assertThat(services.strip()).isEqualTo(FazhiJackson3Module.class.getName());
    assertThat(tools.jackson.databind.JacksonModule.class)
        .isAssignableFrom(FazhiJackson3Module.class);
    assertThat(FazhiJackson3Module.class.getConstructor().newInstance().getModuleName())
        .isEqualTo("fazhi-report");
  }

  @Test
  void jackson3_moduleLeavesTheApplicationsTypesAlone() {
    Envelope envelope =
        jackson3()
            .readValue(
                "{\"report\": " + GOLDEN + ", \"receivedBy\": \"县司法局\", \"trace\": 7}",
                Envelope.class);
    assertThat(envelope.report).isEqualTo(FIXTURE);
  }

  @Test
  void jackson3_featureOff_ignoresUnknownProperties() {
    tools.jackson.databind.json.JsonMapper lenient =
        tools.jackson.databind.json.JsonMapper.builder()
            .addModule(
                new FazhiJackson3Module()
                    .configure(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES, false))
            .build();
    assertThat(lenient.readValue(UNKNOWN_IN_REPORT, Report.class)).isEqualTo(FIXTURE);
  }

  @Test
  void jackson2_moduleRejectsUnknownPropertiesEvenWhereTheMapperIgnoresThem() {
    com.fasterxml.jackson.databind.json.JsonMapper springLike =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new FazhiJackson2Module())
            .build();
    assertThatThrownBy(() -> springLike.readValue(UNKNOWN_IN_REPORT, Report.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class)
        .hasMessageStartingWith("Unrecognized field \"leader\"");
  }

  @Test
  void jackson2_moduleLeavesTheApplicationsTypesAlone() throws Exception {
    com.fasterxml.jackson.databind.json.JsonMapper springLike =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new FazhiJackson2Module())
            .build();
    Envelope envelope =
        springLike.readValue(
            "{\"report\": " + GOLDEN + ", \"receivedBy\": \"县司法局\", \"trace\": 7}", Envelope.class);
    assertThat(envelope.report).isEqualTo(FIXTURE);
  }

  @Test
  void jackson2_featureOff_ignoresUnknownProperties() throws Exception {
    com.fasterxml.jackson.databind.json.JsonMapper lenient =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(
                new FazhiJackson2Module()
                    .configure(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES, false))
            .build();
    assertThat(lenient.readValue(UNKNOWN_IN_REPORT, Report.class)).isEqualTo(FIXTURE);
  }

  @Test
  void jackson2_featureOff_stillFailsWhereTheMapperFails() {
    com.fasterxml.jackson.databind.json.JsonMapper strictMapper =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(
                new FazhiJackson2Module()
                    .configure(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES, false))
            .build();
    assertThatThrownBy(() -> strictMapper.readValue(UNKNOWN_IN_REPORT, Report.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class);
  }

  @Test
  void unknownPropertyInAnApproximateCount_isRejectedByBothModules() {
    String json =
        GOLDEN.replace(
            "\"value\": 700,\n        \"approximation\": \"MORE_THAN\"",
            "\"value\": 700,\n        \"approximation\": \"MORE_THAN\", \"unit\": \"件\"");
    assertThat(json).isNotEqualTo(GOLDEN);
    assertThatThrownBy(() -> jackson3().readValue(json, Report.class))
        .isInstanceOf(tools.jackson.databind.exc.UnrecognizedPropertyException.class);
    assertThatThrownBy(() -> jackson2().readValue(json, Report.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException.class);
  }

  // ---- the modules themselves

  @Test
  void modules_haveTheirFeatureOnByDefault_andConfigureReturnsACopy() {
    FazhiJackson3Module module3 = new FazhiJackson3Module();
    FazhiJackson2Module module2 = new FazhiJackson2Module();
    assertThat(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES.isEnabledByDefault()).isTrue();
    assertThat(module3.isEnabled(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(module2.isEnabled(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    FazhiJackson3Module off3 =
        module3.configure(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    FazhiJackson2Module off2 =
        module2.configure(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    assertThat(off3.isEnabled(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    assertThat(off2.isEnabled(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isFalse();
    assertThat(module3.isEnabled(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(module2.isEnabled(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
    assertThat(
            off3.configure(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .isEnabled(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES))
        .isTrue();
    assertThat(module3.getModuleName()).isEqualTo("fazhi-report");
    assertThat(module2.getModuleName()).isEqualTo("fazhi-report");
  }

  @Test
  void jackson2Module_bringsOptionalAndJavaTimeSupport() throws Exception {
    com.fasterxml.jackson.databind.json.JsonMapper bare =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new FazhiJackson2Module())
            .build();
    assertThat(bare.getRegisteredModuleIds())
        .containsExactlyInAnyOrder(
            "com.fasterxml.jackson.datatype.jdk8.Jdk8Module",
            "jackson-datatype-jsr310",
            FazhiJackson2Module.class.getName());
    // …which is all the golden-file tests above need to read and write Optional and java.time.
  }
}
