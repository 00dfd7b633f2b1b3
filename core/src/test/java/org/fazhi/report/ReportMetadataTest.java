package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.fazhi.report.json.ReportJson;
import org.junit.jupiter.api.Test;

class ReportMetadataTest {
  private static final String TITLE = "阳高县2024年法治政府建设年度报告";

  private static ReportingPeriod period(String start, String end) {
    return ReportingPeriod.of(LocalDate.parse(start), LocalDate.parse(end));
  }

  /** Written as JSON and read back through {@link ReportJson}. */
  private static ReportMetadata roundTrip(ReportMetadata metadata) {
    ReportJson json = ReportJson.create();
    return json.read(json.write(ReportFixtures.MINIMAL.withMetadata(metadata))).getMetadata();
  }

  // ---- the year and the period

  @Test
  void yearOnly_coversTheWholeYear() {
    ReportMetadata metadata = ReportMetadata.builder().title(TITLE).reportingYear(2024).build();
    assertThat(metadata.getReportingYear()).hasValue(2024);
    assertThat(metadata.getPeriod()).contains(ReportingPeriod.ofYear(2024));
  }

  @Test
  void periodWithinOneYear_givesTheYear() {
    ReportMetadata halfYear =
        ReportMetadata.builder()
            .title("阳高县2024年上半年法治政府建设情况")
            .period(period("2024-01-01", "2024-06-30"))
            .build();
    assertThat(halfYear.getReportingYear()).hasValue(2024);
    assertThat(halfYear.getPeriod()).contains(period("2024-01-01", "2024-06-30"));
  }

  @Test
  void periodOfOneDay_givesItsYear() {
    ReportMetadata metadata =
        ReportMetadata.builder().title(TITLE).period(period("2023-12-31", "2023-12-31")).build();
    assertThat(metadata.getReportingYear()).hasValue(2023);
  }

  @Test
  void periodOverSeveralYears_givesNoYear() {
    ReportMetadata term =
        ReportMetadata.builder()
            .title("阳高县2021—2025年法治政府建设情况")
            .period(period("2021-01-01", "2025-12-31"))
            .build();
    assertThat(term.getReportingYear()).isEmpty();
    assertThat(term.getPeriod()).contains(period("2021-01-01", "2025-12-31"));
  }

  @Test
  void periodAcrossTheTurnOfAYear_givesNoYear() {
    ReportMetadata metadata =
        ReportMetadata.builder().title(TITLE).period(period("2023-07-01", "2024-06-30")).build();
    assertThat(metadata.getReportingYear()).isEmpty();
  }

  @Test
  void yearAndPeriod_areKeptAsGiven_evenWhenTheyDisagree() {
    ReportMetadata metadata =
        ReportMetadata.builder()
            .title(TITLE)
            .reportingYear(2024)
            .period(period("2023-01-01", "2023-12-31"))
            .build();
    assertThat(metadata.getReportingYear()).hasValue(2024);
    assertThat(metadata.getPeriod()).contains(ReportingPeriod.ofYear(2023));
  }

  @Test
  void neither_buildsWithBothEmpty() {
    ReportMetadata release = ReportMetadata.builder().title("阳高县司法局统计公报").build();
    assertThat(release.getReportingYear()).isEmpty();
    assertThat(release.getPeriod()).isEmpty();
  }

  @Test
  void reportingYear_hasFourDigits() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportMetadata.builder().title(TITLE).reportingYear(999).build())
        .withMessage("a reporting year has four digits: 999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ReportMetadata.builder().title(TITLE).reportingYear(10000).build())
        .withMessage("a reporting year has four digits: 10000");
  }

  @Test
  void derivation_isStable_underCopies() {
    ReportMetadata derived =
        ReportMetadata.builder().title(TITLE).period(period("2024-01-01", "2024-06-30")).build();
    assertThat(derived.withTitle("阳高县2024年上半年报告").getReportingYear()).hasValue(2024);
    assertThat(derived.withPeriod(ReportingPeriod.ofYear(2024)).getReportingYear()).hasValue(2024);
  }

  // ---- the JSON form, through ReportJson

  @Test
  void json_yearOnly_isWrittenWithItsPeriod_andReadBack() {
    ReportMetadata metadata = ReportMetadata.builder().title(TITLE).reportingYear(2024).build();
    String json = ReportJson.create().write(ReportFixtures.MINIMAL.withMetadata(metadata));
    assertThat(json)
        .contains(
            "    \"reportingYear\": 2024,\n"
                + "    \"period\": {\n"
                + "      \"start\": \"2024-01-01\",\n"
                + "      \"end\": \"2024-12-31\"\n"
                + "    }\n");
    assertThat(roundTrip(metadata)).isEqualTo(metadata);
  }

  @Test
  void json_periodWithinOneYear_readWithoutYear_givesTheYear() {
    ReportMetadata read =
        ReportJson.create()
            .read(
                "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\", \"period\":"
                    + " {\"start\": \"2024-01-01\", \"end\": \"2024-06-30\"}}}")
            .getMetadata();
    assertThat(read.getReportingYear()).hasValue(2024);
  }

  @Test
  void json_periodOverSeveralYears_isWrittenWithoutYear_andReadBack() {
    ReportMetadata term =
        ReportMetadata.builder().title(TITLE).period(period("2021-01-01", "2025-12-31")).build();
    String json = ReportJson.create().write(ReportFixtures.MINIMAL.withMetadata(term));
    assertThat(json).doesNotContain("reportingYear");
    assertThat(roundTrip(term)).isEqualTo(term);
  }

  @Test
  void json_neither_isWrittenWithNeither_andReadBack() {
    ReportMetadata release = ReportMetadata.builder().title("阳高县司法局统计公报").build();
    String json = ReportJson.create().write(ReportFixtures.MINIMAL.withMetadata(release));
    assertThat(json)
        .contains("  \"metadata\": {\n    \"title\": \"阳高县司法局统计公报\"\n  },\n")
        .doesNotContain("reportingYear")
        .doesNotContain("period");
    assertThat(roundTrip(release)).isEqualTo(release);
  }
}
