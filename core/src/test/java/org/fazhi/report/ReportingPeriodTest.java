package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  // ---- of(LocalDate, LocalDate)

  @Test
  void of_keepsBothDays() {
    ReportingPeriod period =
        ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 30));
    assertThat(period.getStart()).isEqualTo("2024-01-01");
    assertThat(period.getEnd()).isEqualTo("2024-11-30");
  }

  @Test
  void of_acceptsOneDay() {
    LocalDate day = LocalDate.of(2024, 12, 3);
    assertThat(ReportingPeriod.of(day, day).contains(day)).isTrue();
  }

  @Test
  void of_rejectsEndBeforeStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportingPeriod.of(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 1, 1)))
        .withMessage("a period cannot end (2024-01-01) before it starts (2024-12-31)");
  }

  // ---- ofYear(int), isWholeYear()

  @Test
  void ofYear_isTheWholeCalendarYear() {
    ReportingPeriod year = ReportingPeriod.ofYear(2024);
    assertThat(year)
        .isEqualTo(ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    assertThat(year.isWholeYear()).isTrue();
  }

  @Test
  void isWholeYear_falseForPartOfAYear() {
    assertThat(
            ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 30)).isWholeYear())
        .isFalse();
    assertThat(
            ReportingPeriod.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 12, 31)).isWholeYear())
        .isFalse();
  }

  @Test
  void isWholeYear_falseForMoreThanAYear() {
    assertThat(
            ReportingPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)).isWholeYear())
        .isFalse();
  }

  // ---- contains(LocalDate)

  @Test
  void contains_includesBothEnds() {
    ReportingPeriod period =
        ReportingPeriod.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 30));
    assertThat(period.contains(LocalDate.of(2024, 1, 1))).isTrue();
    assertThat(period.contains(LocalDate.of(2024, 11, 30))).isTrue();
    assertThat(period.contains(LocalDate.of(2024, 6, 15))).isTrue();
    assertThat(period.contains(LocalDate.of(2023, 12, 31))).isFalse();
    assertThat(period.contains(LocalDate.of(2024, 12, 1))).isFalse();
  }

  // ---- the default in ReportMetadata

  @Test
  void metadata_periodDefaultsToTheReportingYear() {
    ReportMetadata metadata =
        ReportMetadata.builder().title("阳高县2024年法治政府建设年度报告").reportingYear(2024).build();
    assertThat(metadata.getPeriod()).contains(ReportingPeriod.ofYear(2024));
  }
}
