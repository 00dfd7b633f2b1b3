package org.fazhi.report.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.cli.FazhiCommandTest.fazhi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.testing.ReportFixtures;
import org.fazhi.report.validation.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code fazhi validate --format sarif}: a SARIF 2.1.0 log for code-scanning services. */
class SarifOutputTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir Path dir;
  private Path inconsistent;

  @BeforeEach
  void write() throws IOException {
    inconsistent = dir.resolve("县 报告.json");
    ReportJson.create().write(FazhiCommandTest.acceptedExceedsReceived(), inconsistent);
  }

  private static int lineOf(Path file, String text) throws IOException {
    var lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void aFinding_isAResultAtItsLineWithItsPointer() throws IOException {
    FazhiCommandTest.Run run =
        fazhi("validate", "--format", "sarif", "--lang", "en", inconsistent.toString());

    assertThat(run.status()).isEqualTo(Fazhi.FINDINGS);
    JsonNode log = MAPPER.readTree(run.out());
    assertThat(log.path("version").asString()).isEqualTo("2.1.0");
    assertThat(log.path("$schema").asString())
        .isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    JsonNode result = log.path("runs").path(0).path("results").path(0);
    assertThat(result.path("ruleId").asString())
        .isEqualTo("reconsideration.accepted-exceeds-received");
    assertThat(result.path("level").asString()).isEqualTo("error");
    assertThat(result.path("message").path("text").asString()).contains("(32)").contains("(31)");
    JsonNode location = result.path("locations").path(0);
    assertThat(location.path("logicalLocations").path(0).path("fullyQualifiedName").asString())
        .isEqualTo("/statistics/reconsideration/accepted");
    JsonNode physical = location.path("physicalLocation");
    assertThat(physical.path("region").path("startLine").asInt())
        .isEqualTo(lineOf(inconsistent, "\"accepted\""));
    assertThat(physical.path("artifactLocation").path("uri").asString())
        .isEqualTo(inconsistent.toUri().toASCIIString());
  }

  @Test
  void theDriver_listsEveryRule_andAResultPointsIntoTheList() throws IOException {
    JsonNode log =
        MAPPER.readTree(fazhi("validate", "--format", "sarif", inconsistent.toString()).out());

    JsonNode driver = log.path("runs").path(0).path("tool").path("driver");
    assertThat(driver.path("name").asString()).isEqualTo("fazhi");
    assertThat(driver.path("rules").size()).isEqualTo(Rule.values().length);
    JsonNode result = log.path("runs").path(0).path("results").path(0);
    JsonNode rule = driver.path("rules").path(result.path("ruleIndex").asInt());
    assertThat(rule.path("id").asString()).isEqualTo(result.path("ruleId").asString());
    assertThat(rule.path("defaultConfiguration").path("level").asString()).isEqualTo("error");
  }

  @Test
  void aSuppressedFinding_isAResultWithItsSuppression() throws IOException {
    FazhiCommandTest.Run run =
        fazhi(
            "validate",
            "--format",
            "sarif",
            "--suppress",
            "reconsideration.accepted-exceeds-received",
            inconsistent.toString());

    assertThat(run.status()).isEqualTo(Fazhi.OK);
    JsonNode result = MAPPER.readTree(run.out()).path("runs").path(0).path("results").path(0);
    assertThat(result.path("ruleId").asString())
        .isEqualTo("reconsideration.accepted-exceeds-received");
    assertThat(result.path("suppressions").path(0).path("kind").asString()).isEqualTo("external");
    assertThat(result.path("suppressions").path(0).path("justification").asString())
        .isEqualTo("--suppress on the command line");
  }

  @Test
  void anUnreadableFile_isAToolExecutionNotification() throws IOException {
    Path missing = dir.resolve("missing.json");

    FazhiCommandTest.Run run = fazhi("validate", "--format", "sarif", missing.toString());

    assertThat(run.status()).isEqualTo(Fazhi.UNREADABLE);
    JsonNode invocation =
        MAPPER.readTree(run.out()).path("runs").path(0).path("invocations").path(0);
    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    JsonNode notification = invocation.path("toolExecutionNotifications").path(0);
    assertThat(notification.path("level").asString()).isEqualTo("error");
    assertThat(notification.path("message").path("text").asString())
        .isEqualTo(missing + ": cannot read: no such file");
  }

  @Test
  void aValidReport_isARunWithoutResults() throws IOException {
    Path valid = dir.resolve("valid.json");
    ReportJson.create().write(ReportFixtures.minimalValid(), valid);

    FazhiCommandTest.Run run = fazhi("validate", "--format", "sarif", valid.toString());

    assertThat(run.status()).isEqualTo(Fazhi.OK);
    JsonNode runNode = MAPPER.readTree(run.out()).path("runs").path(0);
    assertThat(runNode.has("results")).isFalse();
    assertThat(runNode.path("invocations").path(0).path("executionSuccessful").asBoolean())
        .isTrue();
  }

  @Test
  void aRelativePath_isARelativeUri_percentEncoded() {
    assertThat(SarifLog.uri(Path.of("县 报告", "甲.json")))
        .isEqualTo("%E5%8E%BF%20%E6%8A%A5%E5%91%8A/%E7%94%B2.json");
  }
}
