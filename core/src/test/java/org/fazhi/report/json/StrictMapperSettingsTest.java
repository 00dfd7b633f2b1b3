package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What an application's own mapper accepts that {@link ReportJson} refuses, and the settings in
 * docs/integration.md that make it refuse them too. The document shows exactly the code marked
 * below (DocsJavaSamplesTest, in the examples module, checks it), and its table exactly the
 * outcomes asserted here.
 */
class StrictMapperSettingsTest {
  private static final Path DOC = Path.of("..", "docs", "integration.md");

  static tools.jackson.databind.json.JsonMapper strictJackson3() {
    // sample in docs/integration.md: begin
    tools.jackson.databind.json.JsonMapper mapper =
        tools.jackson.databind.json.JsonMapper.builder(
                tools.jackson.core.json.JsonFactory.builder()
                    .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(
                        tools.jackson.core.StreamReadConstraints.builder()
                            .maxNestingDepth(ReportJson.MAX_NESTING_DEPTH)
                            .maxStringLength(ReportJson.MAX_STRING_LENGTH)
                            .maxNumberLength(ReportJson.MAX_NUMBER_LENGTH)
                            .maxDocumentLength(ReportJson.MAX_DOCUMENT_LENGTH)
                            .build())
                    .build())
            .addModule(new FazhiJackson3Module())
            .build();
    // sample in docs/integration.md: end
    return mapper;
  }

  static com.fasterxml.jackson.databind.json.JsonMapper strictJackson2() {
    // sample in docs/integration.md: begin
    com.fasterxml.jackson.databind.json.JsonMapper mapper =
        com.fasterxml.jackson.databind.json.JsonMapper.builder(
                com.fasterxml.jackson.core.JsonFactory.builder()
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(
                        com.fasterxml.jackson.core.StreamReadConstraints.builder()
                            .maxNestingDepth(ReportJson.MAX_NESTING_DEPTH)
                            .maxStringLength(ReportJson.MAX_STRING_LENGTH)
                            .maxNumberLength(ReportJson.MAX_NUMBER_LENGTH)
                            .maxDocumentLength(ReportJson.MAX_DOCUMENT_LENGTH)
                            .build())
                    .build())
            .addModule(new FazhiJackson2Module())
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    // sample in docs/integration.md: end
    return mapper;
  }

  private static final com.fasterxml.jackson.databind.json.JsonMapper DEFAULT_2 =
      JacksonMappers.jackson2();
  private static final tools.jackson.databind.json.JsonMapper DEFAULT_3 = JacksonMappers.jackson3();
  private static final com.fasterxml.jackson.databind.json.JsonMapper STRICT_2 = strictJackson2();
  private static final tools.jackson.databind.json.JsonMapper STRICT_3 = strictJackson3();

  private static final String BASE =
      "{\"schemaVersion\": \"1.0\", \"metadata\": {\"title\": \"t\", \"reportingYear\": 2024},"
          + " \"statistics\": {\"reconsideration\": {\"received\": 35}}}";

  /**
   * Documents ReportJson refuses, how the table of docs/integration.md names them, and whether each
   * default mapper (with the module) accepts them.
   */
  enum Case {
    DUPLICATE_KEY(
        "a key twice in one object",
        BASE.replace("\"title\": \"t\",", "\"title\": \"t\", \"title\": \"u\","),
        true,
        true),
    DECIMAL_FOR_A_COUNT(
        "a decimal for a count: `35.5`", BASE.replace("35}", "35.5}"), false, false),
    DECIMAL_FOR_AN_INTEGER(
        "a decimal for an integer: `\"reportingYear\": 2024.5`",
        BASE.replace("2024}", "2024.5}"),
        false,
        false),
    STRING_FOR_A_COUNT(
        "a string for a count: `\"35\"`", BASE.replace("35}", "\"35\"}"), false, false),
    NULL_FOR_AN_ABSENT_VALUE(
        "`null` for an optional value", BASE.replace("35}", "null}"), false, false),
    NUMBER_FOR_A_STRING(
        "a number for a string: `\"title\": 5`", BASE.replace("\"t\"", "5"), false, false),
    NUMBER_FOR_AN_ENUM(
        "a number for an enum: `\"correctionRateBasis\": 1`",
        BASE.replace("35}", "35, \"correctionRateBasis\": 1}"),
        false,
        false),
    NUMBER_FOR_A_BOOLEAN(
        "a number for a boolean: `\"outcomesComplete\": 1`",
        BASE.replace("35}", "35, \"outcomesComplete\": 1}"),
        false,
        false),
    EMPTY_STRING_FOR_A_DATE(
        "an empty string for a date",
        BASE.replace("2024}", "2024, \"documentDate\": \"\"}"),
        false,
        false),
    NULL_FOR_AN_INTEGER(
        "`null` for an integer: `\"ordinal\": null`",
        BASE.replace(
            ", \"statistics\"",
            ", \"outline\": {\"sections\": [{\"numbering\": {\"style\": \"CHINESE\", \"ordinal\":"
                + " null, \"label\": \"一、\"}}]}, \"statistics\""),
        false,
        false),
    NUMBER_FOR_A_DATE(
        "a number for a date: `\"documentDate\": 20240101`",
        BASE.replace("2024}", "2024, \"documentDate\": 20240101}"),
        false,
        false),
    DATE_TIME_FOR_A_DATE(
        "a date-time for a date: `\"2024-01-01T00:00\"`",
        BASE.replace("2024}", "2024, \"documentDate\": \"2024-01-01T00:00\"}"),
        false,
        false),
    SPACES_AROUND_AN_ENUM(
        "spaces around an enum name: `\"ACCEPTED \"`",
        BASE.replace("35}", "35, \"correctionRateBasis\": \"ACCEPTED \"}"),
        false,
        false),
    NEGATIVE_ZERO("negative zero: `-0`", BASE.replace("35}", "-0}"), false, false),
    TRAILING_CONTENT("content after the report", BASE + " {}", true, false),
    NESTED_DEEPER_THAN_64("nesting deeper than 64 levels", deepOutline(40), false, false),
    UNKNOWN_PROPERTY(
        "an unknown property in a report type",
        BASE.replace("35}", "35, \"leader\": \"x\"}"),
        false,
        false);

