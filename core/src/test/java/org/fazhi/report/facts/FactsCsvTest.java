package org.fazhi.report.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Reconsideration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsCsvTest {
  private static final String HEADER =
      "report,concept,dimension,member,basis,value,scale,unit,approximation,lowerBound,upperBound,"
          + "numerator,denominator,periodStart,periodEnd,scope,scopeLabel,change,pointer,section\n";

  /**
   * A small report: a count with a change, a rate with its counts and basis, a scaled count in a
   * breakdown whose label and item hold a comma, quotes and a line break, and a change of a figure
   * the report does not give.
   */
  private static final Report SMALL =
      ReportFixtures.MINIMAL
          .withStatistics(
              CaseStatistics.builder()
                  .reconsideration(
                      Reconsideration.builder()
                          .received(Count.of(35))
                          .correctionRate(
                              Rate.builder()
                                  .percent(new BigDecimal("13.79"))
                                  .numerator(Count.of(4))
                                  .denominator(Count.of(29))
                                  .build())
                          .correctionRateBasis(CaseStage.CLOSED)
                          .addBreakdowns(
                              Breakdown.builder()
                                  .dimension(BreakdownDimension.OTHER)
                                  .label("按\"类型\",分")
                                  .addItems(BreakdownItem.of("县政府,县直\n部门", Count.parse("1.2万余")))
                                  .build())
                          .section(SectionId.parse("s1.3.1"))
                          .build())
                  .build())
          .withChanges(
              StatedChange.of(Concept.of("reconsideration.received"), Change.parse("同比增长12.5%")),
              StatedChange.of(Concept.of("reconsideration.closed"), Change.parse("较上年减少7件")));

  private static final List<ReportFacts> TABLE = List.of(ReportFacts.of("阳高县 2024", SMALL));

  private static final String CSV =
      HEADER
          + "\"阳高县 2024\",reconsideration.received,,,,35,ONE,,EXACT,35,35,,,2024-01-01,"
          + "2024-12-31,,,\"同比增长12.5%\",\"/statistics/reconsideration/received\",s1.3.1\n"
          + "\"阳高县 2024\",\"reconsideration.correction-rate\",,,CLOSED,13.79,ONE,\"%\",EXACT,13.79,"
          + "13.79,4,29,2024-01-01,2024-12-31,,,,\"/statistics/reconsideration/correctionRate\","
          + "s1.3.1\n"
          + "\"阳高县 2024\",\"reconsideration.breakdown.item\",\"按\"\"类型\"\",分\",\"县政府,县直\n"
          + "部门\",,1.2,TEN_THOUSAND,,MORE_THAN,12000,,,,2024-01-01,2024-12-31,,,,"
          + "\"/statistics/reconsideration/breakdowns/0/items/0/count\",s1.3.1\n"
          + "\"阳高县 2024\",reconsideration.closed,,,,,ONE,,EXACT,,,,,2024-01-01,2024-12-31,,,"
          + "较上年减少7件,/changes/1/change,\n";

  private static List<ReportFacts> read(String csv) {
    return FactsCsv.read(new StringReader(csv));
  }

  // ---- COLUMNS

  @Test
  void columns_areTheHeader() {
    assertThat(String.join(",", FactsCsv.COLUMNS) + "\n").isEqualTo(HEADER);
  }

  // ---- write, toCsv

  @Test
  void toCsv_writesAHeaderAndOneRowAFact() {
    assertThat(FactsCsv.toCsv(TABLE)).isEqualTo(CSV);
  }

  @Test
  void toCsv_quotesCommasQuotesAndLineBreaks() {
    assertThat(FactsCsv.toCsv(TABLE)).contains(",\"按\"\"类型\"\",分\",\"县政府,县直\n部门\",");
  }

  @Test
  void toCsv_ofNoReports_isTheHeader() {
    assertThat(FactsCsv.toCsv(List.of())).isEqualTo(HEADER);
  }

  @Test
  void write_leavesTheWriterOpen() {
    StringWriter out = new StringWriter();
    FactsCsv.write(TABLE, out);
    out.write("more");
    assertThat(out.toString()).isEqualTo(CSV + "more");
  }

  @Test
  void writeAndReadAFile_inUtf8(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("facts.csv");
    FactsCsv.write(TABLE, file);
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(CSV);
    assertThat(FactsCsv.read(file)).isEqualTo(TABLE);
  }

  @Test
  void write_toAMissingDirectory_namesTheFile(@TempDir Path directory) {
    Path file = directory.resolve("missing").resolve("facts.csv");
    assertThatThrownBy(() -> FactsCsv.write(TABLE, file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageStartingWith("cannot write " + file + ": ");
  }

  // ---- read

  @Test
  void read_isWhatWasWritten() {
    assertThat(read(CSV)).isEqualTo(TABLE);
  }

  @Test
  void read_groupsRowsByReport_inTheOrderReportsFirstAppear() {
    List<ReportFacts> two =
        List.of(ReportFacts.of("阳高县", SMALL), ReportFacts.of("天镇县", ReportFixtures.EVERY_PROPERTY));
    assertThat(read(FactsCsv.toCsv(two))).isEqualTo(two);
  }

  @Test
  void read_aReportWithoutFacts_hasNoRow_andSoIsNotReadBack() {
    List<ReportFacts> table =
        List.of(ReportFacts.of("空", ReportFixtures.MINIMAL), ReportFacts.of("阳高县", SMALL));
    assertThat(read(FactsCsv.toCsv(table))).containsExactly(ReportFacts.of("阳高县", SMALL));
  }

  @Test
  void read_skipsAnEmptyLine() {
    assertThat(read(CSV + "\n")).isEqualTo(TABLE);
  }

  @Test
  void read_readsWindowsLineBreaks() {
    String crlf = CSV.replace("\n", "\r\n").replace("县直\r\n部门", "县直\n部门");
    assertThat(read(crlf)).isEqualTo(TABLE);
  }

  // ---- read: what is no facts table

  @Test
  void read_rejectsAnEmptyText() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read(""))
        .withMessage("line 1: empty; expected the header " + FactsCsv.COLUMNS);
  }

  @Test
  void read_rejectsAnotherHeader() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read("report,concept\n"))
        .withMessage("line 1: the header is [report, concept]; expected " + FactsCsv.COLUMNS);
  }

  @Test
  void read_rejectsARowOfTheWrongWidth_namingItsLine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read(CSV + "阳高县,reconsideration.received\n"))
        .withMessage("line 7: 2 columns; expected 20");
  }

  @Test
  void read_rejectsABadDecimal_namingLineAndColumn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read(CSV.replace(",35,ONE,", ",3x5,ONE,")))
        .withMessage("line 2, column value: \"3x5\": not a decimal number");
  }

  @Test
  void read_rejectsABadBound_afterARowOverTwoLines() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read(CSV.replace(",EXACT,,,,,2024", ",EXACT,x,,,,2024")))
        .withMessage("line 6, column lowerBound: \"x\": not a decimal number");
  }

  @Test
  void read_rejectsAnUnknownApproximation_listingTheOnesThereAre() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read(CSV.replace(",35,ONE,,EXACT,", ",35,ONE,,ROUGHLY,")))
        .withMessage(
            "line 2, column approximation: \"ROUGHLY\": expected one of [EXACT, MORE_THAN, NEARLY,"
                + " ABOUT, OVER, AT_LEAST, AT_MOST]");
  }

  @Test
  void write_rejectsTwoReportsOfOneName() {
    ReportFacts one = new ReportFacts("阳高县", List.of());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FactsCsv.toCsv(List.of(one, one)))
        .withMessage("two reports named \"阳高县\": the name tells the reports apart in the table");
  }

  @Test
  void read_rejectsAnUnknownConcept_namingLineAndColumn() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read(CSV.replace(",reconsideration.received,", ",reconsideration.got,")))
        .withMessage(
            "line 2, column concept: \"reconsideration.got\": not a concept of the catalog:"
                + " \"reconsideration.got\" (such as \"reconsideration.accepted\")");
  }

  @Test
  void read_rejectsAMissingRequiredValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read(CSV.replace(",/changes/1/change,", ",,")))
        .withMessage("line 6, column pointer: a value is required");
  }

  @Test
  void read_rejectsAPeriodWithoutItsEnd() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read(CSV.replace("2024-01-01,2024-12-31,,,较上年", "2024-01-01,,,,较上年")))
        .withMessage("line 6, column periodStart: a period has both a start and an end");
  }

  @Test
  void read_rejectsAScopeLabelWithoutScope() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read(CSV.replace("2024-12-31,,,较上年", "2024-12-31,,全省,较上年")))
        .withMessage("line 6, column scopeLabel: a scope label needs a scope");
  }

  @Test
  void read_rejectsAChangeThatIsNone() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> read(CSV.replace("较上年减少7件", "较上年7件")))
        .withMessage(
            "line 6, column change: \"较上年7件\": not a change: \"较上年7件\" (expected for example"
                + " \"同比增长12.5%\" or \"较上年减少7件\")");
  }

  @Test
  void readAFile_namesTheFile(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("facts.csv");
    Files.writeString(file, "report,concept\n", StandardCharsets.UTF_8);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FactsCsv.read(file))
        .withMessage(
            file + ": line 1: the header is [report, concept]; expected " + FactsCsv.COLUMNS);
  }
}
