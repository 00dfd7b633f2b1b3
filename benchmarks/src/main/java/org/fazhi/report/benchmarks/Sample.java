package org.fazhi.report.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.Report;
import org.fazhi.report.examples.Yanggao2024;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;

/**
 * The reports the benchmarks read: the Yanggao 2024 report as published, and one generated from it
 * four times as large (every paragraph and every indicator eight times over, the copies numbered),
 * in the JSON form {@link ReportJson} writes.
 */
public enum Sample {
  /** The Yanggao County 2024 report, 68 KB of JSON. */
  YANGGAO {
    @Override
    Report report() {
      return Yanggao2024.report();
    }
  },
  /** The Yanggao report with every paragraph and indicator eight times over: 4× the JSON. */
  FOUR_TIMES {
    @Override
    Report report() {
      Report yanggao = Yanggao2024.report();
      Outline outline = yanggao.getOutline();
      List<Indicator> indicators = new ArrayList<>();
      indicators.addAll(yanggao.getIndicators());
      for (int copy = 2; copy <= TIMES; copy++) {
        // a copy with the same label would be a duplicate indicator, a finding
        for (Indicator indicator : yanggao.getIndicators()) {
          indicators.add(indicator.withLabel(indicator.getLabel() + "（" + copy + "）"));
        }
      }
      return Report.builder()
          .from(yanggao)
          .outline(
              Outline.builder()
                  .from(outline)
                  .sections(outline.getSections().stream().map(Sample::repeated).toList())
                  .build())
          .indicators(indicators)
          .build();
    }
  };

  private static final int TIMES = 8;

  /** The report itself. */
  abstract Report report();

  /** The report's JSON text, as {@link ReportJson#write(Report)} writes it. */
  public String json() {
    return ReportJson.create().write(report());
  }

  /** The report's JSON bytes in UTF-8. */
  public byte[] bytes() {
    return json().getBytes(StandardCharsets.UTF_8);
  }

  private static Section repeated(Section section) {
    List<String> paragraphs = new ArrayList<>();
    for (int copy = 0; copy < TIMES; copy++) {
      paragraphs.addAll(section.getParagraphs());
    }
    return Section.builder()
        .from(section)
        .paragraphs(paragraphs)
        .children(section.getChildren().stream().map(Sample::repeated).toList())
        .build();
  }
}
