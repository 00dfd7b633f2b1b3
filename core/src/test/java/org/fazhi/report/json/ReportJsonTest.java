package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.ModelTypes;
import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.Reconsideration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON form by example: the golden file, the form of each kind of value, and the I/O methods.
 */
class ReportJsonTest {
  private static final ReportJson JSON = ReportJson.create();
  private static final String GOLDEN = "every-property.json";

  static String resource(String name) {
    try (InputStream in = ReportJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Report withIndicator(String value, String unit) {
    return ReportFixtures.MINIMAL.withIndicators(
        Indicator.builder()
            .label("项目总投资")
            .quantity(Quantity.of(new BigDecimal(value), org.fazhi.report.figure.Unit.of(unit)))
            .build());
  }

  private static String indicatorsJson(String quantity) {
    return "{\"schemaVersion\": \"1.0\", \"metadata\": {\"title\": \"阳高县2024年法治政府建设年度报告\","
        + " \"reportingYear\": 2024}, \"indicators\": [{\"label\": \"项目总投资\", \"quantity\": "
        + quantity
        + "}]}";
  }

  // ---- the golden file

  @Test
  void write_everyProperty_isTheGoldenFile() {
    assertThat(JSON.write(ReportFixtures.EVERY_PROPERTY)).isEqualTo(resource(GOLDEN));
  }

  @Test
  void read_goldenFile_isTheFixture() {
    assertThat(JSON.read(resource(GOLDEN))).isEqualTo(ReportFixtures.EVERY_PROPERTY);
  }

  @Test
  void writeRead_goldenFile_isByteIdentical() {
    String golden = resource(GOLDEN);
    assertThat(JSON.write(JSON.read(golden)).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(golden.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void goldenFixture_setsEveryPropertyOfEveryType() {
    assertThat(ModelTypes.unsetProperties(ReportFixtures.EVERY_PROPERTY)).isEmpty();
  }

  // ---- the form of each kind of value

  @Test
  void write_minimalReport() {
    assertThat(JSON.write(ReportFixtures.MINIMAL))
        .isEqualTo(
            "{\n"
                + "  \"schemaVersion\": \"1.1\",\n"
                + "  \"metadata\": {\n"
                + "    \"title\": \"阳高县2024年法治政府建设年度报告\",\n"
                + "    \"reportingYear\": 2024,\n"
                + "    \"period\": {\n"
                + "      \"start\": \"2024-01-01\",\n"
                + "      \"end\": \"2024-12-31\"\n"
                + "    }\n"
                + "  },\n"
                + "  \"outline\": {},\n"
                + "  \"statistics\": {},\n"
                + "  \"decisions\": {},\n"
                + "  \"enforcement\": {},\n"
                + "  \"accountability\": {}\n"
                + "}\n");
  }

  @Test
  void read_minimalDocument_fillsTheDefaults() {
    Report report =
        JSON.read(
            "{\"schemaVersion\":\"1.1\",\"metadata\":"
                + "{\"title\":\"阳高县2024年法治政府建设年度报告\",\"reportingYear\":2024}}");
    assertThat(report).isEqualTo(ReportFixtures.MINIMAL);
  }

  @Test
  void read_acceptsPropertiesInAnyOrderAndAnyWhiteSpace() {
    Report report =
        JSON.read(
            "\r\n\t{ \"metadata\" :{\"reportingYear\":2024 ,\"title\":\"阳高县2024年法治政府建设年度报告\"},"
                + "\"schemaVersion\":\"1.1\" }\r\n");
    assertThat(report).isEqualTo(ReportFixtures.MINIMAL);
  }

  @Test
  void decimals_keepTheDigitsWritten() {
    for (String value : List.of("1481.6", "1481.60", "0.5", "723.00", "-7.01", "0", "0.000")) {
      String json = indicatorsJson("{\"value\": " + value + "}");
      Report report = JSON.read(json);
      BigDecimal read = report.getIndicators().get(0).getQuantity().getValue();
      assertThat(read).as(value).isEqualTo(new BigDecimal(value));
      assertThat(read.scale()).as(value).isEqualTo(new BigDecimal(value).scale());
      assertThat(JSON.write(report)).as(value).contains("\"value\": " + value + "\n");
    }
  }

  @Test
  void decimals_areWrittenPlain() {
    assertThat(JSON.write(withIndicator("1481.6", "元"))).contains("\"value\": 1481.6,");
    assertThat(JSON.write(withIndicator("1E+3", "元"))).contains("\"value\": 1000,");
    assertThat(JSON.write(withIndicator("0.0000001", "元"))).contains("\"value\": 0.0000001,");
  }

  @Test
  void decimals_inExponentNotation_areReadAsTheirPlainValue() {
    Report report = JSON.read(indicatorsJson("{\"value\": 1.4816E3}"));
    assertThat(report.getIndicators().get(0).getQuantity().getValue())
        .isEqualTo(new BigDecimal("1481.6"));
    Report thousand = JSON.read(indicatorsJson("{\"value\": 1e3}"));
    assertThat(thousand.getIndicators().get(0).getQuantity().getValue())
        .isEqualTo(new BigDecimal("1000"));
  }

  @Test
  void counts_exactIsAnInteger_approximateIsAnObject() {
    Report report =
        ReportFixtures.MINIMAL.withStatistics(
            CaseStatistics.builder()
                .reconsideration(
                    Reconsideration.builder()
                        .received(Count.of(35))
                        .closed(Count.of(700, Approximation.MORE_THAN))
                        .build())
                .build());
    String json = JSON.write(report);
    assertThat(json)
        .contains(
            "    \"reconsideration\": {\n"
                + "      \"received\": 35,\n"
                + "      \"closed\": {\n"
                + "        \"value\": 700,\n"
                + "        \"approximation\": \"MORE_THAN\"\n"
                + "      }\n"
                + "    }\n");
    assertThat(JSON.read(json)).isEqualTo(report);
  }

  @ParameterizedTest
  @EnumSource(value = Approximation.class, mode = EnumSource.Mode.EXCLUDE, names = "EXACT")
  void counts_everyApproximationIsWrittenByName_andReadBack(Approximation approximation) {
    Report report =
        ReportFixtures.MINIMAL.withStatistics(
            CaseStatistics.builder()
                .reconsideration(
                    Reconsideration.builder().closed(Count.of(30, approximation)).build())
                .build());
    String json = JSON.write(report);
    assertThat(json).contains("\"approximation\": \"" + approximation.name() + "\"");
    assertThat(JSON.read(json)).isEqualTo(report);
  }

  @Test
  void counts_largestLongRoundTrips() {
    Report report =
        ReportFixtures.MINIMAL.withStatistics(
            CaseStatistics.builder()
                .reconsideration(
                    Reconsideration.builder().received(Count.of(Long.MAX_VALUE)).build())
                .build());
    assertThat(JSON.write(report)).contains("\"received\": 9223372036854775807");
    assertThat(JSON.read(JSON.write(report))).isEqualTo(report);
  }

  @Test
  void defaults_areLeftOut() {
    String json = JSON.write(withIndicator("237", "项"));
    assertThat(json)
        .contains(
            "      \"quantity\": {\n"
                + "        \"value\": 237,\n"
                + "        \"unit\": \"项\"\n"
                + "      }\n")
        .doesNotContain("scale")
        .doesNotContain("approximation")
        .doesNotContain("EXACT")
        .doesNotContain("ONE")
        .doesNotContain("null");
  }

  @Test
  void booleans_areWrittenOnlyWhenTrue() {
    String json = JSON.write(ReportFixtures.EVERY_PROPERTY);
    assertThat(json).contains("\"runIn\": true").doesNotContain("false");
  }

  @Test
  void statedYesOrNo_isWrittenEvenWhenNo() {
    Report report =
        ReportFixtures.MINIMAL.withDecisions(
            DecisionMaking.builder()
                .catalog(
                    DecisionCatalog.builder().published(false).procedureRulesIssued(true).build())
                .build());
    String json = JSON.write(report);
    assertThat(json)
        .contains(
            "    \"catalog\": {\n"
                + "      \"published\": false,\n"
                + "      \"procedureRulesIssued\": true\n"
                + "    }\n");
    assertThat(JSON.read(json)).isEqualTo(report);
  }

  @Test
  void enums_areWrittenByName() {
    String json = JSON.write(ReportFixtures.EVERY_PROPERTY);
    assertThat(json)
        .contains("\"kind\": \"PEOPLES_GOVERNMENT\"")
        .contains("\"level\": \"COUNTY\"")
        .contains("\"style\": \"PARENTHESIZED_CHINESE\"")
        .contains("\"UPHELD\": 15")
        .contains("\"dimension\": \"RESPONDENT\"")
        .contains("\"scale\": \"TEN_THOUSAND\"")
        .contains("\"responseLevel\": \"LEVEL_IV\"")
        .contains("\"unit\": \"TEN_THOUSAND_YUAN\"");
  }

  @Test
  void dates_areIsoStrings() {
    String json = JSON.write(ReportFixtures.EVERY_PROPERTY);
    assertThat(json)
        .contains("\"documentDate\": \"2024-12-03\"")
        .contains("\"2024-06-27\",\n")
        .contains("\"occurredAt\": \"2024-05-19T03:35:00+08:00\"");
  }

  @Test
  void dateTimes_keepTheirOffset() {
    for (String written :
        List.of("2024-05-19T03:35:00+08:00", "2024-05-18T19:35:00Z", "2024-05-18T14:35:00-05:00")) {
      Report report =
          ReportFixtures.MINIMAL.withEmergencies(
              Emergency.builder()
                  .kind(EmergencyKind.EARTHQUAKE)
                  .occurredAt(OffsetDateTime.parse(written))
                  .build());
      String json = JSON.write(report);
      assertThat(json).contains("\"occurredAt\": \"" + written + "\"");
      assertThat(JSON.read(json)).isEqualTo(report);
    }
  }

  @Test
  void dateTimes_withoutSecondsAreRead() {
    String json =
        JSON.write(ReportFixtures.EVERY_PROPERTY).replace("03:35:00+08:00", "03:35+08:00");
    Report report = JSON.read(json);
    assertThat(report.getEmergencies().get(0).getOccurredAt())
        .contains(OffsetDateTime.of(2024, 5, 19, 3, 35, 0, 0, ZoneOffset.ofHours(8)));
  }

  @Test
  void write_endsWithOneLineBreakAndUsesTwoSpaces() {
    String json = JSON.write(ReportFixtures.MINIMAL);
    assertThat(json)
        .endsWith("}\n")
        .doesNotEndWith("\n\n")
        .doesNotContain("\t")
        .doesNotContain("\r");
  }

  @Test
  void write_escapesOnlyWhatJsonRequires() {
    Report report =
        ReportFixtures.MINIMAL.withMetadata(
            ReportFixtures.MINIMAL.getMetadata().withTitle("\"法治\"\\报告/𠀀\u3000<&>"));
    String json = JSON.write(report);
    assertThat(json).contains("\"title\": \"\\\"法治\\\"\\\\报告/𠀀\u3000<&>\"");
    assertThat(JSON.read(json)).isEqualTo(report);
  }

  /** docs/model-and-json.md shows the form with the report of the README's usage sample. */
  @Test
  void theFormExample_isWhatReportJsonWrites() throws IOException {
    String doc =
        Files.readString(Path.of("..", "docs", "model-and-json.md"), StandardCharsets.UTF_8);
    String marker = "<!-- json of the README usage -->\n```json\n";
    int start = doc.indexOf(marker);
    assertThat(start).as("docs/model-and-json.md marks the form example").isNotNegative();
    start += marker.length();
    String example = doc.substring(start, doc.indexOf("```\n", start));
    Report report =
        ReportFixtures.MINIMAL
            .withMetadata(
                ReportFixtures.MINIMAL
                    .getMetadata()
                    .withIssuers(Issuer.of("阳高县人民政府", IssuerKind.PEOPLES_GOVERNMENT))
                    .withDocumentDate(LocalDate.of(2024, 12, 3)))
            .withStatistics(
                CaseStatistics.builder()
                    .reconsideration(
                        Reconsideration.builder()
                            .received(Count.of(35))
                            .accepted(Count.of(31))
                            .closed(Count.of(29))
                            .build())
                    .mediation(
                        Mediation.builder()
                            .mediated(Count.of(700, Approximation.MORE_THAN))
                            .build())
                    .build())
            .withIndicators(Indicator.of("智慧政务大厅二期项目总投资", "1481.6万元"));
    assertThat(JSON.write(report)).isEqualTo(example);
  }

  // ---- reading and writing files, streams and readers

  @Test
  void writeToPath_thenReadFromPath(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("yanggao-2024.json");
    JSON.write(ReportFixtures.EVERY_PROPERTY, file);
    assertThat(Files.readAllBytes(file))
        .isEqualTo(resource(GOLDEN).getBytes(StandardCharsets.UTF_8));
    assertThat(JSON.read(file)).isEqualTo(ReportFixtures.EVERY_PROPERTY);
  }

  @Test
  void writeToPath_replacesTheFile(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("report.json");
    Files.writeString(file, "x".repeat(100_000));
    JSON.write(ReportFixtures.MINIMAL, file);
    assertThat(Files.readString(file)).isEqualTo(JSON.write(ReportFixtures.MINIMAL));
  }

  @Test
  void writeToPath_inADirectoryThatDoesNotExist_namesTheFileOnce(@TempDir Path directory) {
    Path file = directory.resolve("missing").resolve("report.json");
    assertThatThrownBy(() -> JSON.write(ReportFixtures.MINIMAL, file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write " + file + ": no such file");
  }

  @Test
  void writeToOutputStream_thatFails_saysWhy() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> JSON.write(ReportFixtures.MINIMAL, failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot write report: disk full");
  }

  @Test
  void writeToOutputStream_isUtf8() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(ReportFixtures.EVERY_PROPERTY, out);
    assertThat(out.toByteArray()).isEqualTo(resource(GOLDEN).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writeToWriter() {
    StringWriter out = new StringWriter();
    JSON.write(ReportFixtures.EVERY_PROPERTY, out);
    assertThat(out).hasToString(resource(GOLDEN));
  }

  @Test
  void readFromInputStreamAndReader() {
    byte[] bytes = resource(GOLDEN).getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(new ByteArrayInputStream(bytes), "golden"))
        .isEqualTo(ReportFixtures.EVERY_PROPERTY);
    assertThat(JSON.read(new StringReader(resource(GOLDEN)), "golden"))
        .isEqualTo(ReportFixtures.EVERY_PROPERTY);
  }

  @Test
  void readFromPath_detectsUtf16(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("utf16.json");
    Files.write(file, resource(GOLDEN).getBytes(StandardCharsets.UTF_16));
    assertThat(JSON.read(file)).isEqualTo(ReportFixtures.EVERY_PROPERTY);
  }

  @Test
  void read_skipsAByteOrderMark(@TempDir Path directory) throws IOException {
    String golden = resource(GOLDEN);
    assertThat(JSON.read("\uFEFF" + golden)).isEqualTo(ReportFixtures.EVERY_PROPERTY);
    assertThat(JSON.read(new StringReader("\uFEFF" + golden), "golden"))
        .isEqualTo(ReportFixtures.EVERY_PROPERTY);
    Path file = directory.resolve("bom.json");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = golden.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);
    Files.write(file, bytes);
    assertThat(JSON.read(file)).isEqualTo(ReportFixtures.EVERY_PROPERTY);
  }

  // ---- the instance

  @Test
  void create_returnsTheSharedInstance() {
    assertThat(ReportJson.create()).isSameAs(ReportJson.create());
  }

  @Test
  void readAndWrite_fromManyThreads() {
    String golden = resource(GOLDEN);
    List<String> written =
        IntStream.range(0, 64)
            .parallel()
            .mapToObj(i -> JSON.write(JSON.read(golden)))
            .collect(Collectors.toList());
    assertThat(written).allMatch(golden::equals);
  }

  @Test
  void metadata_reportingPeriodIsWrittenEvenWhenDefault() {
    String json = JSON.write(ReportFixtures.MINIMAL);
    assertThat(json).contains("\"start\": \"2024-01-01\"");
    assertThat(JSON.read(json).getMetadata().getPeriod().orElseThrow().getEnd())
        .isEqualTo(LocalDate.of(2024, 12, 31));
  }
}
