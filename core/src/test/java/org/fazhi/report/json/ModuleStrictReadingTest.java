package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.fazhi.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each coercion an application's mapper would make, refused in the report's types by {@link
 * FazhiJackson2Module} and {@link FazhiJackson3Module} with the mapper's own exception type, the
 * path of the value and a message saying what was expected — the same refusal, at the same pointer,
 * as {@link ReportJson}'s. The application's own types keep the mapper's defaults.
 */
class ModuleStrictReadingTest {
  private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON_2 =
      JacksonMappers.jackson2();
  private static final tools.jackson.databind.json.JsonMapper JACKSON_3 = JacksonMappers.jackson3();

  private static final String BASE =
      "{\"schemaVersion\": \"1.0\", \"metadata\": {\"title\": \"t\", \"reportingYear\": 2024},"
          + " \"statistics\": {\"reconsideration\": {\"received\": 35}}}";

  /** A document with a value in {@code metadata}. */
  private static String metadata(String property) {
    return BASE.replace("2024}", "2024, " + property + "}");
  }

  /** A document with a value in {@code statistics.reconsideration}. */
  private static String reconsideration(String property) {
    return BASE.replace("35}", "35, " + property + "}");
  }

  /** A document with one emergency of {@code properties}. */
  private static String emergency(String properties) {
    return BASE.replace(
        "}}}", "}}, \"emergencies\": [{\"kind\": \"EARTHQUAKE\", " + properties + "}]}");
  }

