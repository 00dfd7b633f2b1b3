package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.figure.ChineseNumerals;
import org.fazhi.report.figure.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CumulativePeriodsTest {

  private static ReportingPeriod years(int from, int to) {
    return ReportingPeriod.of(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
  }

  @Test
  void 近三年_isTheThreeYearsEndingInTheReportYear() {
    assertThat(CumulativePeriods.of("近三年共办理法律援助案件", 2024)).contains(years(2022, 2024));
  }

  @Test
  void recentYearsInArabicDigits_or个年_areReadToo() {
    assertThat(CumulativePeriods.of("近5年累计", 2024)).contains(years(2020, 2024));
    assertThat(CumulativePeriods.of("近两个年度", 2024)).contains(years(2023, 2024));
    assertThat(CumulativePeriods.of("近两年", 2024)).contains(years(2023, 2024));
  }

  @Test
  void aRangeOfYears_cumulatedBy累计or共_isThatRange() {
    assertThat(CumulativePeriods.of("2022年至2024年累计办理", 2024)).contains(years(2022, 2024));
    assertThat(CumulativePeriods.of("2021—2023年共", 2024)).contains(years(2021, 2023));
    assertThat(CumulativePeriods.of("2022年至2024年全市共", 2024)).contains(years(2022, 2024));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2022年至2024年办理", // a range not cumulated: a series, not a total
        "2024年至2022年累计", // backwards
        "2024年至2024年累计", // one year
        "近一年", // one year is the report's own
        "近三十年", // too many
        "全年共办理", // no period
        "",
      })
  void otherWords_nameNoPeriodOfSeveralYears(String words) {
    assertThat(CumulativePeriods.of(words, 2024)).isEqualTo(Optional.empty());
  }

  @Property
  void 近N年_isNWholeYearsEndingInTheReportYear(
      @ForAll @IntRange(min = 2, max = 10) int n,
      @ForAll @IntRange(min = 2000, max = 2030) int year) {
    String numeral = ChineseNumerals.format(n);
    Optional<ReportingPeriod> period = CumulativePeriods.of("近" + numeral + "年共", year);
    assertThat(period).contains(years(year - n + 1, year));
    assertThat(CumulativePeriods.of("近" + n + "年共", year)).isEqualTo(period);
  }

  @Test
  void inTheImport_aCumulatedFigure_isAnIndicatorOverItsPeriod() {
    TextImport imported =
        ReportText.parseExcerpt("近三年共办理法律援助案件261件。", ExcerptContext.none().withYear(2024));
    assertThat(imported.getReport().getIndicators())
        .singleElement()
        .satisfies(
            indicator -> {
              assertThat(indicator.getPeriod()).contains(years(2022, 2024));
              assertThat(indicator.getConcept().map(c -> c.id())).contains("legal-aid.handled");
            });
    assertThat(imported.getReport().getStatistics().getLegalAid()).isEmpty();
    assertThat(imported.getReport().getIndicators())
        .extracting(Indicator::getQuantity)
        .extracting(q -> q.getValue().intValue())
        .containsExactly(261);
  }

  @org.junit.jupiter.api.Test
  void aPeriodOpeningTheSentence_governsItsLaterClauses_unlessOneNamesItsOwnYear() {
    String sentence = "近五年来，全县累计办理法律援助案件2416件。";
    org.assertj.core.api.Assertions.assertThat(
            CumulativePeriods.before(sentence, sentence.indexOf("2416"), 2024))
        .hasValue(
            org.fazhi.report.ReportingPeriod.of(
                java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2024, 12, 31)));
    String own = "近三年共办理行政复议案件261件，其中2024年办理98件。";
    org.assertj.core.api.Assertions.assertThat(
            CumulativePeriods.before(own, own.indexOf("98"), 2024))
        .isEmpty();
  }

  @org.junit.jupiter.api.Test
  void marks_findTheFirstPeriodAndEverySingleYear_once() {
    String sentence = "近三年共办理案件261件，其中2024年办理98件，2023年办理90件。";
    CumulativePeriods.Marks marks = CumulativePeriods.Marks.of(sentence);

    org.assertj.core.api.Assertions.assertThat(marks.recent().or(marks::range)).isPresent();
    org.assertj.core.api.Assertions.assertThat(marks.recent())
        .map(CumulativePeriods.Mark::words)
        .hasValue("近三年");
    int year2024 = sentence.indexOf("2024");
    org.assertj.core.api.Assertions.assertThat(marks.namesOneYear(0, year2024 + 5)).isTrue();
    org.assertj.core.api.Assertions.assertThat(marks.namesOneYear(0, year2024 + 4)).isFalse();
    org.assertj.core.api.Assertions.assertThat(marks.namesOneYear(year2024 + 1, sentence.length()))
        .isTrue(); // 2023年
    org.assertj.core.api.Assertions.assertThat(
            marks.namesOneYear(sentence.indexOf("2023") + 1, sentence.length()))
        .isFalse();
  }

  @org.junit.jupiter.api.Test
  void aSentenceWithoutCumulatingWords_hasNoMarks() {
    CumulativePeriods.Marks marks = CumulativePeriods.Marks.of("2024年受理行政复议案件35件。");
    org.assertj.core.api.Assertions.assertThat(marks.recent().or(marks::range)).isEmpty();
    org.assertj.core.api.Assertions.assertThat(
            CumulativePeriods.before(marks, "2024年受理行政复议案件35件。", 13, 2024))
        .isEmpty();
  }
}
