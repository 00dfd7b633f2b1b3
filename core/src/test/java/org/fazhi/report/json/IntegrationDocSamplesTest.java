package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plain mappers of docs/integration.md write the form ReportJson writes and read it back
 * (DocsJavaSamplesTest, in the examples module, checks that the document shows exactly this code;
 * {@link StrictMapperSettingsTest} holds the strict settings shown there).
 */
class IntegrationDocSamplesTest {
  private static final String GOLDEN = ReportJson.create().write(ReportFixtures.EVERY_PROPERTY);

  @Test
  void aJackson3Mapper_withTheModule() throws Exception {
    // sample in docs/integration.md: begin
    // Jackson 3 (Spring Boot 4): tools.jackson.databind.json.JsonMapper
    JsonMapper mapper = JsonMapper.builder().addModule(new FazhiJackson3Module()).build();
    // sample in docs/integration.md: end
    assertThat(mapper.readValue(GOLDEN, Report.class)).isEqualTo(ReportFixtures.EVERY_PROPERTY);
    assertThat(mapper.writeValueAsString(ReportFixtures.EVERY_PROPERTY))
        .isEqualTo(JacksonMappers.compact(GOLDEN));
  }

  @Test
  void aJackson2Mapper_withTheModule() throws Exception {
    // sample in docs/integration.md: begin
    // Jackson 2 (Spring Boot 3, Quarkus 3): com.fasterxml.jackson.databind.json.JsonMapper;
    // the application needs jackson-datatype-jdk8 and jackson-datatype-jsr310 on its class path
    com.fasterxml.jackson.databind.json.JsonMapper mapper =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new FazhiJackson2Module())
            .build();
    // sample in docs/integration.md: end
    assertThat(mapper.readValue(GOLDEN, Report.class)).isEqualTo(ReportFixtures.EVERY_PROPERTY);
    assertThat(mapper.writeValueAsString(ReportFixtures.EVERY_PROPERTY))
        .isEqualTo(JacksonMappers.compact(GOLDEN));
  }
}
