package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.report.Report;
import org.fazhi.report.figure.Count;
import org.fazhi.report.statistics.Reconsideration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The samples of docs/text-import.md run, and give what their comments say (DocsJavaSamplesTest, in
 * the examples module, checks that the document shows exactly this code).
 */
class TextImportDocSamplesTest {

  @Test
  void wholeReport_onTheYanggaoText(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("yanggao-2024.txt");
    try (InputStream in = getClass().getResourceAsStream("yanggao-2024.txt")) {
      Files.copy(in, file);
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    // sample in docs/text-import.md: begin
    TextImport imported = ReportText.parse(file); // String, Reader or Path
    Report report = imported.getReport();
    report
        .getStatistics()
        .getReconsideration()
        .flatMap(Reconsideration::getReceived)
        .ifPresent(received -> out.println("行政复议申请: " + received)); // 35
    for (TextFigure figure : imported.getFigures()) {
      out.println(figure); // 26:117 35件 → /statistics/reconsideration/received
    }
    imported.getUnplacedFigures().forEach(f -> out.println(f.getReason().orElse("")));
    imported.getWarnings().forEach(out::println);
    String text = ReportText.render(report); // the published text, without the page furniture
    String markdown = ReportText.renderMarkdown(report);
    // sample in docs/text-import.md: end

    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("行政复议申请: 35\n");
    assertThat(printed).contains("26:117 35件 → /statistics/reconsideration/received\n");
    assertThat(text).startsWith("阳高县2024年法治政府建设年度报告\n");
    assertThat(markdown).startsWith("# 阳高县2024年法治政府建设年度报告\n");
  }

  @Test
  void excerpt_withItsContext() {
    // sample in docs/text-import.md: begin
    ExcerptContext context = ExcerptContext.none().withIssuer("平遥县司法局").withYear(2024);
    TextImport imported = ReportText.parseExcerpt("全年办理行政复议案件41件、行政应诉案件17件，其中胜诉15件。", context);
    imported.getReport().getStatistics().getReconsideration(); // handled 41
    imported.getReport().getStatistics().getLitigation(); // cases 17, won 15
    // sample in docs/text-import.md: end

    assertThat(imported.getReport().getStatistics().getReconsideration().orElseThrow().getHandled())
        .contains(Count.of(41));
    assertThat(imported.getReport().getStatistics().getLitigation().orElseThrow().getCases())
        .contains(Count.of(17));
    assertThat(imported.getReport().getStatistics().getLitigation().orElseThrow().getWon())
        .contains(Count.of(15));
  }
}
