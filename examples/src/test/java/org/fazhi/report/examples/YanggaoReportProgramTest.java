package org.fazhi.report.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YanggaoReportProgramTest {
  @TempDir Path workingDirectory;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(String... args) {
    return new YanggaoReportProgram(workingDirectory, stdout, stderr, StandardCharsets.UTF_8)
        .run(args);
  }

  private String out() {
    return stdout.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  @Test
  void withoutArguments_writesYanggao2024JsonInTheWorkingDirectory() throws IOException {
    assertThat(run()).isZero();

    Path written = workingDirectory.resolve("yanggao-2024.json");
    assertThat(Files.readString(written, StandardCharsets.UTF_8)).isEqualTo(Yanggao2024.json());
    int bytes = Yanggao2024.json().getBytes(StandardCharsets.UTF_8).length;
    assertThat(out())
        .endsWith(String.format(Locale.ROOT, "JSON written to %s (%,d bytes)%n", written, bytes));
    assertThat(err()).isEmpty();
  }

  @Test
  void withAFileName_writesThere_relativeToTheWorkingDirectory() throws IOException {
    Files.createDirectory(workingDirectory.resolve("out"));

    assertThat(run("out/report.json")).isZero();

    assertThat(Files.readAllBytes(workingDirectory.resolve("out/report.json")))
        .isEqualTo(Yanggao2024.json().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void printsTheOutline_idLabelAndHeadingIndentedByDepth() {
    run();

    assertThat(out().lines().collect(Collectors.toList()))
        .contains(
            "阳高县2024年法治政府建设年度报告",
            "阳高县人民政府 · 阳高县 140221 (county) · covers 2024-01-01 to 2024-12-03 · dated 2024-12-03",
            "Outline (75 sections)",
            "  s1        一、法治政府建设取得的成效  [MEASURES_AND_RESULTS]",
            "  s1.6        (六)加强风险防控,依法预防和化解社会矛盾",
            "  s1.6.1        1.全面贯彻实施行政复议法",
            "  s1.2.1.1        一是优化政策保障",
            "  s1.3.1.1        一是2024年县级以上人民政府及时公布年度重大行政决策事项目录4项,…",
            "  s6        六、其他需要报告的重要事项  [OTHER_MATTERS]");
  }

  @Test
  void printsTheKeyStatistics_asWritten_withTheirSections() {
    run();

    assertThat(out())
        .contains("  行政复议  statistics.reconsideration  s1.6.1\n")
        .containsPattern("\n +received +收到申请 +35件\n")
        .containsPattern("\n +closed +办结 +29件\n")
        .containsPattern("\n +mediated +调解 +700余件\n")
        .containsPattern("\n +completionRate +占年度任务 +114.63%\n")
        .containsPattern("\n +commentPeriodDays +征求意见期限 +30日以上\n")
        .containsPattern("\n +cutRate +总体压减率 +58%\n")
        .containsPattern("\n +leaderInstructions +指示批示 +120余次\n")
        .containsPattern("\n +responseLevel +应急响应 +Ⅳ级\n")
        .contains("Indicators: 48 further figures");
  }

  @Test
  void statisticsColumns_lineUpInATerminal() {
    run();

    List<String> rows =
        out()
            .lines()
            .dropWhile(line -> !line.startsWith("Key statistics"))
            .filter(line -> line.startsWith("    "))
            .collect(Collectors.toList());
    assertThat(rows).hasSizeGreaterThan(50);
    // The value column starts at the same display column on every row.
    assertThat(rows.stream().map(YanggaoReportProgramTest::valueColumn).distinct()).hasSize(1);
  }

  private static int valueColumn(String row) {
    String[] cells = row.trim().split(" {2,}");
    assertThat(cells).as(row).hasSize(3);
    return Columns.width(row.substring(0, row.lastIndexOf(cells[2])));
  }

  @Test
  void withDash_writesOnlyTheJsonToStandardOutput_andTheListingToStandardError() {
    assertThat(run("-")).isZero();

    assertThat(stdout.toByteArray()).isEqualTo(Yanggao2024.json().getBytes(StandardCharsets.UTF_8));
    assertThat(err()).contains("Outline (75 sections)").contains("700余件");
    assertThat(workingDirectory.resolve("yanggao-2024.json")).doesNotExist();
  }

  @Test
  void whenTheDirectoryDoesNotExist_failsWithOneClearLine() {
    Path target = workingDirectory.resolve("missing/report.json");

    assertThat(run("missing/report.json")).isEqualTo(YanggaoReportProgram.CANNOT_WRITE);

    assertThat(err())
        .isEqualTo(
            "yanggao-report: cannot write "
                + target
                + ": directory "
                + target.getParent()
                + " does not exist\n");
  }

  @Test
  void whenTheTargetIsADirectory_failsWithoutAStackTrace() throws IOException {
    Files.createDirectory(workingDirectory.resolve("taken"));

    assertThat(run("taken")).isEqualTo(YanggaoReportProgram.CANNOT_WRITE);

    assertThat(err())
        .startsWith("yanggao-report: cannot write " + workingDirectory.resolve("taken") + ": ")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(err().lines()).hasSize(1);
  }

  @Test
  void withTwoArguments_printsUsage() {
    assertThat(run("a.json", "b.json")).isEqualTo(YanggaoReportProgram.USAGE);

    assertThat(err())
        .startsWith("yanggao-report: expected at most one argument, a file name or -\nusage: ");
    assertThat(out()).isEmpty();
  }

  @Test
  void withHelp_printsUsageAndWritesNothing() {
    assertThat(run("--help")).isZero();

    assertThat(out()).startsWith("usage: yanggao-report [FILE | -]");
    assertThat(workingDirectory.resolve("yanggao-2024.json")).doesNotExist();
  }
}
