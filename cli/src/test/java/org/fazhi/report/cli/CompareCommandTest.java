package org.fazhi.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.cli.FazhiCommandTest.fazhi;

import java.io.IOException;
import java.nio.file.Path;
import org.fazhi.report.Report;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.StatedChange;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.Count;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.testing.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fazhi compare}: two years of one county, fact by fact. */
class CompareCommandTest {
  @TempDir Path dir;

  private Path write(String name, Report report) throws IOException {
    Path file = dir.resolve(name);
    ReportJson.create().write(report, file);
    return file;
  }

  private static Report year(Reconsideration reconsideration, String statedChange) {
    Report report =
        ReportFixtures.minimalValid()
            .withStatistics(
                CaseStatistics.builder()
                    .reconsideration(reconsideration)
                    .mediation(
                        Mediation.builder()
                            .mediated(Count.of(700, Approximation.MORE_THAN))
                            .build())
                    .build());
    return statedChange.isEmpty()
        ? report
        : report.withChanges(
            StatedChange.of(Concept.of("reconsideration.received"), Change.parse(statedChange)));
  }

  private Path[] twoYears(String statedChange) throws IOException {
    Path before =
        write("2023.json", year(Reconsideration.builder().received(Count.of(32)).build(), ""));
    Path after =
        write(
            "2024.json",
            year(
                Reconsideration.builder().received(Count.of(36)).accepted(Count.of(30)).build(),
                statedChange));
    return new Path[] {before, after};
  }

  @Test
  void givesEachFactsChange_andChecksAStatedChangeThatAgrees() throws IOException {
    Path[] years = twoYears("同比增长12.5%");

    FazhiCommandTest.Run run = fazhi("compare", years[0].toString(), years[1].toString());

    assertThat(run.status()).as(run.err()).isEqualTo(Fazhi.OK);
    assertThat(run.out())
        .startsWith("fact\told\tnew\tchange\tchange %\tpresence\tstated\tcheck\n")
        .contains("reconsideration.received\t32\t36\t4\t12.5\t\t同比增长12.5%\tagrees\n")
        .contains("reconsideration.accepted\t\t30\t\t\tappeared\t\t\n");
  }

  @Test
  void aStatedChangeTheValuesContradict_isReported_andExitsOne() throws IOException {
    Path[] years = twoYears("同比增长20%");

    FazhiCommandTest.Run run = fazhi("compare", years[0].toString(), years[1].toString());

    assertThat(run.status()).as(run.err()).isEqualTo(Fazhi.FINDINGS);
    assertThat(run.out())
        .contains(
            "reconsideration.received\t32\t36\t4\t12.5\t\t同比增长20%\tdiffers (computed 12.5)\n");
  }

  @Test
  void anApproximateFigure_hasBoundsButNoChange() throws IOException {
    Path[] years = twoYears("");

    FazhiCommandTest.Run run = fazhi("compare", years[0].toString(), years[1].toString());

    assertThat(run.out()).contains("mediation.mediated\t[700, ]\t[700, ]\t\t\t\t\t\n");
  }
}
