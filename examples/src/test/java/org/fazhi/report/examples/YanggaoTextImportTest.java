package org.fazhi.report.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.report.Report;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.text.ImportWarning;
import org.fazhi.report.text.ReportText;
import org.fazhi.report.text.TextFigure;
import org.fazhi.report.text.TextImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Yanggao 2024 report read from its published text equals the report built by hand: the same
 * section tree, the same typed blocks, and indicators holding the same figures in the same sections
 * (their labels, in the report's words, are the importer's and the author's own choice of words).
 *
 * <p>What differs, and why it cannot be read from the text: the division's code 140221 and the date
 * it is valid on (the text names 阳高县, never its code). Everything else is equal.
 */
class YanggaoTextImportTest {
  private static TextImport imported;
  private static Report parsed;
  private static final Report BUILT = Yanggao2024.report();

  @BeforeAll
  static void parse() {
    imported = ReportText.parse(PublishedText.asPublished());
    parsed = imported.getReport();
  }

  @Test
  void outline_isTheHandBuiltOne() {
    assertThat(parsed.getOutline()).isEqualTo(BUILT.getOutline());
  }

  @Test
  void caseStatistics_areTheHandBuiltOnes() {
    assertThat(parsed.getStatistics()).isEqualTo(BUILT.getStatistics());
  }

  @Test
  void decisions_areTheHandBuiltOnes() {
    assertThat(parsed.getDecisions()).isEqualTo(BUILT.getDecisions());
  }

  @Test
  void enforcement_isTheHandBuiltOne() {
    assertThat(parsed.getEnforcement()).isEqualTo(BUILT.getEnforcement());
  }

  @Test
  void accountability_isTheHandBuiltOne() {
    assertThat(parsed.getAccountability()).isEqualTo(BUILT.getAccountability());
  }

  @Test
  void emergencies_areTheHandBuiltOnes() {
    assertThat(parsed.getEmergencies()).isEqualTo(BUILT.getEmergencies());
  }

  @Test
  void indicators_holdTheSameFiguresInTheSameSections() {
    assertThat(multiset(parsed.getIndicators())).isEqualTo(multiset(BUILT.getIndicators()));
    assertThat(parsed.getIndicators()).hasSameSizeAs(BUILT.getIndicators());
  }

  @Test
  void metadata_differsOnlyInTheDivisionCode_whichTheTextDoesNotWrite() {
    assertThat(parsed.getMetadata().getDivision()).isPresent();
    assertThat(parsed.getMetadata().getDivision().get().getCode()).isEmpty();
    assertThat(parsed.getMetadata())
        .isEqualTo(
            BUILT
                .getMetadata()
                .withDivision(
                    BUILT
                        .getMetadata()
                        .getDivision()
                        .get()
                        .withCode(java.util.Optional.empty())
                        .withCodeValidOn(java.util.Optional.empty())));
  }

  @Test
  void wholeReport_isTheHandBuiltOne_butForIndicatorLabelsAndTheDivisionCode() {
    Report comparable =
        parsed
            .withMetadata(BUILT.getMetadata())
            .withIndicators(relabel(parsed.getIndicators(), BUILT.getIndicators()));
    assertThat(comparable).isEqualTo(BUILT);
  }

  @Test
  void import_losesNothing_andRendersBackToThePublishedText() {
    assertThat(imported.getUnplacedFigures()).isEmpty();
    assertThat(imported.getUnattachedText()).isEmpty();
    assertThat(imported.getWarnings())
        .extracting(ImportWarning::getKind)
        .containsExactly(ImportWarning.Kind.GUESSED_UNIT); // 其中受理31: no unit written
    assertThat(imported.getFurniture())
        .extracting(s -> s.getText())
        .containsExactly(PublishedText.FURNITURE);
    assertThat(ReportText.render(parsed)).isEqualTo(PublishedText.report());
  }

  @Test
  void everyFigureOfTheImport_pointsAtAValueOfTheReport() {
    Map<TextFigure.Placement, Long> counts =
        imported.getFigures().stream()
            .collect(Collectors.groupingBy(TextFigure::getPlacement, Collectors.counting()));
    assertThat(counts.get(TextFigure.Placement.INDICATOR)).isEqualTo(BUILT.getIndicators().size());
    assertThat(counts).doesNotContainKey(TextFigure.Placement.UNPLACED);
  }

  /** (section, quantity) of each indicator, counted. */
  private static Map<String, Long> multiset(List<Indicator> indicators) {
    return indicators.stream()
        .collect(
            Collectors.groupingBy(
                i -> i.getSection().map(Object::toString).orElse("-") + " " + i.getQuantity(),
                Collectors.counting()));
  }

  /** {@code parsed} in order, each with the label of the built indicator of the same figure. */
  private static List<Indicator> relabel(List<Indicator> parsed, List<Indicator> built) {
    List<Indicator> remaining = new ArrayList<>(built);
    Function<Indicator, String> key =
        i -> i.getSection().map(Object::toString).orElse("-") + " " + i.getQuantity();
    List<Indicator> relabelled = new ArrayList<>();
    for (Indicator indicator : parsed) {
      Indicator match =
          remaining.stream()
              .filter(b -> key.apply(b).equals(key.apply(indicator)))
              .findFirst()
              .orElseThrow();
      remaining.remove(match);
      relabelled.add(indicator.withLabel(match.getLabel()));
    }
    return relabelled;
  }
}
