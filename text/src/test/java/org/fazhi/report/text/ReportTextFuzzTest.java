package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.report.json.ReportJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz target of the text importer: whatever the input, {@link ReportText#parse(String)} gives an
 * import or fails with the {@link ReportTextException} it documents, with reasons; and an import
 * accounts for every figure it found: each stands where it says in the input, and either went
 * somewhere that exists in the report's JSON form, or is unplaced with the reason; and its outline
 * renders back to the input unless a warning says it does not.
 *
 * <p>In a normal build the target runs once per seed under {@code
 * src/test/resources/org/fazhi/report/text/ReportTextFuzzTestInputs/}, which also holds every crash
 * the fuzzer found; {@code JAZZER_FUZZ=1} fuzzes it (see {@code docs/testing.md}).
 */
class ReportTextFuzzTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @FuzzTest(maxDuration = "30s")
  void parse_givesAnImportThatAccountsForEveryFigure_orAReportTextException(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    TextImport result;
    try {
      result = ReportText.parse(text);
    } catch (ReportTextException e) {
      assertThat(e.getReasons()).isNotEmpty();
      return;
    }
    assertAccountsForEveryFigure(text, result);
    assertRendersBackUnlessWarned(text, result);
  }

  /**
   * The outline renders back to the input's lines, but the furniture and the unattached ones,
   * unless a warning says it does not ({@link ImportWarning.Kind#LAYOUT_NOT_KEPT}).
   */
  static void assertRendersBackUnlessWarned(String text, TextImport result) {
    boolean warned =
        result.getWarnings().stream()
            .anyMatch(
                w ->
                    w.getKind() == ImportWarning.Kind.LAYOUT_NOT_KEPT
                        || w.getKind() == ImportWarning.Kind.TITLE_JOINED);
    if (warned) {
      return;
    }
    String rendered = ReportText.render(result.getReport());
    if (result.getWarnings().stream().anyMatch(w -> w.getKind() == ImportWarning.Kind.NO_TITLE)) {
      rendered = rendered.substring(rendered.indexOf('\n') + 1); // the title made for the text
    }
    assertThat(rendered).isEqualTo(ReportTextRobustnessPropertiesTest.kept(text, result));
  }

  static void assertAccountsForEveryFigure(String text, TextImport result) {
    Map<Integer, SourceText.Line> lines = new HashMap<>();
    SourceText.lines(text).forEach(line -> lines.put(line.number(), line));
    JsonNode report = JSON.readTree(ReportJson.create().write(result.getReport()));
    for (TextFigure figure : result.getFigures()) {
      SourceText.Line line = lines.get(figure.getLine());
      assertThat(line).as("the line of %s", figure).isNotNull();
      int at = figure.getColumn() - line.column();
      assertThat(at).as("the column of %s", figure).isBetween(0, line.text().length());
      assertThat(line.text().substring(at)).as("%s", figure).startsWith(figure.getText());
      if (figure.getPlacement() == TextFigure.Placement.UNPLACED) {
        assertThat(figure.getTarget()).as("%s", figure).isEmpty();
        assertThat(figure.getReason())
            .as("%s", figure)
            .hasValueSatisfying(r -> assertThat(r).isNotBlank());
      } else {
        assertThat(figure.getReason()).as("%s", figure).isEmpty();
        assertThat(figure.getTarget())
            .as("%s", figure)
            .hasValueSatisfying(
                pointer -> assertThat(report.at(pointer).isMissingNode()).as(pointer).isFalse());
      }
    }
    assertThat(result.getUnplacedFigures())
        .hasSize((int) result.count(TextFigure.Placement.UNPLACED));
  }
}
