package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJsonException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of input the reader must refuse (issue 2, "Strict reading"), one test each: the
 * exception, its problem, the JSON Pointer, line and column of the offending value, and the exact
 * message.
 *
 * <p>Where the location points: at the offending token for a value of the wrong type, a null, a
 * value that can never be, an unknown property (its name) and trailing content; at the closing
 * brace of the object that lacks a required property; just after the key for a duplicate key; and
 * where the parser stood when a limit was exceeded.
 */
class ReportJsonHostileInputTest {
  private static final ReportJson JSON = ReportJson.create();

  /** A valid document to break: one hostile line at a time. */
  private static final String VALID =
      """
      {
        "schemaVersion": "1.0",
        "metadata": {
          "title": "t",
          "reportingYear": 2024
        },
        "statistics": {
          "reconsideration": {
            "received": 35,
            "accepted": 31
          }
        }
      }
      """;

  private static ReportJsonException rejected(String json) {
    ReportJsonException e = catchThrowableOfType(ReportJsonException.class, () -> JSON.read(json));
    assertThat(e)
        .as("rejected: %s", json.length() > 300 ? json.substring(0, 300) : json)
        .isNotNull();
    return e;
  }

  private static void assertRejected(
      String json, Problem problem, String pointer, int line, int column, String detail) {
    ReportJsonException e = rejected(json);
    assertThat(e.getProblem()).as("problem").isEqualTo(problem);
    assertThat(e.getPointer()).as("pointer").isEqualTo(pointer);
    assertThat(e.getLine()).as("line").isEqualTo(line);
    assertThat(e.getColumn()).as("column").isEqualTo(column);
    assertThat(e.getDetail()).as("detail").isEqualTo(detail);
    assertThat(e.getSource()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo(
            (pointer.isEmpty() ? "(document)" : pointer)
                + (line > 0 ? " (line " + line + ", column " + column + ")" : "")
                + ": "
                + detail);
  }

  /** {@link #VALID} with line {@code line} (from 1) replaced by {@code text}. */
  private static String withLine(int line, String text) {
    String[] lines = VALID.split("\n", -1);
    lines[line - 1] = text;
    return String.join("\n", lines);
  }

  @Test
  void valid_isRead() {
    assertThat(JSON.read(VALID).getStatistics().getReconsideration()).isPresent();
  }

  // ---- unknown property

  @Test
  void unknownProperty() {
    assertRejected(
        withLine(5, "    \"reportingYear\": 2024, \"foo\": 1"),
        Problem.UNKNOWN_PROPERTY,
        "/metadata/foo",
        5,
        28,
        "unknown property \"foo\"; expected one of [addressees, division, documentDate, issuers,"
            + " period, publicationDate, publisher, reportingYear, sourceUrl, title]");
  }

  @Test
  void unknownProperty_atTheTop() {
    assertRejected(
        withLine(2, "  \"schemaVersion\": \"1.0\", \"version\": 2,"),
        Problem.UNKNOWN_PROPERTY,
        "/version",
        2,
        27,
        "unknown property \"version\"; expected one of [accountability, changes, decisions,"
            + " emergencies, enforcement, indicators, metadata, outline, schemaVersion, series,"
            + " statistics]");
  }

  @Test
  void unknownProperty_inAnApproximateCount() {
    assertRejected(
        withLine(
            9,
            "      \"received\": {\"value\": 35, \"approximation\": \"MORE_THAN\", \"unit\":"
                + " \"件\"},"),
        Problem.UNKNOWN_PROPERTY,
        "/statistics/reconsideration/received/unit",
        9,
        63,
        "unknown property \"unit\"; expected one of [approximation, scale, value]");
  }

  @Test
  void unknownProperty_withLineBreaksOrBidiControlsInItsKey_staysOnOneLineOfTheMessage() {
    ReportJsonException e =
        rejected(withLine(2, "  \"schemaVersion\": \"1.0\", \"a\\nb\\u2028c\\u202Ed\\u0000\": 2,"));

    assertThat(e.getProblem()).isEqualTo(Problem.UNKNOWN_PROPERTY);
    assertThat(e.getPointer()).isEqualTo("/a\nb\u2028c\u202Ed\u0000");
    assertThat(e.getDetail()).startsWith("unknown property \"a\nb\u2028c\u202Ed\u0000\"");
    assertThat(e.getMessage())
        .startsWith(
            "/a\\u000Ab\\u2028c\\u202Ed\\u0000 (line 2, column 27): unknown property"
                + " \"a\\u000Ab\\u2028c\\u202Ed\\u0000\"")
        .doesNotContain("\n", "\u2028", "\u202E", "\u0000");
  }

  // ---- duplicate key

  @Test
  void duplicateKey() {
    assertRejected(
        withLine(4, "    \"title\": \"t\", \"title\": \"u\","),
        Problem.DUPLICATE_KEY,
        "/metadata/title",
        4,
        19,
        "duplicate key \"title\"; each key appears once in an object");
  }

  @Test
  void duplicateKey_atTheTop() {
    assertRejected(
        withLine(2, "  \"schemaVersion\": \"1.0\", \"schemaVersion\": \"1.0\","),
        Problem.DUPLICATE_KEY,
        "/schemaVersion",
        2,
        27,
        "duplicate key \"schemaVersion\"; each key appears once in an object");
  }

  @Test
  void duplicateKey_inAMap() {
    assertRejected(
        withLine(10, "      \"accepted\": 31, \"outcomes\": {\"UPHELD\": 1, \"UPHELD\": 2}"),
        Problem.DUPLICATE_KEY,
        "/statistics/reconsideration/outcomes/UPHELD",
        10,
        49,
        "duplicate key \"UPHELD\"; each key appears once in an object");
  }

  // ---- wrong type

  @Test
  void wrongType_arrayForAnObject() {
    assertRejected(
        withLine(7, "  \"statistics\": [],"),
        Problem.WRONG_TYPE,
        "/statistics",
        7,
        17,
        "expected an object, found an array");
  }

  @Test
  void wrongType_arrayForACount() {
    assertRejected(
        withLine(9, "      \"received\": [35],"),
        Problem.WRONG_TYPE,
        "/statistics/reconsideration/received",
        9,
        19,
        "expected a count: a non-negative integer such as 35, or an approximate or scaled count"
            + " such as {\"value\": 700, \"approximation\": \"MORE_THAN\"} or {\"value\": 3.6,"
            + " \"scale\": \"TEN_THOUSAND\"}, found an array");
  }

  @Test
  void wrongType_objectForAList() {
    assertRejected(
        withLine(5, "    \"reportingYear\": 2024, \"addressees\": {}"),
        Problem.WRONG_TYPE,
        "/metadata/addressees",
        5,
        42,
        "expected an array, found an object");
  }

  @Test
  void wrongType_numberForAString() {
    assertRejected(
        withLine(4, "    \"title\": 5,"),
        Problem.WRONG_TYPE,
        "/metadata/title",
        4,
        14,
        "expected a string, found the integer 5");
  }

  @Test
  void wrongType_booleanForAString() {
    assertRejected(
        withLine(4, "    \"title\": true,"),
        Problem.WRONG_TYPE,
        "/metadata/title",
        4,
        14,
        "expected a string, found true");
  }

  @Test
  void wrongType_numberForABoolean() {
    assertRejected(
        withLine(10, "      \"accepted\": 31, \"outcomesComplete\": 1"),
        Problem.WRONG_TYPE,
        "/statistics/reconsideration/outcomesComplete",
        10,
        43,
        "expected true or false, found the integer 1");
  }

  @Test
  void wrongType_numberForAnEnum() {
    assertRejected(
        withLine(10, "      \"accepted\": 31, \"correctionRateBasis\": 1"),
        Problem.WRONG_TYPE,
        "/statistics/reconsideration/correctionRateBasis",
        10,
        46,
        "expected one of [RECEIVED, ACCEPTED, HANDLED, CLOSED], found the integer 1");
  }

  @Test
  void wrongType_numberForTheSchemaVersion() {
    assertRejected(
        withLine(2, "  \"schemaVersion\": 1.0,"),
        Problem.WRONG_TYPE,
        "/schemaVersion",
        2,
        20,
        "expected a schema version such as \"1.0\", found the decimal number 1.0");
  }

  @Test
  void wrongType_theDocumentIsNoObject() {
    assertRejected("[]", Problem.WRONG_TYPE, "", 1, 1, "expected an object, found an array");
  }

  // ---- float for an integer count

  @Test
  void floatForACount() {
    assertRejected(
        withLine(9, "      \"received\": 35.5,"),
        Problem.WRONG_TYPE,
        "/statistics/reconsideration/received",
        9,
        19,
        "expected a count: a non-negative integer such as 35, or an approximate or scaled count"
            + " such as {\"value\": 700, \"approximation\": \"MORE_THAN\"} or {\"value\": 3.6,"
            + " \"scale\": \"TEN_THOUSAND\"}, found the decimal number 35.5");
  }

  @Test
  void floatForACount_evenWithoutFraction() {
    assertRejected(
        withLine(9, "      \"received\": 35.0,"),
        Problem.WRONG_TYPE,
        "/statistics/reconsideration/received",
        9,
        19,
        "expected a count: a non-negative integer such as 35, or an approximate or scaled count"
            + " such as {\"value\": 700, \"approximation\": \"MORE_THAN\"} or {\"value\": 3.6,"
            + " \"scale\": \"TEN_THOUSAND\"}, found the decimal number 35.0");
  }

  @Test
  void floatForAnInteger() {
    assertRejected(
        withLine(5, "    \"reportingYear\": 2024.5"),
        Problem.WRONG_TYPE,
        "/metadata/reportingYear",
        5,
        22,
        "expected an integer, found the decimal number 2024.5");
  }

  @Test
  void decimalForTheValueOfAnApproximateCountWithoutScaleWord() {
    assertRejected(
        withLine(9, "      \"received\": {\"value\": 700.5, \"approximation\": \"MORE_THAN\"},"),
        Problem.INVALID_VALUE,
        "/statistics/reconsideration/received/value",
        9,
        29,
        "a count without a scale word is a whole number: 700.5");
  }

  @Test
  void stringForTheValueOfAScaledCount() {
    assertRejected(
        withLine(9, "      \"received\": {\"value\": \"3.6\", \"scale\": \"TEN_THOUSAND\"},"),
        Problem.WRONG_TYPE,
        "/statistics/reconsideration/received/value",
        9,
        29,
        "expected a decimal number such as 1481.6, found the string \"3.6\"");
  }

  // ---- string for a number

  @Test
  void stringForACount() {
    assertRejected(
        withLine(9, "      \"received\": \"35\","),
        Problem.WRONG_TYPE,
        "/statistics/reconsideration/received",
        9,
        19,
        "expected a count: a non-negative integer such as 35, or an approximate or scaled count"
            + " such as {\"value\": 700, \"approximation\": \"MORE_THAN\"} or {\"value\": 3.6,"
            + " \"scale\": \"TEN_THOUSAND\"}, found the string \"35\"");
  }

  @Test
  void stringForAnInteger() {
    assertRejected(
        withLine(5, "    \"reportingYear\": \"2024\""),
        Problem.WRONG_TYPE,
        "/metadata/reportingYear",
        5,
        22,
        "expected an integer, found the string \"2024\"");
  }

  @Test
  void stringForADecimal() {
    assertRejected(
        withLine(10, "      \"accepted\": 31, \"correctionRate\": {\"percent\": \"58\"}"),
        Problem.WRONG_TYPE,
        "/statistics/reconsideration/correctionRate/percent",
        10,
        53,
        "expected a decimal number such as 1481.6, found the string \"58\"");
  }

  // ---- null

  @Test
  void nullForARequiredString() {
    assertRejected(
        withLine(4, "    \"title\": null,"),
        Problem.NULL_VALUE,
        "/metadata/title",
        4,
        14,
        "null is not a value here; omit an absent property, and leave nulls out of lists");
  }

  @Test
  void nullForARequiredInteger() {
    assertRejected(
        withLine(
            12,
            "  }, \"outline\": {\"sections\": [{\"numbering\": {\"style\": \"CHINESE\","
                + " \"ordinal\": null, \"label\": \"一、\"}}]}"),
        Problem.NULL_VALUE,
        "/outline/sections/0/numbering/ordinal",
        12,
        77,
        "null is not a value here; omit an absent property, and leave nulls out of lists");
  }

  @Test
  void nullForAnOptionalInteger() {
    assertRejected(
        withLine(5, "    \"reportingYear\": null"),
        Problem.NULL_VALUE,
        "/metadata/reportingYear",
        5,
        22,
        "null is not a value here; omit an absent property, and leave nulls out of lists");
  }

  @Test
  void nullForAnOptionalValue() {
    assertRejected(
        withLine(9, "      \"received\": null,"),
        Problem.NULL_VALUE,
        "/statistics/reconsideration/received",
        9,
        19,
        "null is not a value here; omit an absent property, and leave nulls out of lists");
  }

  @Test
  void nullForAnObject() {
    assertRejected(
        withLine(7, "  \"statistics\": null, \"x\": {"),
        Problem.NULL_VALUE,
        "/statistics",
        7,
        17,
        "null is not a value here; omit an absent property, and leave nulls out of lists");
  }

  @Test
  void nullInAListOfStrings() {
    assertRejected(
        withLine(5, "    \"reportingYear\": 2024, \"addressees\": [\"市委\", null]"),
        Problem.NULL_VALUE,
        "/metadata/addressees/1",
        5,
        49,
        "null is not a value here; omit an absent property, and leave nulls out of lists");
  }

  @Test
  void nullInAListOfObjects() {
    assertRejected(
        withLine(
            12, "  }, \"indicators\": [{\"label\": \"a\", \"quantity\": {\"value\": 1}}, null]"),
        Problem.NULL_VALUE,
        "/indicators/1",
        12,
        63,
        "null is not a value here; omit an absent property, and leave nulls out of lists");
  }

  @Test
  void nullInAMap() {
    assertRejected(
        withLine(10, "      \"accepted\": 31, \"outcomes\": {\"UPHELD\": null}"),
        Problem.NULL_VALUE,
        "/statistics/reconsideration/outcomes/UPHELD",
        10,
        46,
        "null is not a value here; omit an absent property, and leave nulls out of lists");
  }

  // ---- missing required value

  @Test
  void missingRequiredProperty() {
    assertRejected(
        withLine(4, ""),
        Problem.MISSING_PROPERTY,
        "/metadata/title",
        6,
        3,
        "missing required property \"title\"");
  }

  @Test
  void missingRequiredProperties_pointsAtTheFirst() {
    assertRejected(
        withLine(5, "    \"reportingYear\": 2024, \"issuers\": [{}]"),
        Problem.MISSING_PROPERTY,
        "/metadata/issuers/0/name",
        5,
        41,
        "missing required properties \"name\", \"kind\"");
  }

  @Test
  void missingSchemaVersion() {
    assertRejected(
        withLine(2, ""),
        Problem.MISSING_PROPERTY,
        "/schemaVersion",
        13,
        1,
        "missing required property \"schemaVersion\"");
  }

  @Test
  void missingProperty_nested() {
    assertRejected(
        withLine(9, "      \"received\": {\"approximation\": \"MORE_THAN\"},"),
        Problem.MISSING_PROPERTY,
        "/statistics/reconsideration/received/value",
        9,
        48,
        "missing required property \"value\"");
  }

  @Test
  void countObjectWithoutScaleOrApproximation() {
    assertRejected(
        withLine(9, "      \"received\": {\"value\": 700},"),
        Problem.INVALID_VALUE,
        "/statistics/reconsideration/received",
        9,
        19,
        "an exact count without a scale word is written as a plain integer, not as an object");
  }

  @Test
  void missingProperty_insideAnArray() {
    assertRejected(
        withLine(
            12,
            "  }, \"indicators\": [{\"label\": \"a\", \"quantity\": {\"value\": 1}}, {\"label\":"
                + " \"b\"}]"),
        Problem.MISSING_PROPERTY,
        "/indicators/1/quantity",
        12,
        76,
        "missing required property \"quantity\"");
  }

  @Test
  void missingProperty_deepInsideArrays() {
    assertRejected(
        withLine(
            12,
            "  }, \"outline\": {\"sections\": [{\"heading\": {\"text\": \"h\", \"placement\":"
                + " \"OWN_LINE\"}, \"children\": [{\"heading\": {\"text\": \"h\"}}]}]}"),
        Problem.MISSING_PROPERTY,
        "/outline/sections/0/children/0/heading/placement",
        12,
        120,
        "missing required property \"placement\"");
  }

  // ---- a value that can never be

  @Test
  void negativeCount() {
    assertRejected(
        withLine(9, "      \"received\": -1,"),
        Problem.INVALID_VALUE,
        "/statistics/reconsideration/received",
        9,
        19,
        "count must be >= 0: -1");
  }

  @Test
  void negativeApproximateCount() {
    assertRejected(
        withLine(9, "      \"received\": {\"value\": -700, \"approximation\": \"MORE_THAN\"},"),
        Problem.INVALID_VALUE,
        "/statistics/reconsideration/received/value",
        9,
        29,
        "count must be >= 0: -700");
  }

  @Test
  void exactCountWrittenAsAnObject() {
    assertRejected(
        withLine(9, "      \"received\": {\"value\": 35, \"approximation\": \"EXACT\"},"),
        Problem.INVALID_VALUE,
        "/statistics/reconsideration/received/approximation",
        9,
        50,
        "an exact count without a scale word is written as a plain integer, not as an object");
  }

  @Test
  void countBeyondLong() {
    assertRejected(
        withLine(9, "      \"received\": 9223372036854775808,"),
        Problem.WRONG_TYPE,
        "/statistics/reconsideration/received",
        9,
        19,
        "expected a count: a non-negative integer such as 35, or an approximate or scaled count"
            + " such as {\"value\": 700, \"approximation\": \"MORE_THAN\"} or {\"value\": 3.6,"
            + " \"scale\": \"TEN_THOUSAND\"}, found the integer"
            + " 9223372036854775808");
  }

  @Test
  void blankString() {
    assertRejected(
        withLine(4, "    \"title\": \" \","),
        Problem.INVALID_VALUE,
        "/metadata/title",
        4,
        14,
        "must not be blank (title)");
  }

  @Test
  void blankListElement() {
    assertRejected(
        withLine(5, "    \"reportingYear\": 2024, \"addressees\": [\"市委\", \"\"]"),
        Problem.INVALID_VALUE,
        "/metadata/addressees/1",
        5,
        49,
        "must not be blank (addressees[1])");
  }

  @Test
  void unknownEnumValue() {
    assertRejected(
        withLine(10, "      \"accepted\": 31, \"correctionRateBasis\": \"closed\""),
        Problem.INVALID_VALUE,
        "/statistics/reconsideration/correctionRateBasis",
        10,
        46,
        "expected one of [RECEIVED, ACCEPTED, HANDLED, CLOSED], found \"closed\"");
  }

  @Test
  void unknownEnumKeyInAMap() {
    assertRejected(
        withLine(10, "      \"accepted\": 31, \"outcomes\": {\"DISMISSED\": 1}"),
        Problem.INVALID_VALUE,
        "/statistics/reconsideration/outcomes/DISMISSED",
        10,
        36,
        "expected one of [CHANGED, REVOKED, ORDERED_TO_REDO, CONFIRMED_UNLAWFUL,"
            + " ORDERED_TO_PERFORM, CONFIRMED_VOID, UPHELD, REQUEST_REJECTED, APPLICATION_REJECTED,"
            + " MEDIATED, SETTLED, WITHDRAWN, TERMINATED, SETTLED_AND_WITHDRAWN, TRANSFERRED,"
            + " RESOLVED_BEFORE_ACCEPTANCE], found \"DISMISSED\"");
  }

  @Test
  void invalidDate() {
    assertRejected(
        withLine(5, "    \"reportingYear\": 2024, \"documentDate\": \"2024-13-01\""),
        Problem.INVALID_VALUE,
        "/metadata/documentDate",
        5,
        44,
        "expected an ISO-8601 date such as \"2024-12-03\", found \"2024-13-01\"");
  }

  @Test
  void dateWithoutOffsetForADateTime() {
    assertRejected(
        withLine(
            12,
            "  }, \"emergencies\": [{\"kind\": \"EARTHQUAKE\", \"occurredAt\":"
                + " \"2024-05-19T03:35\"}]"),
        Problem.INVALID_VALUE,
        "/emergencies/0/occurredAt",
        12,
        59,
        "expected an ISO-8601 date-time with offset such as \"2024-05-19T03:35:00+08:00\", found"
            + " \"2024-05-19T03:35\"");
  }

  @Test
  void fiveDigitDivisionCode() {
    assertRejected(
        withLine(
            5,
            "    \"reportingYear\": 2024, \"division\": {\"name\": \"阳高县\", \"level\": \"COUNTY\","
                + " \"code\": \"14022\"}"),
        Problem.INVALID_VALUE,
        "/metadata/division/code",
        5,
        83,
        "a division code is six or nine digits: \"14022\"");
  }

  @Test
  void periodEndingBeforeItStarts() {
    assertRejected(
        withLine(
            5,
            "    \"reportingYear\": 2024, \"period\": {\"start\": \"2024-12-31\", \"end\":"
                + " \"2024-01-01\"}"),
        Problem.INVALID_VALUE,
        "/metadata/period/end",
        5,
        69,
        "a period cannot end (2024-01-01) before it starts (2024-12-31)");
  }

  @Test
  void sectionWithoutLabelOrHeading() {
    assertRejected(
        withLine(12, "  }, \"outline\": {\"sections\": [{\"paragraphs\": [\"p\"]}]}"),
        Problem.INVALID_VALUE,
        "/outline/sections/0",
        12,
        31,
        "a section has a label, a heading, or both");
  }

  @Test
  void labelThatDoesNotWriteItsOrdinal() {
    assertRejected(
        withLine(
            12,
            "  }, \"outline\": {\"sections\": [{\"numbering\": {\"style\": \"CHINESE\","
                + " \"ordinal\": 2, \"label\": \"一、\"}}]}"),
        Problem.INVALID_VALUE,
        "/outline/sections/0/numbering/label",
        12,
        89,
        "label \"一、\" does not write CHINESE ordinal 2");
  }

  @Test
  void scaledCountWithMoreDecimalsThanItsScaleWordHasZeros() {
    assertRejected(
        withLine(9, "      \"received\": {\"value\": 0.12345, \"scale\": \"TEN_THOUSAND\"},"),
        Problem.INVALID_VALUE,
        "/statistics/reconsideration/received/value",
        9,
        29,
        "a count of 万 has at most 4 decimals: 0.12345");
  }

  @Test
  void scaledCountBeyondLong() {
    assertRejected(
        withLine(
            9, "      \"received\": {\"value\": 92233720369, \"scale\": \"HUNDRED_MILLION\"},"),
        Problem.INVALID_VALUE,
        "/statistics/reconsideration/received/value",
        9,
        29,
        "count must be <= 9223372036854775807: 92233720369亿");
  }

  @Test
  void unknownConcept() {
    assertRejected(
        withLine(
            12,
            "  }, \"indicators\": [{\"label\": \"a\", \"quantity\": {\"value\": 1}, \"concept\":"
                + " \"reconsideration.acepted\"}]"),
        Problem.INVALID_VALUE,
        "/indicators/0/concept",
        12,
        73,
        "not a concept of the catalog: \"reconsideration.acepted\" (such as"
            + " \"reconsideration.accepted\")");
  }

  @Test
  void statedChangeOfAConceptOfManyFigures() {
    assertRejected(
        withLine(
            12,
            "  }, \"changes\": [{\"concept\": \"indicator\", \"change\": {\"direction\":"
                + " \"INCREASE\"}}]"),
        Problem.INVALID_VALUE,
        "/changes/0/concept",
        12,
        30,
        "a stated change names a concept of one figure, not indicator (an indicator carries its"
            + " own change)");
  }

  @Test
  void unchangedWithAnAmount() {
    assertRejected(
        withLine(
            12,
            "  }, \"changes\": [{\"concept\": \"reconsideration.received\", \"change\":"
                + " {\"direction\": \"UNCHANGED\", \"amount\": {\"value\": 3, \"unit\": \"件\"}}}]"),
        Problem.INVALID_VALUE,
        "/changes/0/change/amount",
        12,
        105,
        "an unchanged figure (持平) has no amount: 3件");
  }

  @Test
  void seriesWithARepeatedPeriod() {
    String point =
        "{\"period\": {\"start\": \"2023-01-01\", \"end\": \"2023-12-31\"},"
            + " \"value\": {\"value\": 1}}";
    assertRejected(
        withLine(
            12,
            "  }, \"series\": [{\"label\": \"s\", \"points\": [" + point + ", " + point + "]}]"),
        Problem.INVALID_VALUE,
        "/series/0/points/1/period",
        12,
        135,
        "a series has one value per period; repeated: 2023-01-01 to 2023-12-31");
  }

  @Test
  void breakdownWithoutItems() {
    assertRejected(
        withLine(10, "      \"accepted\": 31, \"breakdowns\": [{\"dimension\": \"RESPONDENT\"}]"),
        Problem.INVALID_VALUE,
        "/statistics/reconsideration/breakdowns/0/items",
        10,
        64,
        "a breakdown has at least one item");
  }

  @Test
  void outcomeGroupOfOneKind() {
    assertRejected(
        withLine(
            10,
            "      \"accepted\": 31, \"outcomeGroups\": [{\"kinds\": [\"REVOKED\"], \"count\":"
                + " 3}]"),
        Problem.INVALID_VALUE,
        "/statistics/reconsideration/outcomeGroups/0/kinds",
        10,
        51,
        "a closed outcome group lists at least two kinds (one kind is an outcome): [REVOKED]");
  }

  @Test
  void metadataWithNeitherYearNorPeriod_isRead() {
    Report report = JSON.read(withLine(5, "    \"documentDate\": \"2024-12-03\""));
    assertThat(report.getMetadata().getReportingYear()).isEmpty();
    assertThat(report.getMetadata().getPeriod()).isEmpty();
  }

  // ---- trailing content

  @Test
  void trailingObject() {
    assertRejected(
        VALID + "{}",
        Problem.TRAILING_CONTENT,
        "",
        14,
        1,
        "content after the end of the report; a document holds one report");
  }

  @Test
  void trailingGarbage() {
    assertRejected(
        VALID.strip() + " x",
        Problem.TRAILING_CONTENT,
        "",
        13,
        3,
        "content after the end of the report; a document holds one report");
  }

  @Test
  void trailingBracket() {
    assertRejected(
        VALID + "]",
        Problem.TRAILING_CONTENT,
        "",
        14,
        1,
        "content after the end of the report; a document holds one report");
  }

  @Test
  void trailingWhiteSpace_isAccepted() {
    assertThat(JSON.read(VALID + "\n\n  \t\r\n")).isEqualTo(JSON.read(VALID));
  }

  // ---- schemaVersion

  @Test
  void unknownSchemaVersionMajor() {
    assertRejected(
        withLine(2, "  \"schemaVersion\": \"2.0\","),
        Problem.UNSUPPORTED_SCHEMA_VERSION,
        "/schemaVersion",
        2,
        20,
        "unsupported schemaVersion 2.0: this library reads schema 1.x documents");
  }

  @Test
  void olderSchemaVersionMajor() {
    assertRejected(
        withLine(2, "  \"schemaVersion\": \"0.9\","),
        Problem.UNSUPPORTED_SCHEMA_VERSION,
        "/schemaVersion",
        2,
        20,
        "unsupported schemaVersion 0.9: this library reads schema 1.x documents");
  }

  @Test
  void newerMinorSchemaVersion_isRead() {
    assertThat(JSON.read(withLine(2, "  \"schemaVersion\": \"1.7\",")).getSchemaVersion())
        .hasToString("1.7");
  }

  @Test
  void malformedSchemaVersion() {
    assertRejected(
        withLine(2, "  \"schemaVersion\": \"1\","),
        Problem.INVALID_VALUE,
        "/schemaVersion",
        2,
        20,
        "not a schema version: \"1\" (expected major.minor, such as \"1.0\")");
  }

  // ---- limits

  @Test
  void limit_nestingDepth() {
    // Each section nests an object and its children array; its heading is one level more. The
    // 31st section's heading is the 65th level.
    String start = "  }, \"outline\": {\"sections\": [";
    String section =
        "{\"heading\": {\"text\": \"h\", \"placement\": \"OWN_LINE\"}, \"children\": [";
    String outline = start + section.repeat(32) + "]}".repeat(32) + "]}";
    assertRejected(
        withLine(12, outline),
        Problem.LIMIT_EXCEEDED,
        "/outline/sections/0" + "/children/0".repeat(30) + "/heading",
        12,
        start.length() + 30 * section.length() + "{\"heading\": {".length() + 1,
        "the document nests deeper than 64 levels of arrays and objects"
            + " (ReportJson.MAX_NESTING_DEPTH)");
  }

  @Test
  void limit_nestingDepth_allowsAnOutlineThirtyLevelsDeep() {
    StringBuilder outline = new StringBuilder("  }, \"outline\": {\"sections\": [");
    String section =
        "{\"heading\": {\"text\": \"h\", \"placement\": \"OWN_LINE\"}, \"children\": [";
    outline.append(section.repeat(30)).append("]}".repeat(30)).append("]}");
    assertThat(JSON.read(withLine(12, outline.toString())).getOutline().walk()).hasSize(30);
  }

  @Test
  void limit_stringLength() {
    String title = "法".repeat(ReportJson.MAX_STRING_LENGTH + 1);
    assertRejected(
        withLine(4, "    \"title\": \"" + title + "\","),
        Problem.LIMIT_EXCEEDED,
        "/metadata/title",
        4,
        15 + title.length() + 1,
        "a string is longer than 1000000 characters (ReportJson.MAX_STRING_LENGTH)");
  }

  @Test
  void limit_stringLength_allowsTheLimit() {
    String title = "法".repeat(ReportJson.MAX_STRING_LENGTH);
    assertThat(JSON.read(withLine(4, "    \"title\": \"" + title + "\",")).getMetadata().getTitle())
        .hasSize(ReportJson.MAX_STRING_LENGTH);
  }

  @Test
  void limit_numberLength() {
    String digits = "9".repeat(ReportJson.MAX_NUMBER_LENGTH + 1);
    assertRejected(
        withLine(9, "      \"received\": " + digits + ","),
        Problem.LIMIT_EXCEEDED,
        "/statistics/reconsideration/received",
        9,
        19 + digits.length(),
        "a number is longer than 64 characters (ReportJson.MAX_NUMBER_LENGTH)");
  }

  @Test
  void limit_nameLength() {
    String name = "a".repeat(ReportJson.MAX_NAME_LENGTH + 1);
    assertRejected(
        withLine(4, "    \"" + name + "\": \"t\","),
        Problem.LIMIT_EXCEEDED,
        "/metadata",
        4,
        6 + name.length() + 1,
        "a property name is longer than 256 characters (ReportJson.MAX_NAME_LENGTH)");
  }

  @Test
  void limit_documentLength() {
    String padding = " ".repeat((int) ReportJson.MAX_DOCUMENT_LENGTH);
    assertRejected(
        padding + VALID,
        Problem.LIMIT_EXCEEDED,
        "",
        1,
        16_777_217,
        "the document is longer than 16777216 characters (ReportJson.MAX_DOCUMENT_LENGTH)");
  }

  @Test
  void limit_documentLength_allowsTheLimit() {
    String padding = " ".repeat((int) ReportJson.MAX_DOCUMENT_LENGTH - VALID.length());
    assertThat(JSON.read(padding + VALID)).isEqualTo(JSON.read(VALID));
  }

  @Test
  void limit_documentLength_ofBytes() {
    byte[] document = new byte[(int) ReportJson.MAX_DOCUMENT_LENGTH + 1];
    java.util.Arrays.fill(document, (byte) ' ');
    ReportJsonException e =
        catchThrowableOfType(
            ReportJsonException.class,
            () -> JSON.read(new ByteArrayInputStream(document), "big.json"));
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.getSource()).contains("big.json");
    assertThat(e.getLine()).isOne();
    assertThat(e.getMessage())
        .isEqualTo(
            "big.json: (document) (line 1, column 16777217): the document is longer than 16777216"
                + " bytes (ReportJson.MAX_DOCUMENT_LENGTH)");
  }