  /** A coercion refused: the document, the exception each mapper throws, and its message. */
  enum Coercion {
    STRING_FOR_A_COUNT(
        BASE.replace("35}", "\"35\"}"),
        "MismatchedInputException",
        "/statistics/reconsideration/received",
        "expected a count: a non-negative integer such as 35,"),
    NEGATIVE_ZERO_FOR_A_COUNT(
        BASE.replace("35}", "-0}"),
        "InvalidFormatException",
        "/statistics/reconsideration/received",
        "negative zero (-0) is not a number a report writes"),
    STRING_FOR_A_DECIMAL(
        reconsideration("\"correctionRate\": {\"percent\": \"12\"}"),
        "MismatchedInputException",
        "/statistics/reconsideration/correctionRate/percent",
        "expected a decimal number such as 1481.6, found the string \"12\""),
    NEGATIVE_ZERO_FOR_A_DECIMAL(
        reconsideration("\"correctionRate\": {\"percent\": -0.0}"),
        "InvalidFormatException",
        "/statistics/reconsideration/correctionRate/percent",
        "negative zero (-0.0) is not a number a report writes"),
    DECIMAL_FOR_AN_INTEGER(
        BASE.replace("2024}", "2024.5}"),
        "MismatchedInputException",
        "/metadata/reportingYear",
        "expected an integer, found the decimal number 2024.5"),
    NUMBER_FOR_A_STRING(
        BASE.replace("\"t\"", "5"),
        "MismatchedInputException",
        "/metadata/title",
        "expected a string, found the integer 5"),
    BOOLEAN_FOR_A_STRING(
        BASE.replace("\"t\"", "true"),
        "MismatchedInputException",
        "/metadata/title",
        "expected a string, found true"),
    NUMBER_FOR_AN_ENUM(
        reconsideration("\"correctionRateBasis\": 1"),
        "MismatchedInputException",
        "/statistics/reconsideration/correctionRateBasis",
        "expected one of [RECEIVED, ACCEPTED, HANDLED"),
    SPACE_AFTER_AN_ENUM_NAME(
        reconsideration("\"correctionRateBasis\": \"ACCEPTED \""),
        "InvalidFormatException",
        "/statistics/reconsideration/correctionRateBasis",
        "expected one of [RECEIVED, ACCEPTED, HANDLED"),
    LOWER_CASE_ENUM_NAME(
        reconsideration("\"correctionRateBasis\": \"accepted\""),
        "InvalidFormatException",
        "/statistics/reconsideration/correctionRateBasis",
        "expected one of [RECEIVED, ACCEPTED, HANDLED"),
    NUMBER_FOR_A_BOOLEAN(
        reconsideration("\"outcomesComplete\": 1"),
        "MismatchedInputException",
        "/statistics/reconsideration/outcomesComplete",
        "expected true or false, found the integer 1"),
    STRING_FOR_A_BOOLEAN(
        reconsideration("\"outcomesComplete\": \"true\""),
        "MismatchedInputException",
        "/statistics/reconsideration/outcomesComplete",
        "expected true or false, found the string \"true\""),
    NULL_FOR_AN_OPTIONAL_COUNT(
        BASE.replace("35}", "null}"),
        "InvalidNullException",
        "/statistics/reconsideration/received",
        ""),
    NULL_FOR_AN_OPTIONAL_INTEGER(
        BASE.replace("2024}", "null}"), "InvalidNullException", "/metadata/reportingYear", ""),
    NUMBER_FOR_A_DATE(
        metadata("\"documentDate\": 20240101"),
        "MismatchedInputException",
        "/metadata/documentDate",
        "expected an ISO-8601 date such as \"2024-12-03\", found the integer 20240101"),
    ARRAY_FOR_A_DATE(
        metadata("\"documentDate\": [2024, 1, 1]"),
        "MismatchedInputException",
        "/metadata/documentDate",
        "expected an ISO-8601 date such as \"2024-12-03\", found an array"),
    DATE_TIME_FOR_A_DATE(
        metadata("\"documentDate\": \"2024-01-01T00:00\""),
        "InvalidFormatException",
        "/metadata/documentDate",
        "expected an ISO-8601 date such as \"2024-12-03\""),
    SPACE_BEFORE_A_DATE(
        metadata("\"documentDate\": \" 2024-01-01\""),
        "InvalidFormatException",
        "/metadata/documentDate",
        "expected an ISO-8601 date such as \"2024-12-03\""),
    EMPTY_STRING_FOR_A_DATE(
        metadata("\"documentDate\": \"\""),
        "InvalidFormatException",
        "/metadata/documentDate",
        "expected an ISO-8601 date such as \"2024-12-03\""),
    EPOCH_SECONDS_FOR_A_DATE_TIME(
        emergency("\"occurredAt\": 1716060900"),
        "MismatchedInputException",
        "/emergencies/0/occurredAt",
        "expected an ISO-8601 date-time with offset such as \"2024-05-19T03:35:00+08:00\","
            + " found the integer 1716060900"),
    EPOCH_SECONDS_IN_A_STRING_FOR_A_DATE_TIME(
        emergency("\"occurredAt\": \"1716060900\""),
        "InvalidFormatException",
        "/emergencies/0/occurredAt",
        "expected an ISO-8601 date-time with offset"),
    DATE_TIME_WITHOUT_OFFSET(
        emergency("\"occurredAt\": \"2024-05-19T03:35:00\""),
        "InvalidFormatException",
        "/emergencies/0/occurredAt",
        "expected an ISO-8601 date-time with offset"),
    DATE_FOR_A_DATE_TIME(
        emergency("\"occurredAt\": \"2024-05-19\""),
        "InvalidFormatException",
        "/emergencies/0/occurredAt",
        "expected an ISO-8601 date-time with offset");

    final String json;
    final String exception;
    final String pointer;
    final String message;

    Coercion(String json, String exception, String pointer, String message) {
      this.json = json;
      this.exception = exception;
      this.pointer = pointer;
      this.message = message;
    }
  }

