package org.fazhi.report.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import org.fazhi.report.Report;
import org.fazhi.report.json.FazhiJackson2Module;
import org.fazhi.report.validation.ReportProblem;
import org.fazhi.report.validation.ReportValidator;
import org.junit.jupiter.api.Test;

/** The application's own Jackson 2 mapper, at the framework's version, with the module. */
class Jackson2MapperTest {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new FazhiJackson2Module()).build();

  @Test
  void writesAndReadsBack_anEqualReport() throws Exception {
    Report report = ConsumerReports.valid();

    String json = MAPPER.writeValueAsString(report);

    assertThat(MAPPER.readValue(json, Report.class)).isEqualTo(report);
    assertThat(json).contains("\"documentDate\":\"2024-12-03\"");
  }

  @Test
  void refusesAnUnknownProperty_evenWithTheFrameworksLenientSetting() throws Exception {
    JsonMapper lenient =
        MAPPER.rebuild()
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    String json =
        MAPPER.writeValueAsString(ConsumerReports.valid())
            .replace("\"reportingYear\":2024", "\"reportingYear\":2024,\"leader\":\"x\"");

    assertThatThrownBy(() -> lenient.readValue(json, Report.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageStartingWith("Unrecognized field \"leader\"");
  }

  @Test
  void writesTheProblemDocument() {
    ReportProblem problem =
        ReportProblem.of(
            ReportValidator.create().validate(ConsumerReports.acceptedExceedsReceived()),
            Locale.US);

    JsonNode json = MAPPER.valueToTree(problem);

    assertThat(json.get("type").asText()).isEqualTo("urn:fazhi:problem:invalid-report");
    assertThat(json.get("findings").get(0).get("ruleId").asText())
        .isEqualTo(ConsumerReports.ACCEPTED_EXCEEDS_RECEIVED);
  }
}