  @Test
  void limit_documentLength_ofAReader() {
    String padding = " ".repeat((int) ReportJson.MAX_DOCUMENT_LENGTH);
    ReportJsonException e =
        catchThrowableOfType(
            ReportJsonException.class,
            () -> JSON.read(new java.io.StringReader(padding + VALID), "big.json"));
    assertThat(e.getMessage())
        .isEqualTo(
            "big.json: (document) (line 1, column 16777217): the document is longer than"
                + " 16777216 characters (ReportJson.MAX_DOCUMENT_LENGTH)");
  }

  @Test
  void limit_tokenCount() {
    String addressees = ", \"a\"".repeat((int) ReportJson.MAX_TOKEN_COUNT);
    ReportJsonException e =
        rejected(
            withLine(5, "    \"reportingYear\": 2024, \"addressees\": [\"a\"" + addressees + "]"));
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.getPointer()).startsWith("/metadata/addressees/");
    assertThat(e.getLine()).isEqualTo(5);
    assertThat(e.getDetail())
        .isEqualTo("the document has more than 1000000 tokens (ReportJson.MAX_TOKEN_COUNT)");
  }

  // ---- not a report at all

  @Test
  void emptyInput() {
    assertRejected(
        "", Problem.MALFORMED_JSON, "", 1, 1, "the document is empty; expected a report object");
  }

  @Test
  void onlyWhiteSpace() {
    assertRejected(
        "  \n\t\n ",
        Problem.MALFORMED_JSON,
        "",
        3,
        2,
        "the document is empty; expected a report object");
  }

  @Test
  void notJson() {
    assertRejected(
        "阳高县2024年法治政府建设年度报告",
        Problem.MALFORMED_JSON,
        "",
        1,
        1,
        "Unrecognized token '阳高县2024年法治政府建设年度报告': was expecting (JSON String, Number, Array,"
            + " Object or token 'null', 'true' or 'false')");
  }

  @Test
  void notJson_aWord() {
    assertRejected(
        "hello",
        Problem.MALFORMED_JSON,
        "",
        1,
        1,
        "Unrecognized token 'hello': was expecting (JSON String, Number, Array, Object or token"
            + " 'null', 'true' or 'false')");
  }

  @Test
  void cutShort() {
    assertRejected(
        VALID.substring(0, VALID.indexOf("\"statistics\"")),
        Problem.MALFORMED_JSON,
        "",
        7,
        3,
        "the document ends too soon: Unexpected end-of-input within/between Object entries");
  }

  @Test
  void unquotedName() {
    assertRejected(
        withLine(4, "    title: \"t\","),
        Problem.MALFORMED_JSON,
        "/metadata",
        4,
        5,
        "Unexpected character ('t' (code 116)): was expecting double-quote to start property name");
  }

  @Test
  void binaryGarbage_asText() {
    assertRejected(
        "\u0000\u0001\u00ff",
        Problem.MALFORMED_JSON,
        "",
        1,
        1,
        "Illegal character ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is"
            + " allowed between tokens");
  }

  @Test
  void binaryGarbage_asBytes() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    ReportJsonException e =
        catchThrowableOfType(
            ReportJsonException.class, () -> JSON.read(new ByteArrayInputStream(png), "image.png"));
    assertThat(e.getProblem()).isEqualTo(Problem.MALFORMED_JSON);
    assertThat(e.getSource()).contains("image.png");
    assertThat(e.getMessage())
        .isEqualTo(
            "image.png: (document) (line 1, column 1): not UTF-8 text: malformed byte 0x89 at byte"
                + " offset 0; a report is JSON text in UTF-8");
  }

  @Test
  void malformedUtf8_afterSomeText() {
    byte[] text =
        "{\n  \"schemaVersion\": \"1.0\",\n  \"metadata\": {\"title\": \"阳高"
            .getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(text, text.length + 2);
    broken[text.length] = (byte) 0xE5;
    broken[text.length + 1] = (byte) '"';
    ReportJsonException e =
        catchThrowableOfType(
            ReportJsonException.class,
            () -> JSON.read(new ByteArrayInputStream(broken), "broken.json"));
    assertThat(e.getMessage())
        .isEqualTo(
            "broken.json: (document) (line 3, column 28): not UTF-8 text: malformed byte 0xE5 at"
                + " byte offset "
                + text.length
                + "; a report is JSON text in UTF-8");
  }

  @Test
  void columnsCountCharacters_whateverTheInput(@TempDir Path directory) throws IOException {
    String json = withLine(4, "    \"title\": \"阳高县阳高县\", \"foo\": 1,");
    Path file = directory.resolve("utf8.json");
    Files.writeString(file, json);
    Path utf16 = directory.resolve("utf16.json");
    Files.write(utf16, json.getBytes(StandardCharsets.UTF_16LE));
    for (ReportJsonException e :
        java.util.List.of(
            rejected(json),
            catchThrowableOfType(ReportJsonException.class, () -> JSON.read(file)),
            catchThrowableOfType(ReportJsonException.class, () -> JSON.read(utf16)))) {
      assertThat(e.getPointer()).isEqualTo("/metadata/foo");
      assertThat(e.getLine()).isEqualTo(4);
      assertThat(e.getColumn()).isEqualTo(24);
    }
  }

  // ---- files and streams

  @Test
  void fileThatDoesNotExist(@TempDir Path directory) {
    Path missing = directory.resolve("missing.json");
    assertThatThrownBy(() -> JSON.read(missing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read " + missing + ": no such file")
        .hasCauseInstanceOf(NoSuchFileException.class);
  }

  @Test
  void directoryInsteadOfAFile(@TempDir Path directory) {
    assertThatThrownBy(() -> JSON.read(directory))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot read " + directory + ": ");
  }

  @Test
  void readingFromAPath_namesTheFile(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("yanggao-2024.json");
    Files.writeString(file, withLine(9, "      \"received\": -1,"));
    ReportJsonException e = catchThrowableOfType(ReportJsonException.class, () -> JSON.read(file));
    assertThat(e.getSource()).contains(file.toString());
    assertThat(e.getProblem()).isEqualTo(Problem.INVALID_VALUE);
    assertThat(e.getMessage())
        .isEqualTo(
            file
                + ": /statistics/reconsideration/received (line 9, column 19): count must be >= 0:"
                + " -1");
  }

  @Test
  void readingFromAStream_namesTheSource() {
    InputStream in =
        new ByteArrayInputStream(
            withLine(4, "    \"title\": null,").getBytes(StandardCharsets.UTF_8));
    ReportJsonException e =
        catchThrowableOfType(ReportJsonException.class, () -> JSON.read(in, "upload #7"));
    assertThat(e.getMessage())
        .isEqualTo(
            "upload #7: /metadata/title (line 4, column 14): null is not a value here; omit an"
                + " absent property, and leave nulls out of lists");
  }

  @Test
  void failingStream_isAnUncheckedIOExceptionNamingTheSource() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("connection reset");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            throw new IOException("connection reset");
          }
        };
    assertThatThrownBy(() -> JSON.read(failing, "https://example.org/report.json"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot read https://example.org/report.json: ")
        .hasRootCauseMessage("connection reset");
  }
}
