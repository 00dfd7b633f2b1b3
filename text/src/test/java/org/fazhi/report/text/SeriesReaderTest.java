package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.Series;
import org.fazhi.report.facts.SeriesPoint;
import org.fazhi.report.text.Sentences.Read;
import org.fazhi.report.text.TextFigure.Placement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SeriesReaderTest {
  private final Placements placements = new Placements();
  private final SeriesReader reader = new SeriesReader(placements, 2024);

  private Read read(String text) {
    Read read = Sentences.read(text);
    reader.read(read.sentence(), read.topics(), read.primary());
    return read;
  }

  private static List<ReportingPeriod> periods(Series series) {
    return series.getPoints().stream().map(SeriesPoint::getPeriod).toList();
  }

  private static List<String> values(Series series) {
    return series.getPoints().stream().map(p -> p.getValue().toString()).toList();
  }

  private static List<ReportingPeriod> years(int... years) {
    return Arrays.stream(years).mapToObj(ReportingPeriod::ofYear).toList();
  }

  @Nested
  class Periods {
    @Test
    void aRangeOfYears_givesOnePointPerYear_andItsFieldsConcept() {
      Read read = read("2021年至2023年，行政诉讼败诉率分别为6.2%、5.5%、4.1%。");
      assertThat(read.sentence().claimed).containsExactly(true, true, true);
      reader.complete(read.sentence());
      assertThat(reader.series)
          .singleElement()
          .satisfies(
              series -> {
                assertThat(periods(series)).isEqualTo(years(2021, 2022, 2023));
                assertThat(values(series)).containsExactly("6.2%", "5.5%", "4.1%");
                assertThat(series.getLabel()).isEqualTo("行政诉讼败诉率");
                assertThat(series.getConcept()).contains(Concept.of("litigation.loss-rate"));
              });
    }

    @Test
    void aListOfYears_givesThoseYears() {
      Read read = read("2022年和2023年分别办理法律援助案件412件、455件。");
      reader.complete(read.sentence());
      assertThat(reader.series)
          .singleElement()
          .satisfies(
              series -> {
                assertThat(periods(series)).isEqualTo(years(2022, 2023));
                assertThat(values(series)).containsExactly("412件", "455件");
                assertThat(series.getConcept()).contains(Concept.of("legal-aid.handled"));
              });
    }

    @Test
    void quarters_areTheQuartersOfTheReportingYear() {
      Read read = read("1季度和2季度分别受理行政复议案件112件、124件。");
      reader.complete(read.sentence());
      assertThat(reader.series)
          .singleElement()
          .satisfies(
              series -> {
                assertThat(periods(series))
                    .containsExactly(
                        ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
                        ReportingPeriod.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
                assertThat(series.getLabel()).isEqualTo("受理行政复议案件");
                assertThat(series.getConcept()).contains(Concept.of("reconsideration.accepted"));
              });
    }

    @Test
    void chineseQuarters_areReadToo() {
      Read read = read("三季度、四季度分别受理行政复议案件112件、124件。");
      reader.complete(read.sentence());
      assertThat(reader.series)
          .singleElement()
          .satisfies(
              series ->
                  assertThat(periods(series))
                      .containsExactly(
                          ReportingPeriod.of(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)),
                          ReportingPeriod.of(
                              LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31))));
    }

    @Test
    void 第一季度_leavesNo第InTheLabel() {
      Read read = read("第一季度、第二季度分别受理行政复议案件112件、124件。");
      reader.complete(read.sentence());
      assertThat(reader.series).singleElement().extracting(Series::getLabel).isEqualTo("受理行政复议案件");
    }

    @Test
    void 依次_pairsLike分别() {
      Read read = read("2022年、2023年依次为6.2%、5.5%。");
      reader.complete(read.sentence());
      assertThat(reader.series)
          .singleElement()
          .satisfies(series -> assertThat(periods(series)).isEqualTo(years(2022, 2023)));
    }
  }

  @Nested
  class Points {
    @Test
    void everyPoint_isPlacedAsASeriesPoint() {
      Read read = read("2022年和2023年分别办理法律援助案件412件、455件。");
      reader.complete(read.sentence());
      for (int k = 0; k < 2; k++) {
        assertThat(placements.placement(read.sentence(), k))
            .hasValueSatisfying(
                f -> {
                  assertThat(f.getPlacement()).isEqualTo(Placement.SERIES);
                });
      }
      assertThat(placements.placement(read.sentence(), 1).flatMap(TextFigure::getTarget))
          .contains("/series/0/points/1/value");
    }

    @Test
    void withoutOneFigurePerPeriod_thereIsNoSeries_andNoFigureIsClaimed() {
      Read read = read("2021年至2023年，行政诉讼败诉率分别为6.2%、5.5%。");
      assertThat(read.sentence().claimed).containsExactly(false, false);
      reader.complete(read.sentence());
      assertThat(reader.series).isEmpty();
    }

    @Test
    void without分别_yearsAndFiguresAreNoSeries() {
      Read read = read("2021年至2023年行政诉讼败诉率为6.2%、5.5%、4.1%。");
      assertThat(read.sentence().claimed).containsExactly(false, false, false);
      reader.complete(read.sentence());
      assertThat(reader.series).isEmpty();
    }

    @Test
    void aRangeOfTwentyYearsOrMore_isNoSeries() {
      Read read = read("1990年至2023年分别为6.2%、5.5%。");
      assertThat(read.sentence().claimed).containsExactly(false, false);
    }
  }

  @Nested
  class WithoutWordsOfItsOwn {
    @Test
    void aLabelLessSeries_isTheSeriesOfTheFigureBefore_itsLabelAndConcept() {
      Read read = read("调解成功矛盾纠纷1.38万件，2021—2023年分别为1.1万件、1.2万件、1.3万件。");
      assertThat(read.sentence().claimed).containsExactly(false, true, true, true);
      placements.record(read.sentence(), 0, Placement.BLOCK, "/statistics/mediation/settled", null);
      reader.complete(read.sentence());
      assertThat(reader.series)
          .singleElement()
          .satisfies(
              series -> {
                assertThat(series.getLabel()).isEqualTo("调解成功矛盾纠纷");
                assertThat(series.getConcept()).contains(Concept.of("mediation.settled"));
                assertThat(periods(series)).isEqualTo(years(2021, 2022, 2023));
              });
    }

    @Test
    void aLabelLessSeries_afterAFigureWithoutConcept_hasTheLabelOnly() {
      Read read = read("调解成功矛盾纠纷1.38万件，2021—2023年分别为1.1万件、1.2万件、1.3万件。");
      reader.complete(read.sentence());
      assertThat(reader.series)
          .singleElement()
          .satisfies(
              series -> {
                assertThat(series.getLabel()).isEqualTo("调解成功矛盾纠纷");
                assertThat(series.getConcept()).isEmpty();
              });
    }

    @Test
    void aSeriesWithNoWordsAtAll_isLabelledWithItsFirstFigure() {
      Read read = read("2022年、2023年依次为6.2%、5.5%。");
      reader.complete(read.sentence());
      assertThat(reader.series).singleElement().extracting(Series::getLabel).isEqualTo("6.2%");
    }

    @Test
    void inTheImport_theFigureBeforeIsPlacedFirst_soTheSeriesTakesItsConcept() {
      TextImport imported =
          ReportText.parseExcerpt(
              "调解成功矛盾纠纷1.38万件，2021—2023年分别为1.1万件、1.2万件、1.3万件。",
              ExcerptContext.none().withYear(2024));
      assertThat(imported.getReport().getSeries())
          .singleElement()
          .extracting(Series::getConcept)
          .isEqualTo(Optional.of(Concept.of("mediation.settled")));
      assertThat(imported.getFigures())
          .extracting(TextFigure::getPlacement)
          .containsExactly(Placement.BLOCK, Placement.SERIES, Placement.SERIES, Placement.SERIES);
    }
  }

  @Property(tries = 50)
  void aRangeOfYears_hasOnePointPerYear_inOrder(
      @ForAll @IntRange(min = 2000, max = 2020) int from,
      @ForAll @IntRange(min = 1, max = 4) int span) {
    int to = from + span;
    StringBuilder text = new StringBuilder(from + "年至" + to + "年，行政诉讼败诉率分别为");
    for (int k = 0; k <= span; k++) {
      text.append(k == 0 ? "" : "、").append(k + 1).append('%');
    }
    SeriesReader fresh = new SeriesReader(new Placements(), 2024);
    Read read = Sentences.read(text + "。");
    fresh.read(read.sentence(), read.topics(), read.primary());
    fresh.complete(read.sentence());
    assertThat(fresh.series)
        .singleElement()
        .satisfies(
            series -> {
              assertThat(series.getPoints()).hasSize(span + 1);
              for (int k = 0; k <= span; k++) {
                assertThat(series.getPoints().get(k).getPeriod())
                    .isEqualTo(ReportingPeriod.ofYear(from + k));
              }
            });
  }
}
