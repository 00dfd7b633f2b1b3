package org.fazhi.report.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.figure.ScopeLevel;
import org.fazhi.report.outline.SectionId;
import org.junit.jupiter.api.Test;

class SeriesTest {
  /** 行政复议纠错率2021年至2023年分别为96.2%、97.5%、98.1%. */
  private static final Series CORRECTION_RATE =
      Series.builder()
          .label("行政复议纠错率")
          .concept(Concept.of("reconsideration.correction-rate"))
          .addPoints(
              SeriesPoint.of(2021, "96.2%"),
              SeriesPoint.of(2022, "97.5%"),
              SeriesPoint.of(2023, "98.1%"))
          .section(SectionId.parse("s1.3"))
          .build();

  // ---- builder()

  @Test
  void builder_keepsThePointsInTheOrderWritten() {
    assertThat(CORRECTION_RATE.getLabel()).isEqualTo("行政复议纠错率");
    assertThat(CORRECTION_RATE.getConcept())
        .contains(Concept.of("reconsideration.correction-rate"));
    assertThat(CORRECTION_RATE.getScope()).isEmpty();
    assertThat(CORRECTION_RATE.getSection()).contains(SectionId.parse("s1.3"));
    assertThat(CORRECTION_RATE.getPoints())
        .extracting(p -> p.getPeriod().getStart().getYear())
        .containsExactly(2021, 2022, 2023);
  }

  @Test
  void builder_acceptsASeriesOfAnotherBodyWithoutConcept() {
    Series province =
        Series.builder()
            .label("全省行政复议案件")
            .scope(Scope.of(ScopeLevel.PROVINCE))
            .addPoints(SeriesPoint.of(2023, "1.2万余件"))
            .build();
    assertThat(province.getConcept()).isEmpty();
    assertThat(province.getScope()).contains(Scope.of(ScopeLevel.PROVINCE));
  }

  @Test
  void builder_acceptsPeriodsThatOverlapButDiffer() {
    Series series =
        Series.builder()
            .label("法律援助案件")
            .addPoints(
                SeriesPoint.of(
                    ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)),
                    Quantity.parse("41件")),
                SeriesPoint.of(2024, "95件"))
            .build();
    assertThat(series.getPoints()).hasSize(2);
  }

  // ---- invariants

  @Test
  void builder_rejectsASeriesWithoutPoints() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Series.builder().label("行政复议纠错率").build())
        .withMessage("a series has at least one point");
  }

  @Test
  void builder_rejectsARepeatedPeriod() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Series.builder()
                    .label("行政复议纠错率")
                    .addPoints(
                        SeriesPoint.of(2022, "97.5%"),
                        SeriesPoint.of(2023, "98.1%"),
                        SeriesPoint.of(2022, "97.6%"))
                    .build())
        .withMessage("a series has one value per period; repeated: 2022-01-01 to 2022-12-31");
  }

  @Test
  void builder_rejectsAConceptOfManyFigures() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Series.builder()
                    .label("划转事项")
                    .concept(Concept.of("indicator"))
                    .addPoints(SeriesPoint.of(2023, "237项"))
                    .build())
        .withMessage("a series is of a concept of one figure, not indicator");
  }

  @Test
  void builder_rejectsABlankLabel() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Series.builder().label(" ").addPoints(SeriesPoint.of(2023, "1件")).build())
        .withMessage("must not be blank (label)");
  }

  // ---- pointFor(ReportingPeriod)

  @Test
  void pointFor_findsThePointOfThePeriod() {
    assertThat(CORRECTION_RATE.pointFor(ReportingPeriod.ofYear(2022)))
        .contains(SeriesPoint.of(2022, "97.5%"));
  }

  @Test
  void pointFor_isEmptyForAnotherPeriod() {
    assertThat(CORRECTION_RATE.pointFor(ReportingPeriod.ofYear(2024))).isEmpty();
    assertThat(
            CORRECTION_RATE.pointFor(
                ReportingPeriod.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 30))))
        .isEmpty();
  }

  // ---- SeriesPoint.of

  @Test
  void point_ofAYearAndAText_isTheWholeYearAndTheQuantity() {
    SeriesPoint point = SeriesPoint.of(2023, "97.5%");
    assertThat(point.getPeriod()).isEqualTo(ReportingPeriod.ofYear(2023));
    assertThat(point.getValue()).isEqualTo(Quantity.parse("97.5%"));
    assertThat(point)
        .isEqualTo(SeriesPoint.of(ReportingPeriod.ofYear(2023), Quantity.parse("97.5%")));
  }
}
