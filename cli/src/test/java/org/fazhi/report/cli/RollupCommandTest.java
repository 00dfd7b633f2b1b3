package org.fazhi.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.cli.FazhiCommandTest.fazhi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.Report;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.statistics.Litigation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fazhi rollup}: three county reports of 2024 (the real Yanggao report and two made-up
 * counties, 甲县 and 乙县, in {@code rollup/}) added into one set of totals.
 */
class RollupCommandTest {
  @TempDir Path dir;

  private Path yanggao;
  private Path jia;
  private Path yi;

  @BeforeEach
  void copyReports() throws IOException {
    yanggao = copy("yanggao-2024.json");
    jia = copy("jia-2024.json");
    yi = copy("yi-2024.json");
  }

  private Path copy(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("rollup/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static String row(String out, String key) {
    return out.lines().filter(l -> l.startsWith(key + "\t")).findFirst().orElse("(no row)");
  }

  @Test
  void countsGivenByEveryReport_areSummedExactly() {
    FazhiCommandTest.Run run =
        fazhi("rollup", "--as", "示例市", yanggao.toString(), jia.toString(), yi.toString());

    assertThat(run.status()).isEqualTo(Fazhi.OK);
    assertThat(row(run.out(), "reconsideration.received"))
        .isEqualTo("reconsideration.received\t103\t3 of 3\t");
    assertThat(row(run.out(), "legal-aid.consultations"))
        .isEqualTo("legal-aid.consultations\t2364\t3 of 3\t");
  }

  @Test
  void anApproximateInput_keepsTheTotalApproximate() {
    FazhiCommandTest.Run run =
        fazhi("rollup", "--as", "示例市", yanggao.toString(), jia.toString(), yi.toString());

    // 700余 + 900余 + 410: at least 2010, no upper limit.
    assertThat(row(run.out(), "mediation.mediated"))
        .isEqualTo("mediation.mediated\t≥2010\t3 of 3\t");
    // 95 + 130 + 约60 (54 to 66).
    assertThat(row(run.out(), "legal-aid.accepted"))
        .isEqualTo("legal-aid.accepted\t279~291\t3 of 3\t");
  }

  @Test
  void aFigureSomeReportsLack_isAPartialLowerBound_namingThem() {
    FazhiCommandTest.Run run =
        fazhi("rollup", "--as", "示例市", yanggao.toString(), jia.toString(), yi.toString());

    assertThat(row(run.out(), "litigation.lost"))
        .isEqualTo("litigation.lost\t≥3 (partial)\t2 of 3\t" + yanggao);
    assertThat(row(run.out(), "judgment-performance.cases"))
        .isEqualTo("judgment-performance.cases\t≥5 (partial)\t1 of 3\t" + jia + " " + yi);
    assertThat(run.out()).contains(yanggao + "\t29\t14", jia + "\t23\t20", yi + "\t22\t21");
  }

  @Test
  void rates_areRecomputedFromTheSummedCounts_notAveraged() {
    FazhiCommandTest.Run run = fazhi("rollup", "--as", "示例市", jia.toString(), yi.toString());

    // 甲县 2 of 10 lost (20%), 乙县 1 of 8 (12.5%): 3 of 18 is 16.67%, their mean would be 16.25%.
    assertThat(row(run.out(), "litigation.loss-rate"))
        .isEqualTo("litigation.loss-rate\t16.67\t3\t18\tlitigation.lost / litigation.concluded\t");
    // 乙县's 85.71% of 7 and 甲县's 100% of 12: 18 of 19.
    assertThat(row(run.out(), "litigation.head-appearance-rate"))
        .startsWith("litigation.head-appearance-rate\t94.74\t18\t19\t");
  }

  @Test
  void aRateSomeReportLacksTheCountsOf_isNotRecomputed_namingIt() {
    FazhiCommandTest.Run run =
        fazhi("rollup", "--as", "示例市", yanggao.toString(), jia.toString(), yi.toString());

    assertThat(row(run.out(), "litigation.loss-rate"))
        .isEqualTo(
            "litigation.loss-rate\t\t\t\tlitigation.lost / litigation.concluded\t" + yanggao);
  }

  @Test
  void approximateCounts_leaveARateOpen_andShowTheirRange() {
    FazhiCommandTest.Run run = fazhi("rollup", "--as", "示例市", jia.toString(), yi.toString());

    // 98.05% (402 of 410) and 880余 of 900余: settled and mediated both open upwards, so the
    // total rate is open on both sides and left out; the counts show why.
    assertThat(row(run.out(), "mediation.success-rate"))
        .startsWith("mediation.success-rate\t\t≥1282\t≥1310\t");
    // 130 + 约60 (54 to 66).
    assertThat(row(run.out(), "legal-aid.accepted"))
        .isEqualTo("legal-aid.accepted\t184~196\t2 of 2\t");
  }

  @Test
  void theRules_runOverTheTotals() throws IOException {
    Report inconsistent =
        ReportJson.create()
            .read(yi)
            .withStatistics(
                ReportJson.create()
                    .read(yi)
                    .getStatistics()
                    .withLitigation(
                        Litigation.builder()
                            .cases(Count.of(7))
                            .carriedOver(Count.of(1))
                            .concluded(Count.of(8))
                            .pending(Count.of(3))
                            .build()));
    Path wrong = dir.resolve("yi-wrong.json");
    ReportJson.create().write(inconsistent, wrong);

    FazhiCommandTest.Run run =
        fazhi("rollup", "--as", "示例市", "--lang", "en", jia.toString(), wrong.toString());

    // 12 + 7 cases, 2 + 1 carried over, 10 + 8 concluded leave 3 open; the totals say 4 + 3.
    assertThat(run.status()).isEqualTo(Fazhi.FINDINGS);
    assertThat(run.out())
        .contains(
            "[ERROR] litigation.pending-differs-from-open-cases at /statistics/litigation/pending");
  }

  @Test
  void output_isAReportOfTheTotals_withPartialTotalsAsLowerBounds() throws IOException {
    Path out = dir.resolve("total.json");

    FazhiCommandTest.Run run =
        fazhi(
            "rollup",
            "--as",
            "示例市",
            "-o",
            out.toString(),
            yanggao.toString(),
            jia.toString(),
            yi.toString());

    assertThat(run.status()).isEqualTo(Fazhi.OK);
    Report total = ReportJson.create().read(out);
    assertThat(total.getMetadata().getIssuers().get(0).getName()).isEqualTo("示例市");
    assertThat(total.getMetadata().getReportingYear()).hasValue(2024);
    assertThat(total.getStatistics().getReconsideration().get().getReceived())
        .contains(Count.of(103));
    assertThat(total.getStatistics().getLitigation().get().getLost())
        .contains(Count.of(3, Approximation.AT_LEAST));
  }

  @Test
  void reportsOfDifferentYears_areRefused() throws IOException {
    Report earlier = ReportJson.create().read(jia);
    Path old = dir.resolve("jia-2023.json");
    ReportJson.create()
        .write(earlier.withMetadata(earlier.getMetadata().withReportingYear(2023)), old);

    FazhiCommandTest.Run run = fazhi("rollup", "--as", "示例市", old.toString(), yi.toString());

    assertThat(run.status()).isEqualTo(Fazhi.UNREADABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(
            "fazhi rollup: the reports are not of one year: "
                + old
                + " 2023, "
                + yi
                + " 2024; roll up one year at a time");
  }

  @Test
  void theSameReportTwice_isRefused() {
    FazhiCommandTest.Run run =
        fazhi("rollup", "--as", "示例市", jia.toString(), yi.toString(), jia.toString());

    assertThat(run.status()).isEqualTo(Fazhi.UNREADABLE);
    assertThat(run.err())
        .contains(
            "fazhi rollup: "
                + jia
                + " is the same report as "
                + jia
                + " (\"甲县2024年法治政府建设年度报告\"); each division once, or its figures count twice");
  }

  @Test
  void anUnreadableReport_givesNoTotals() throws IOException {
    Path truncated = dir.resolve("cut.json");
    Files.writeString(truncated, "{\"schemaVersion\": \"1.0\", \"metadata\": {");

    FazhiCommandTest.Run run = fazhi("rollup", "--as", "示例市", jia.toString(), truncated.toString());

    assertThat(run.status()).isEqualTo(Fazhi.UNREADABLE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains(truncated.toString())
        .contains("fazhi rollup: no totals: every report must be read, or the totals are partial");
  }

  @Test
  void progress_goesToStandardError() {
    FazhiCommandTest.Run run = fazhi("rollup", "--as", "示例市", jia.toString(), yi.toString());

    assertThat(run.err().lines().toList())
        .containsExactly("fazhi rollup: read 1 of 2: " + jia, "fazhi rollup: read 2 of 2: " + yi);
  }

  @Test
  void output_isDeterministic() {
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      outputs.add(
          fazhi("rollup", "--as", "示例市", yanggao.toString(), jia.toString(), yi.toString()).out());
    }
    assertThat(outputs.get(1)).isEqualTo(outputs.get(0));
  }
}