    final String description;
    final String json;
    final boolean jackson2Accepts;
    final boolean jackson3Accepts;

    Case(String description, String json, boolean jackson2Accepts, boolean jackson3Accepts) {
      this.description = description;
      this.json = json;
      this.jackson2Accepts = jackson2Accepts;
      this.jackson3Accepts = jackson3Accepts;
    }

    /** The row of the document's table: description, Jackson 2, Jackson 3, the strict settings. */
    String tableRow() {
      return "| "
          + description
          + " | "
          + (jackson2Accepts ? "accepted" : "rejected")
          + " | "
          + (jackson3Accepts ? "accepted" : "rejected")
          + " | rejected |";
    }
  }

  private static String deepOutline(int depth) {
    String section =
        "{\"heading\": {\"text\": \"h\", \"placement\": \"OWN_LINE\"}, \"children\": [";
    return BASE.replace(
        ", \"statistics\"",
        ", \"outline\": {\"sections\": ["
            + section.repeat(depth)
            + "]}".repeat(depth)
            + "]}, \"statistics\"");
  }

  private static boolean accepts(ThrowingReader reader, String json) {
    try {
      return reader.read(json) != null;
    } catch (Exception e) {
      return false;
    }
  }

  @FunctionalInterface
  interface ThrowingReader {
    Report read(String json) throws Exception;
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void reportJson_refuses(Case hostile) {
    assertThat(accepts(json -> ReportJson.create().read(json), hostile.json)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void defaultMappers_acceptWhatTheTableSays(Case hostile) {
    assertThat(accepts(json -> DEFAULT_2.readValue(json, Report.class), hostile.json))
        .as("Jackson 2 defaults")
        .isEqualTo(hostile.jackson2Accepts);
    assertThat(accepts(json -> DEFAULT_3.readValue(json, Report.class), hostile.json))
        .as("Jackson 3 defaults")
        .isEqualTo(hostile.jackson3Accepts);
  }

  /** What "accepted" means, as the document says: the document is read silently, and wrongly. */
  @Test
  void defaultMappers_readSilently() throws Exception {
    assertThat(DEFAULT_2.readValue(Case.DUPLICATE_KEY.json, Report.class).getMetadata().getTitle())
        .isEqualTo("u");
    assertThat(DEFAULT_3.readValue(Case.DUPLICATE_KEY.json, Report.class).getMetadata().getTitle())
        .isEqualTo("u");
    assertThat(DEFAULT_2.readValue(Case.TRAILING_CONTENT.json, Report.class))
        .isEqualTo(DEFAULT_2.readValue(BASE, Report.class));
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void strictMappers_refuse(Case hostile) {
    assertThat(accepts(json -> STRICT_2.readValue(json, Report.class), hostile.json))
        .as("strict Jackson 2")
        .isFalse();
    assertThat(accepts(json -> STRICT_3.readValue(json, Report.class), hostile.json))
        .as("strict Jackson 3")
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void theDocument_hasTheRowOfTheTable(Case hostile) throws IOException {
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains(hostile.tableRow() + "\n");
  }

  @Test
  void strictMappers_readAndWriteTheFormAsReportJson() throws Exception {
    String golden = ReportJson.create().write(ReportFixtures.EVERY_PROPERTY);
    assertThat(STRICT_2.readValue(golden, Report.class)).isEqualTo(ReportFixtures.EVERY_PROPERTY);
    assertThat(STRICT_3.readValue(golden, Report.class)).isEqualTo(ReportFixtures.EVERY_PROPERTY);
    assertThat(STRICT_2.writeValueAsString(ReportFixtures.EVERY_PROPERTY))
        .isEqualTo(JacksonMappers.compact(golden));
    assertThat(STRICT_3.writeValueAsString(ReportFixtures.EVERY_PROPERTY))
        .isEqualTo(JacksonMappers.compact(golden));
  }
}
