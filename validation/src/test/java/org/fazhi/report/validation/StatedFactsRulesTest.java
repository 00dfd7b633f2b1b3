package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.Fixtures.MINIMAL_VALID;
import static org.fazhi.report.validation.Fixtures.S1;
import static org.fazhi.report.validation.Fixtures.reconsiderationReport;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.report.Report;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.Series;
import org.fazhi.report.facts.SeriesPoint;
import org.fazhi.report.facts.StatedChange;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Which statements the rules over facts compare ({@code report.fact-stated-twice-disagrees}, {@code
 * change.disagrees-with-values}), beyond the catalog's cases: a change without an amount, the fact
 * a change is about among others of the same year, the base-year point among several series.
 */
class StatedFactsRulesTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final Concept RECEIVED = Concept.of("reconsideration.received");
  private static final Concept CLOSED = Concept.of("reconsideration.closed");

  private static List<Finding> findings(Report report, Rule rule) {
    return VALIDATOR.validate(report).getFindings(rule);
  }

  private static Series series(String label, Concept concept, SeriesPoint... points) {
    Series.Builder series = Series.builder().label(label).section(S1);
    if (concept != null) {
      series.concept(concept);
    }
    for (SeriesPoint point : points) {
      series.addPoint(point);
    }
    return series.build();
  }

  private static StatedChange change(Concept concept, String change) {
    return StatedChange.builder().concept(concept).change(Change.parse(change)).section(S1).build();
  }

  @Nested
  class ChangesWithoutAmount {
    /** 收到申请 {@code now}件 in 2024, 33件 in 2023, and the change the report states. */
    private Report stated(long now, String change) {
      return reconsiderationReport(r -> r.received(Count.of(now)))
          .withSeries(series("收到行政复议申请", RECEIVED, SeriesPoint.of(2023, "33件")))
          .withChanges(change(RECEIVED, change));
    }

    @Test
    void anIncrease_agreesWithAnyRise() {
      assertThat(findings(stated(34, "同比有所增长"), Rule.CHANGE_DISAGREES_WITH_VALUES)).isEmpty();
    }

    @Test
    void anIncrease_disagreesWithTheSameFigure() {
      List<Finding> found = findings(stated(33, "同比有所增长"), Rule.CHANGE_DISAGREES_WITH_VALUES);

      assertThat(found).hasSize(1);
      assertThat(found.get(0).getPointer()).isEqualTo("/changes/0/change");
      assertThat(found.get(0).getValues())
          .containsEntry("current", FindingValue.of("33"))
          .containsEntry("base", FindingValue.of("33件"))
          .containsEntry("computed", FindingValue.of("0"));
    }

    @Test
    void aDecrease_agreesWithAnyFall() {
      assertThat(findings(stated(32, "同比有所下降"), Rule.CHANGE_DISAGREES_WITH_VALUES)).isEmpty();
    }

    @Test
    void aDecrease_disagreesWithTheSameFigure() {
      List<Finding> found = findings(stated(33, "同比有所下降"), Rule.CHANGE_DISAGREES_WITH_VALUES);

      assertThat(found).hasSize(1);
      assertThat(found.get(0).getValues()).containsEntry("computed", FindingValue.of("0"));
    }
  }

  @Nested
  class WhichFiguresAChangeCompares {
    /**
     * 收到申请50件 and 办结41件 in 2024; series of both for 2023, 收到 first (40件), 办结 33件; the change of 办结
     * is right (41 over 33 is 24.24%), and every other pair of figures is wrong.
     */
    private final Report closedRose =
        reconsiderationReport(r -> r.received(Count.of(50)).closed(Count.of(41)))
            .withSeries(
                series("收到行政复议申请", RECEIVED, SeriesPoint.of(2023, "40件")),
                series("办结行政复议案件", CLOSED, SeriesPoint.of(2023, "33件")))
            .withChanges(change(CLOSED, "同比增长24.2%"));

    @Test
    void theCurrentFigure_isTheConceptsOwn_andTheBase_itsPointOfTheYearBefore() {
      assertThat(findings(closedRose, Rule.CHANGE_DISAGREES_WITH_VALUES)).isEmpty();
    }

    @Test
    void aChangeOfAFigureTheReportDoesNotGiveForTheYear_isNotCompared() {
      Report onlyLastYear =
          MINIMAL_VALID
              .withSeries(series("办结行政复议案件", CLOSED, SeriesPoint.of(2023, "33件")))
              .withChanges(change(CLOSED, "同比增长24.2%"));

      assertThat(findings(onlyLastYear, Rule.CHANGE_DISAGREES_WITH_VALUES)).isEmpty();
    }

    /** 办结行政复议案件 given only in a series, 2023年33件 and 2024年41件, and the change stated. */
    private Report onlyASeries(String change) {
      return MINIMAL_VALID
          .withSeries(
              series("办结行政复议案件", CLOSED, SeriesPoint.of(2023, "33件"), SeriesPoint.of(2024, "41件")))
          .withChanges(change(CLOSED, change));
    }

    @Test
    void aFigureGivenOnlyInASeries_isComparedAsTheReportingYearsPointOverTheYearBefore() {
      assertThat(findings(onlyASeries("同比增长24.2%"), Rule.CHANGE_DISAGREES_WITH_VALUES)).isEmpty();
    }

    @Test
    void aWrongChangeOfAFigureGivenOnlyInASeries_isFound() {
      List<Finding> found = findings(onlyASeries("同比增长30%"), Rule.CHANGE_DISAGREES_WITH_VALUES);

      assertThat(found).hasSize(1);
      assertThat(found.get(0).getPointer()).isEqualTo("/changes/0/change");
      assertThat(found.get(0).getValues())
          .containsEntry("current", FindingValue.of("41件"))
          .containsEntry("base", FindingValue.of("33件"))
          .containsEntry("computed", FindingValue.of("24.2424%"));
    }

    @Test
    void aCountsRelativeChange_isAPercentOfTheBase_neverPercentagePoints() {
      // 41 - 33 = 8: the points reading of 同比增长8% would agree; the count rose 24.2424%.
      Report eightPercent = closedRose.withChanges(change(CLOSED, "同比增长8%"));

      List<Finding> found = findings(eightPercent, Rule.CHANGE_DISAGREES_WITH_VALUES);

      assertThat(found).hasSize(1);
      assertThat(found.get(0).getPointer()).isEqualTo("/changes/0/change");
      assertThat(found.get(0).getValues())
          .containsEntry("change", FindingValue.of("同比增长8%"))
          .containsEntry("current", FindingValue.of("41"))
          .containsEntry("base", FindingValue.of("33件"))
          .containsEntry("computed", FindingValue.of("24.2424%"));
    }

    @Test
    void aWrongChange_isComparedWithTheConceptsOwnFigures() {
      Report wrong = closedRose.withChanges(change(CLOSED, "同比增长30%"));

      List<Finding> found = findings(wrong, Rule.CHANGE_DISAGREES_WITH_VALUES);

      assertThat(found).hasSize(1);
      assertThat(found.get(0).getValues())
          .containsEntry("current", FindingValue.of("41"))
          .containsEntry("base", FindingValue.of("33件"));
    }
  }

  @Nested
  class OverAPartialYear {
    private final ReportingPeriod toNovember =
        ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 30));

    /**
     * A report of 2024-01-01 to 2024-11-30: 收到申请41件; a series of 2023's same months (33件), then of
     * the whole of 2023 (30件); and the change the report states.
     */
    private Report toNovember(String change) {
      return reconsiderationReport(r -> r.received(Count.of(41)))
          .withMetadata(Fixtures.METADATA.withPeriod(toNovember))
          .withSeries(
              series(
                  "收到行政复议申请",
                  RECEIVED,
                  SeriesPoint.of(
                      ReportingPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 11, 30)),
                      Quantity.parse("33件")),
                  SeriesPoint.of(2023, "30件")))
          .withChanges(change(RECEIVED, change));
    }

    @Test
    void aChange_isComparedWithTheSameMonthsOfTheYearBefore_notTheWholeYear() {
      assertThat(findings(toNovember("同比增长24.2%"), Rule.CHANGE_DISAGREES_WITH_VALUES)).isEmpty();
    }

    @Test
    void aWrongChange_namesTheSameMonthsOfTheYearBefore() {
      List<Finding> found = findings(toNovember("同比增长36.7%"), Rule.CHANGE_DISAGREES_WITH_VALUES);

      assertThat(found).hasSize(1);
      assertThat(found.get(0).getPointer()).isEqualTo("/changes/0/change");
      assertThat(found.get(0).getValues())
          .containsEntry("base", FindingValue.of("33件"))
          .containsEntry("basePeriod", FindingValue.of("2023-01-01至2023-11-30"))
          .containsEntry("computed", FindingValue.of("24.2424%"));
    }
  }

  @Nested
  class AnIndicatorsChange {
    /**
     * An indicator 办结审批服务事项22000件 with its change, after a reconsideration block; a series with a
     * concept first (2023: 33件), then the indicator's own series, 2022 before 2023.
     */
    private Report indicatorChanged(String change) {
      return reconsiderationReport(r -> r.received(Count.of(41)))
          .withIndicators(
              Indicator.builder()
                  .label("办结审批服务事项")
                  .quantity(Quantity.parse("22000件"))
                  .change(Change.parse(change))
                  .section(S1)
                  .build())
          .withSeries(
              series("收到行政复议申请", RECEIVED, SeriesPoint.of(2023, "33件")),
              series(
                  "办结审批服务事项",
                  null,
                  SeriesPoint.of(2022, "16000件"),
                  SeriesPoint.of(2023, "20000件")));
    }

    @Test
    void isComparedWithItsOwnQuantity_andItsSeriesPointOfTheYearBefore() {
      assertThat(findings(indicatorChanged("较上年增长10%"), Rule.CHANGE_DISAGREES_WITH_VALUES))
          .isEmpty();
    }

    @Test
    void withoutASeriesOfItsLabel_isNotCompared() {
      Report noSeriesOfItsLabel =
          MINIMAL_VALID
              .withIndicators(
                  Indicator.builder()
                      .label("办结审批服务事项")
                      .quantity(Quantity.parse("22000件"))
                      .change(Change.parse("较上年增长12%"))
                      .section(S1)
                      .build())
              .withSeries(series("受理审批服务事项", null, SeriesPoint.of(2023, "20000件")));

      assertThat(VALIDATOR.validate(noSeriesOfItsLabel).getFindings()).isEmpty();
    }

    @Test
    void aWrongOne_namesItsOwnQuantityAndBase() {
      List<Finding> found =
          findings(indicatorChanged("较上年增长12%"), Rule.CHANGE_DISAGREES_WITH_VALUES);

      assertThat(found).hasSize(1);
      assertThat(found.get(0).getPointer()).isEqualTo("/indicators/0/change");
      assertThat(found.get(0).getValues())
          .containsEntry("current", FindingValue.of("22000件"))
          .containsEntry("base", FindingValue.of("20000件"))
          .containsEntry("computed", FindingValue.of("10%"));
    }
  }

  @Nested
  class Restatements {
    /** 收到申请42件 in the block, and an indicator restating it as {@code restatement}. */
    private Report restated(String restatement) {
      return reconsiderationReport(r -> r.received(Count.of(42)))
          .withIndicators(
              Indicator.builder()
                  .label("收到行政复议申请")
                  .quantity(Quantity.parse(restatement))
                  .concept(RECEIVED)
                  .section(S1)
                  .build());
    }

    @Test
    void aCountRestatedAsAPercent_isNotCompared() {
      assertThat(findings(restated("50%"), Rule.REPORT_FACT_STATED_TWICE_DISAGREES)).isEmpty();
    }

    @Test
    void aCountRestatedInASeriesPointOfTheSameYear_isCompared_withoutAnyChangeOrIndicator() {
      Report report =
          reconsiderationReport(r -> r.received(Count.of(42)))
              .withSeries(series("收到行政复议申请", RECEIVED, SeriesPoint.of(2024, "40件")));

      List<Finding> found = findings(report, Rule.REPORT_FACT_STATED_TWICE_DISAGREES);

      assertThat(found).hasSize(1);
      assertThat(found.get(0).getValues())
          .containsEntry("firstValue", FindingValue.of("42"))
          .containsEntry("value", FindingValue.of("40件"));
    }
  }
}
