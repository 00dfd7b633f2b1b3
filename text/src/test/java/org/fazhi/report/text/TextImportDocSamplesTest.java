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
import org.fazhi.report.statistics.Reconsideration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's text sample, run as written there. */
class ReportTextReadmeTest {

  @Test
  void readmeSample_runs(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("yanggao-2024.txt");
    try (InputStream in = getClass().getResourceAsStream("yanggao-2024.txt")) {
      Files.copy(in, file);
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    // --- README sample, from here
    TextImport imported = ReportText.parse(file);
    Report report = imported.getReport();
    report.getStatistics().getReconsideration()
        .flatMap(Reconsideration::getReceived)
        .ifPresent(received -> out.println("行政复议申请: " + received));    // 35
    for (TextFigure figure : imported.getFigures()) {
      out.println(figure);                       // 26:117 35件 → /statistics/reconsideration/received
    }
    imported.getUnplacedFigures().forEach(f -> out.println(f.getReason().orElse("")));
    imported.getWarnings().forEach(out::println);
    String text = ReportText.render(report);     // the published text, without the page furniture
    String markdown = ReportText.renderMarkdown(report);
    // --- to here

    String printed = buffer.toString(StandardCharsets.UTF_8);
    assertThat(printed).startsWith("行政复议申请: 35\n");
    assertThat(printed).contains("26:117 35件 → /statistics/reconsideration/received\n");
    assertThat(text).startsWith("阳高县2024年法治政府建设年度报告\n");
    assertThat(markdown).startsWith("# 阳高县2024年法治政府建设年度报告\n");
  }
}
