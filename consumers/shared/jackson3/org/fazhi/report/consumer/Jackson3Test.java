package org.fazhi.report.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.fazhi.report.Report;
import org.fazhi.report.facts.FactsCsv;
import org.fazhi.report.facts.ReportFacts;
import org.fazhi.report.json.FazhiJackson3Module;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.json.ReportJsonException;
import org.fazhi.report.validation.ReportProblem;
import org.fazhi.report.validation.ReportValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** ReportJson, FactsCsv and the application's own Jackson 3 mapper, at the managed versions. */
class Jackson3Test {
  @Test
  void reportJson_writesAndReadsBack_anEqualReport() {
    Report report = ConsumerReports.valid();

    String json = ReportJson.create().write(report);

    assertThat(ReportJson.create().read(json)).isEqualTo(report);
    assertThat(json).contains("\"received\": 35,");
  }

  @Test
  void reportJson_refusesWithAPointer() {
    String json =
        ReportJson.create()
            .write(ConsumerReports.valid())
            .replace("\"reportingYear\": 2024,", "\"reportingYear\": 2024, \"leader\": \"x\",");

    assertThatThrownBy(() -> ReportJson.create().read(json))
        .isInstanceOfSatisfying(
            ReportJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(ReportJsonException.Problem.UNKNOWN_PROPERTY);
              assertThat(e.getPointer()).isEqualTo("/metadata/leader");
              assertThat(ReportProblem.of(e, Locale.US).status()).isEqualTo(400);
            });
  }

  /**
   * Jackson 3.1 (Spring Boot 4.0's) reads some ill-formed UTF-8 — {@code C0 80} as U+0000 — where
   * 3.3 refuses it; ReportJson refuses every such byte sequence, whichever it runs on.
   */
  @Test
  void reportJson_refusesIllFormedUtf8_onTheManagedJackson() {
    String json = ReportJson.create().write(ConsumerReports.valid());
    int at = json.indexOf("\"title\": \"") + "\"title\": \"".length();
    byte[] head = json.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] tail = json.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (byte[] sequence :
        List.of(
            new byte[] {(byte) 0xC0, (byte) 0x80},
            new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80})) {
      byte[] bytes = new byte[head.length + sequence.length + tail.length];
      System.arraycopy(head, 0, bytes, 0, head.length);
      System.arraycopy(sequence, 0, bytes, head.length, sequence.length);
      System.arraycopy(tail, 0, bytes, head.length + sequence.length, tail.length);

      assertThatThrownBy(
              () -> ReportJson.create().read(new java.io.ByteArrayInputStream(bytes), "r.json"))
          .isInstanceOfSatisfying(
              ReportJsonException.class,
              e -> assertThat(e.getProblem()).isEqualTo(ReportJsonException.Problem.MALFORMED_JSON));
    }
  }

  @Test
  void factsCsv_writesTheFacts() {
    String csv = FactsCsv.toCsv(List.of(ReportFacts.of("阳高县", ConsumerReports.valid())));

    assertThat(csv).startsWith("report,concept,").contains("阳高县,reconsideration.received,");
  }

  @Test
  void aMapperThatFindsModules_isStrictAboutReportTypes_withoutConfiguration() {
    JsonMapper discovered = JsonMapper.builder().findAndAddModules().build();
    String json =
        ReportJson.create()
            .write(ConsumerReports.valid())
            .replace("\"reportingYear\": 2024,", "\"reportingYear\": 2024, \"leader\": \"x\",");

    assertThat(discovered.registeredModules())
        .anySatisfy(module -> assertThat(module).isInstanceOf(FazhiJackson3Module.class));
    assertThatThrownBy(() -> discovered.readValue(json, Report.class))
        .isInstanceOf(UnrecognizedPropertyException.class);
  }

  @Test
  void writesTheProblemDocument() {
    ReportProblem problem =
        ReportProblem.of(
            ReportValidator.create().validate(ConsumerReports.acceptedExceedsReceived()),
            Locale.US);

    JsonNode json = JsonMapper.builder().build().valueToTree(problem);

    assertThat(json.get("status").asInt()).isEqualTo(422);
    assertThat(json.get("findings").get(0).get("pointer").asString())
        .isEqualTo("/statistics/reconsideration/accepted");
  }
}
