package org.fazhi.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.report.Report;
import org.fazhi.report.figure.Count;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.testing.ReportFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code fazhi} command as an operator runs it: files in, findings and exit status out. */
class FazhiCommandTest {
  @TempDir static Path dir;
  static Path yanggao;
  static Path acceptedExceedsReceived;
  static Path warningOnly;
  static Path broken;

  record Run(int status, String out, String err) {}

  static Run fazhi(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Fazhi.commandLine();
    command.setOut(new PrintWriter(out));
    command.setErr(new PrintWriter(err));
    int status = command.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  static Path write(String name, Report report) throws IOException {
    Path file = dir.resolve(name);
    ReportJson.create().write(report, file);
    return file;
  }

  /** A minimal report with one ERROR: 32 cases accepted of 31 received. */
  static Report acceptedExceedsReceived() {
    return ReportFixtures.minimalValid()
        .withStatistics(
            CaseStatistics.builder()
                .reconsideration(
                    Reconsideration.builder().received(Count.of(31)).accepted(Count.of(32)).build())
                .build());
  }

  @BeforeAll
  static void files() throws IOException {
    Report minimal = ReportFixtures.minimalValid();
    yanggao = write("yanggao-2024.json", ReportFixtures.yanggao2024());
    acceptedExceedsReceived = write("accepted-exceeds-received.json", acceptedExceedsReceived());
    warningOnly =
        write(
            "mediated-exceeds-disputes.json",
            minimal.withStatistics(
                CaseStatistics.builder()
                    .mediation(
                        Mediation.builder().disputes(Count.of(700)).mediated(Count.of(701)).build())
                    .build()));
    broken = dir.resolve("broken.json");
    Files.writeString(
        broken, "{\"schemaVersion\": \"1.1\",\n  \"metadata\": ", StandardCharsets.UTF_8);
  }

  @Nested
  class Validate {
    @Test
    void aConsistentReport_exitsZero() {
      Run run = fazhi("validate", yanggao.toString());

      assertThat(run.status()).isEqualTo(Fazhi.OK);
      assertThat(run.out()).doesNotContain("[ERROR]").doesNotContain("[WARNING]");
    }

    @Test
    void anError_exitsOne_withRulePointerAndMessage() {
      Run run = fazhi("validate", yanggao.toString(), acceptedExceedsReceived.toString());

      assertThat(run.status()).isEqualTo(Fazhi.FINDINGS);
      assertThat(run.out())
          .contains(
              acceptedExceedsReceived
                  + ": [ERROR] reconsideration.accepted-exceeds-received at"
                  + " /statistics/reconsideration/accepted: 行政复议受理数(32)不得大于收到申请数(31)");
    }

    @Test
    void speaksEnglishWhenAsked() {
      Run run = fazhi("validate", "--lang", "en", acceptedExceedsReceived.toString());

      assertThat(run.out()).contains("Reconsideration: accepted (32) cannot exceed received (31).");
    }

    @Test
    void aSuppressedRule_noLongerFails() {
      Run run =
          fazhi(
              "validate",
              "--suppress",
              "reconsideration.accepted-exceeds-received:/statistics/**",
              acceptedExceedsReceived.toString());

      assertThat(run.status()).isEqualTo(Fazhi.OK);
    }

    @Test
    void aWarning_failsOnlyWithFailOnWarning() {
      assertThat(fazhi("validate", warningOnly.toString()).status()).isEqualTo(Fazhi.OK);
      assertThat(fazhi("validate", "--fail-on", "warning", warningOnly.toString()).status())
          .isEqualTo(Fazhi.FINDINGS);
    }

    @Test
    void anUnreadableFile_exitsTwo_namingItAndWhere() {
      Run run = fazhi("validate", yanggao.toString(), broken.toString());

      assertThat(run.status()).isEqualTo(Fazhi.UNREADABLE);
      assertThat(run.err().lines())
          .anyMatch(line -> line.startsWith(broken.toString()) && line.contains("line 2"));
      assertThat(run.out()).contains(yanggao + ": ");
    }

    @Test
    void manyFiles_reportProgressOnStandardError() {
      Run run = fazhi("validate", yanggao.toString(), acceptedExceedsReceived.toString());

      assertThat(run.err().lines())
          .containsExactly(
              "fazhi validate: checked 1 of 2: " + yanggao,
              "fazhi validate: checked 2 of 2: " + acceptedExceedsReceived);
    }

    @Test
    void aMissingFile_exitsTwo() {
      Run run = fazhi("validate", dir.resolve("absent.json").toString());

      assertThat(run.status()).isEqualTo(Fazhi.UNREADABLE);
      assertThat(run.err()).contains("absent.json").contains("no such file");
    }

    @Test
    void jsonFormat_givesEachFilesFindings() {
      Run run = fazhi("validate", "--format", "json", acceptedExceedsReceived.toString());

      JsonNode json = JsonMapper.builder().build().readTree(run.out());
      JsonNode file = json.get("files").get(0);
      assertThat(file.get("file").asString()).isEqualTo(acceptedExceedsReceived.toString());
      assertThat(file.get("fails").asBoolean()).isTrue();
      assertThat(file.get("findings").get(0).get("ruleId").asString())
          .isEqualTo("reconsideration.accepted-exceeds-received");
      assertThat(file.get("findings").get(0).get("pointer").asString())
          .isEqualTo("/statistics/reconsideration/accepted");
    }

    @Test
    void aPublishedText_isReadAsText() throws IOException {
      Path text = dir.resolve("yanggao-2024.txt");
      Files.writeString(text, fazhi("render", yanggao.toString()).out(), StandardCharsets.UTF_8);

      Run run = fazhi("validate", text.toString());

      assertThat(run.status()).isNotEqualTo(Fazhi.UNREADABLE);
      assertThat(run.out()).startsWith(text + ": ");
    }
  }

  @Nested
  class Import {
    @Test
    void aPublishedText_becomesJsonInTheOutputFolder() throws IOException {
      Path text = dir.resolve("yanggao-import.txt");
      Files.writeString(text, fazhi("render", yanggao.toString()).out(), StandardCharsets.UTF_8);
      Path out = dir.resolve("json");

      Run run = fazhi("import", "-o", out.toString(), text.toString());

      assertThat(run.status()).isEqualTo(Fazhi.OK);
      assertThat(run.err()).contains(text + " -> " + out.resolve("yanggao-import.json"));
      Report imported = ReportJson.create().read(out.resolve("yanggao-import.json"));
      assertThat(imported.getMetadata().getTitle()).isEqualTo("阳高县2024年法治政府建设年度报告");
      assertThat(imported.getStatistics().getReconsideration())
          .flatMap(Reconsideration::getReceived)
          .contains(Count.of(35));
    }

    @Test
    void anExcerpt_takesItsIssuerAndYearFromTheCommandLine() throws IOException {
      Path release = dir.resolve("release.txt");
      Files.writeString(release, "全年办理行政复议案件41件、行政应诉案件17件，其中胜诉15件。", StandardCharsets.UTF_8);

      Run run =
          fazhi("import", "--excerpt", "--issuer", "平遥县司法局", "--year", "2024", release.toString());

      assertThat(run.status()).isEqualTo(Fazhi.OK);
      Report imported = ReportJson.create().read(run.out());
      assertThat(imported.getMetadata().getReportingYear()).hasValue(2024);
      assertThat(imported.getStatistics().getReconsideration())
          .flatMap(Reconsideration::getHandled)
          .contains(Count.of(41));
    }

    @Test
    void aMissingFile_exitsTwo() {
      Run run = fazhi("import", dir.resolve("absent.txt").toString());

      assertThat(run.status()).isEqualTo(Fazhi.UNREADABLE);
      assertThat(run.err()).contains("absent.txt").contains("no such file");
    }

    @Test
    void jsonName_replacesTxt() {
      assertThat(ImportCommand.jsonName(Path.of("a/b/report.txt"))).isEqualTo("report.json");
      assertThat(ImportCommand.jsonName(Path.of("report"))).isEqualTo("report.json");
    }
  }

  @Test
  void render_writesMarkdown() {
    Run run = fazhi("render", "--markdown", yanggao.toString());

    assertThat(run.status()).isEqualTo(Fazhi.OK);
    assertThat(run.out()).startsWith("# 阳高县");
  }

  @Test
  void facts_writeOneCsvTableForAllFiles() {
    Run run = fazhi("facts", "--csv", yanggao.toString(), acceptedExceedsReceived.toString());

    assertThat(run.status()).isEqualTo(Fazhi.OK);
    assertThat(run.out())
        .startsWith("report,concept,")
        .contains("\"" + acceptedExceedsReceived + "\",reconsideration.accepted,");
    assertThat(run.err()).contains("read 2 of 2");
  }

  @Test
  void help_showsAnExample_andAWrongOptionExitsTwo() {
    assertThat(fazhi("validate", "--help").out()).contains("Example:").contains("--fail-on");
    assertThat(fazhi("validate", "--colour", yanggao.toString()).status())
        .isEqualTo(Fazhi.UNREADABLE);
  }
}