  @ParameterizedTest
  @EnumSource(Coercion.class)
  void jackson2WithTheModule_refusesIt_atTheValue(Coercion c) {
    Throwable thrown = catchThrowable(() -> JACKSON_2.readValue(c.json, Report.class));
    assertThat(thrown).isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    com.fasterxml.jackson.databind.JsonMappingException e =
        (com.fasterxml.jackson.databind.JsonMappingException) thrown;
    assertThat(e.getClass().getSimpleName()).isEqualTo(c.exception);
    assertThat(e.getOriginalMessage()).contains(c.message);
    assertThat(pointer2(e.getPath())).isEqualTo(c.pointer);
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Coercion.class)
  void jackson3WithTheModule_refusesIt_atTheValue(Coercion c) {
    Throwable thrown = catchThrowable(() -> JACKSON_3.readValue(c.json, Report.class));
    assertThat(thrown).isInstanceOf(tools.jackson.databind.DatabindException.class);
    tools.jackson.databind.DatabindException e = (tools.jackson.databind.DatabindException) thrown;
    assertThat(e.getClass().getSimpleName()).isEqualTo(c.exception);
    assertThat(e.getOriginalMessage()).contains(c.message);
    assertThat(pointer3(e.getPath())).isEqualTo(c.pointer);
    assertThat(e.getLocation().getLineNr()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Coercion.class)
  void reportJson_refusesIt_atTheSamePointer(Coercion c) {
    Throwable thrown = catchThrowable(() -> ReportJson.create().read(c.json));
    assertThat(thrown).isInstanceOf(ReportJsonException.class);
    ReportJsonException e = (ReportJsonException) thrown;
    assertThat(e.getPointer()).isEqualTo(c.pointer);
    assertThat(e.getDetail()).contains(c.message);
  }

  @Test
  void theValidDocuments_readAlike() throws Exception {
    for (String json :
        List.of(
            BASE,
            metadata("\"documentDate\": \"2024-01-01\""),
            reconsideration("\"correctionRateBasis\": \"ACCEPTED\", \"outcomesComplete\": true"),
            emergency("\"occurredAt\": \"2024-05-19T03:35:00+08:00\""))) {
      Report expected = ReportJson.create().read(json);
      assertThat(JACKSON_2.readValue(json, Report.class)).isEqualTo(expected);
      assertThat(JACKSON_3.readValue(json, Report.class)).isEqualTo(expected);
    }
  }

  @Test
  void aDateTime_keepsItsOffset() throws Exception {
    String json = emergency("\"occurredAt\": \"2024-05-19T03:35:00+08:00\"");
    assertThat(
            JACKSON_2
                .readValue(json, Report.class)
                .getEmergencies()
                .get(0)
                .getOccurredAt()
                .orElseThrow()
                .getOffset()
                .getTotalSeconds())
        .isEqualTo(8 * 3600);
  }

  /** An application's own type, read next to reports by the same mapper. */
  record Invoice(String number, BigDecimal amount, LocalDate issued, Level level) {}

  /** An application's own enum. */
  enum Level {
    LOW,
    HIGH
  }

  private static final String LENIENT_INVOICE =
      "{\"number\": 5, \"amount\": \"12\", \"issued\": \"2024-01-01T10:00\", \"level\": 1}";

  @Test
  void jackson2_keepsTheApplicationsDefaults_forItsOwnTypes() throws Exception {
    assertThat(JACKSON_2.readValue(LENIENT_INVOICE, Invoice.class))
        .isEqualTo(new Invoice("5", new BigDecimal("12"), LocalDate.of(2024, 1, 1), Level.HIGH));
    assertThat(JACKSON_2.readValue("{\"number\": null}", Invoice.class).number()).isNull();
  }

  @Test
  void jackson3_keepsTheApplicationsDefaults_forItsOwnTypes() {
    assertThat(JACKSON_3.readValue(LENIENT_INVOICE, Invoice.class))
        .isEqualTo(new Invoice("5", new BigDecimal("12"), LocalDate.of(2024, 1, 1), Level.HIGH));
    assertThat(JACKSON_3.readValue("{\"number\": null}", Invoice.class).number()).isNull();
  }

  /** An application's own type that holds a report. */
  record Upload(String sender, Report report) {}

  @Test
  void aReportInsideTheApplicationsOwnType_isStillReadStrictly() {
    String upload = "{\"sender\": 7, \"report\": " + BASE.replace("35}", "\"35\"}") + "}";
    assertThat(catchThrowable(() -> JACKSON_2.readValue(upload, Upload.class)))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageContaining("expected a count");
    assertThat(catchThrowable(() -> JACKSON_3.readValue(upload, Upload.class)))
        .isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class)
        .hasMessageContaining("expected a count");
  }

  private static String pointer2(
      List<com.fasterxml.jackson.databind.JsonMappingException.Reference> path) {
    return path.stream()
        .map(r -> "/" + (r.getFieldName() != null ? r.getFieldName() : r.getIndex()))
        .collect(Collectors.joining());
  }

  private static String pointer3(List<tools.jackson.core.JacksonException.Reference> path) {
    return path.stream()
        .map(r -> "/" + (r.getPropertyName() != null ? r.getPropertyName() : r.getIndex()))
        .collect(Collectors.joining());
  }
}
