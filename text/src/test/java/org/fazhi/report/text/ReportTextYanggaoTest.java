package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.outline.StatutoryPart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Yanggao County 2024 report, read from its published text (a web copy, ending with the page's
 * QR prompt). The examples module checks the report equals the hand-built one; this test checks
 * what the import says about itself, and pins how many figures went where.
 */
class ReportTextYanggaoTest {
  private static String published;
  private static TextImport imported;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = ReportTextYanggaoTest.class.getResourceAsStream("yanggao-2024.txt")) {
      published = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    imported = ReportText.parse(published);
  }

  @Test
  void rendersBackToThePublishedText_withoutItsFurniture() {
    String withoutFurniture = published.substring(0, published.lastIndexOf('\n') + 1);
    assertThat(ReportText.render(imported.getReport())).isEqualTo(withoutFurniture);
  }

  @Test
  void dropsTheQrPrompt_losesNothingElse_andWarnsOfTheOneFigureWithoutUnit() {
    assertThat(imported.getFurniture()).containsExactly(TextSpan.of("扫一扫在手机上查看当前页面", 59, 1));
    // 其中受理31,办结29件: the 31 has no unit; it is read as the count its words name, and said so
    assertThat(imported.getWarnings())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.getKind()).isEqualTo(ImportWarning.Kind.GUESSED_UNIT);
              assertThat(w.getLine()).hasValue(26);
              assertThat(w.getMessage()).contains("31", "/statistics/reconsideration/accepted");
            });
    assertThat(imported.getUnattachedText()).isEmpty();
    assertThat(imported.getUnplacedFigures()).isEmpty();
    assertThat(imported.isComplete()).isFalse();
  }

  @Test
  void metadata_fromTitleAndSignature() {
    Report report = imported.getReport();
    assertThat(report.getMetadata().getTitle()).isEqualTo("阳高县2024年法治政府建设年度报告");
    assertThat(report.getMetadata().getIssuers())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.getName()).isEqualTo("阳高县人民政府");
              assertThat(i.getKind()).isEqualTo(IssuerKind.PEOPLES_GOVERNMENT);
            });
    assertThat(report.getMetadata().getDocumentDate()).hasValue(LocalDate.of(2024, 12, 3));
    // 今年以来 / 截至目前 in a report dated 3 December: it covers the year so far
    assertThat(report.getMetadata().getPeriod().orElseThrow().getEnd())
        .isEqualTo(LocalDate.of(2024, 12, 3));
    assertThat(report.getMetadata().getDivision().get().getName()).isEqualTo("阳高县");
    assertThat(report.getMetadata().getDivision().get().getLevel()).isEqualTo(DivisionLevel.COUNTY);
  }

  @Test
  void sixParts_leadersDutiesSecond_suggestionsFifth() {
    assertThat(imported.getReport().getOutline().getSections())
        .extracting(s -> s.getPart().orElse(null))
        .containsExactly(
            StatutoryPart.MEASURES_AND_RESULTS, StatutoryPart.LEADERS_DUTIES,
            StatutoryPart.SHORTCOMINGS, StatutoryPart.NEXT_YEAR_ARRANGEMENTS,
            StatutoryPart.SUGGESTIONS, StatutoryPart.OTHER_MATTERS);
  }

  @Test
  void figures_47InTypedBlocks_48Indicators_1Qualifier_noneUnplaced() {
    Map<TextFigure.Placement, Long> counts =
        imported.getFigures().stream()
            .collect(Collectors.groupingBy(TextFigure::getPlacement, Collectors.counting()));
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                TextFigure.Placement.BLOCK, 47L,
                TextFigure.Placement.INDICATOR, 48L,
                TextFigure.Placement.QUALIFIER, 1L));
    assertThat(imported.getReport().getIndicators()).hasSize(48);
  }

  @Test
  void theReconsiderationSentence_fillsItsBlock() {
    assertThat(
            imported.getFigures().stream()
                .filter(f -> f.getLine() == 26)
                .map(f -> f.getText() + " → " + f.getTarget().orElse("")))
        .containsExactly(
            "35件 → /statistics/reconsideration/received",
            "31 → /statistics/reconsideration/accepted",
            "29件 → /statistics/reconsideration/closed",
            "4件 → /statistics/reconsideration/notAccepted",
            "5件 → /statistics/litigation/cases",
            "100% → /statistics/litigation/headAppearanceRate");
  }
}
