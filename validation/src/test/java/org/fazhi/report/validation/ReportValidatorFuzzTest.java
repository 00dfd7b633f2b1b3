package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.json.ReportJsonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz targets of the validator: whatever {@link ReportJson} reads, {@link ReportValidator}
 * validates without throwing, and every finding renders its message — the findings are the output,
 * an exception is a bug.
 *
 * <p>Raw bytes mostly stop at the reader; so a second target mutates real, valid reports the way a
 * hand editor or a buggy exporter would (see {@link JsonMutations}), and most of what it makes
 * reads and reaches the rules.
 *
 * <p>In a normal build each target runs once per seed under {@code
 * src/test/resources/org/fazhi/report/validation/ReportValidatorFuzzTestInputs/}, which also holds
 * every crash the fuzzer found; {@code JAZZER_FUZZ=1} fuzzes one target (see {@code
 * docs/testing.md}).
 */
class ReportValidatorFuzzTest {
  private static final ReportJson READER = ReportJson.create();
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The valid reports the structured target starts from: Yanggao's and the conformance set's. */
  private static final List<JsonNode> BASES =
      List.of(
          tree("ReportValidatorFuzzTestInputs/yanggao-2024.json"),
          tree("ReportValidatorFuzzTestInputs/every-property.json"),
          tree("/conformance/yanggao-statistics.json"),
          tree("/conformance/delegated-powers-yanggao.json"),
          tree("/conformance/emergencies.json"),
          tree("/conformance/decision-catalog.json"),
          tree("/conformance/breakdowns.json"),
          tree("/conformance/outline-gaps.json"));

  @FuzzTest(maxDuration = "30s")
  void validatingWhateverReadsFromBytes_neverThrows(byte[] data) {
    read(data).ifPresent(ReportValidatorFuzzTest::assertValidates);
  }

  @FuzzTest(maxDuration = "30s")
  void validatingMutatedRealReports_neverThrows(FuzzedDataProvider data) {
    JsonNode tree = BASES.get(data.consumeInt(0, BASES.size() - 1)).deepCopy();
    int mutations = data.consumeInt(1, 4);
    for (int i = 0; i < mutations; i++) {
      tree = JsonMutations.mutate(tree, data);
    }
    read(JSON.writeValueAsBytes(tree)).ifPresent(ReportValidatorFuzzTest::assertValidates);
  }

  private static Optional<Report> read(byte[] json) {
    try {
      return Optional.of(READER.read(new ByteArrayInputStream(json), "fuzz.json"));
    } catch (ReportJsonException e) {
      return Optional.empty();
    }
  }

  private static void assertValidates(Report report) {
    ValidationResult result = VALIDATOR.validate(report);
    assertThat(result.getFindings())
        .as("the facade's walk finds what the engine finds")
        .isEqualTo(VALIDATOR.validateByEngine(report).getFindings());
    for (Finding finding : result.getFindings()) {
      assertThat(finding.getPointer()).matches("(?s)(/.*)?");
      assertThat(finding.getMessage()).isNotBlank();
      assertThat(finding.getMessage(Locale.ENGLISH)).isNotBlank();
    }
    assertThat(result.isValid()).isEqualTo(result.getErrors().isEmpty());
  }

  private static JsonNode tree(String resource) {
    try (InputStream in = ReportValidatorFuzzTest.class.getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
