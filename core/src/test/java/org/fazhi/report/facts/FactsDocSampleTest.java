package org.fazhi.report.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Reconsideration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample of docs/concepts.md runs, and gives what its comments say (DocsJavaSamplesTest, in the
 * examples module, checks that the document shows exactly this code).
 */
class FactsDocSampleTest {

  @Test
  void factsOfAReport_andTheirCsv(@TempDir Path directory) {
    Report report =
        ReportFixtures.MINIMAL.withStatistics(
            CaseStatistics.builder()
                .reconsideration(Reconsideration.builder().handled(Count.parse("3.6万")).build())
                .build());

    // sample in docs/concepts.md: begin
    for (Fact fact : Facts.of(report)) {
      fact.getConcept().id(); // "reconsideration.handled"
      fact.getValue(); // Optional[3.6]
      fact.getScale(); // TEN_THOUSAND
      fact.getLowerBound(); // Optional[35500]
      fact.getUpperBound(); // Optional[36499]
      fact.getPointer(); // "/statistics/reconsideration/handled"
    }
    FactsCsv.write(
        List.of(ReportFacts.of("qingxu-2024.json", report)), directory.resolve("facts.csv"));
    // sample in docs/concepts.md: end

    assertThat(Facts.of(report)).hasSize(1);
    Fact fact = Facts.of(report).get(0);
    assertThat(fact.getConcept().id()).isEqualTo("reconsideration.handled");
    assertThat(fact.getValue()).contains(new BigDecimal("3.6"));
    assertThat(fact.getScale()).isEqualTo(Scale.TEN_THOUSAND);
    assertThat(fact.getLowerBound()).contains(new BigDecimal("35500"));
    assertThat(fact.getUpperBound()).contains(new BigDecimal("36499"));
    assertThat(fact.getPointer()).isEqualTo("/statistics/reconsideration/handled");
    assertThat(FactsCsv.read(directory.resolve("facts.csv")))
        .containsExactly(ReportFacts.of("qingxu-2024.json", report));
  }
}
