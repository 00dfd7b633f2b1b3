package org.fazhi.report.testing;

import static org.fazhi.report.testing.Figures.between;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.validation.Rule;

/**
 * Breaks the rules of the metadata and the administrative division. A change that moves the
 * document date or the period also drops the emergencies and training, whose dates the valid report
 * placed within the old period and before the old document date.
 */
final class MetadataBreakers {
  private MetadataBreakers() {}

  private static final List<String> PROVINCES =
      List.of("11", "13", "14", "15", "22", "32", "37", "41", "44", "51", "53", "61", "65");
  private static final List<String> NO_PROVINCES =
      List.of("10", "16", "19", "24", "29", "38", "40", "47", "55", "60", "66", "70", "83", "99");
  private static final List<String> COUNTIES = List.of("阳高县", "天镇县", "广灵县", "灵丘县", "浑源县");

  static void addTo(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    breakers.put(
        Rule.METADATA_DOCUMENT_DATE_MISSING, changing(m -> m.withDocumentDate(Optional.empty())));
    breakers.put(Rule.METADATA_ISSUERS_MISSING, changing(m -> m.withIssuers(List.of())));
    breakers.put(
        Rule.METADATA_DOCUMENT_DATE_BEFORE_PERIOD_START,
        moving(between(1, 3650), (m, days) -> m.withDocumentDate(start(m).minusDays(days))));
    breakers.put(
        Rule.METADATA_DOCUMENT_DATE_BEFORE_PERIOD_END,
        moving(between(1, 364), (m, days) -> m.withDocumentDate(end(m).minusDays(days))));
    breakers.put(
        Rule.METADATA_PUBLICATION_BEFORE_DOCUMENT_DATE,
        moving(
            between(1, 30),
            (m, days) -> m.withPublicationDate(m.getDocumentDate().orElseThrow().minusDays(days))));
    breakers.put(
        Rule.METADATA_PUBLICATION_AFTER_DEADLINE,
        moving(
            between(1, 365),
            (m, days) -> m.withPublicationDate(LocalDate.of(year(m) + 1, 4, 1).plusDays(days))));
    breakers.put(
        Rule.METADATA_PERIOD_OUTSIDE_REPORTING_YEAR,
        moving(between(1, 5), (m, years) -> m.withPeriod(ReportingPeriod.ofYear(year(m) - years))));
    breakers.put(
        Rule.METADATA_PERIOD_BEYOND_REPORTING_YEAR,
        moving(
            between(1, 60),
            (m, days) -> m.withPeriod(ReportingPeriod.of(start(m), end(m).plusDays(days)))));
    breakers.put(
        Rule.METADATA_PERIOD_PARTIAL_YEAR,
        moving(
            between(1, 300),
            (m, days) -> m.withPeriod(ReportingPeriod.of(start(m), end(m).minusDays(days)))));
    breakers.put(
        Rule.METADATA_PERIOD_MISSING,
        changing(
            m ->
                ReportMetadata.builder()
                    .from(m)
                    .period(Optional.empty())
                    .reportingYear(OptionalInt.empty())
                    .build()));
    division(breakers);
  }

  private static void division(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    Arbitrary<String> counties = Arbitraries.of(COUNTIES);
    Arbitrary<String> twoDigits = between(1, 99).map(n -> String.format("%02d", n));
    breakers.put(
        Rule.DIVISION_CODE_FORMAT,
        dividing(
            Combinators.combine(counties, Arbitraries.of(PROVINCES), twoDigits)
                .as(
                    (name, province, county) ->
                        division(name, DivisionLevel.COUNTY, province + "00" + county))));
    breakers.put(
        Rule.DIVISION_CODE_PROVINCE_UNKNOWN,
        dividing(
            Combinators.combine(counties, Arbitraries.of(NO_PROVINCES), twoDigits, twoDigits)
                .as(
                    (name, province, prefecture, county) ->
                        division(name, DivisionLevel.COUNTY, province + prefecture + county))));
    breakers.put(
        Rule.DIVISION_CODE_LEVEL_MISMATCH,
        dividing(
            Combinators.combine(counties, Arbitraries.of(PROVINCES), twoDigits)
                .as(
                    (name, province, prefecture) ->
                        division(name, DivisionLevel.COUNTY, province + prefecture + "00"))));
    breakers.put(
        Rule.DIVISION_NAME_LEVEL_MISMATCH,
        dividing(
            Combinators.combine(
                    counties,
                    Arbitraries.of(
                        DivisionLevel.PREFECTURE, DivisionLevel.PROVINCE, DivisionLevel.TOWNSHIP))
                .as(
                    (name, level) ->
                        AdministrativeDivision.builder().name(name).level(level).build())));
  }

  private static AdministrativeDivision division(String name, DivisionLevel level, String code) {
    return AdministrativeDivision.builder()
        .name(name)
        .level(level)
        .code(DivisionCode.parse(code))
        .build();
  }

  private static Arbitrary<UnaryOperator<Report>> dividing(
      Arbitrary<AdministrativeDivision> divisions) {
    return changing(divisions, (m, division) -> m.withDivision(division));
  }

  private static Arbitrary<UnaryOperator<Report>> changing(UnaryOperator<ReportMetadata> change) {
    return Arbitraries.just(report -> report.withMetadata(change.apply(report.getMetadata())));
  }

  private static <T> Arbitrary<UnaryOperator<Report>> changing(
      Arbitrary<T> values, BiFunction<ReportMetadata, T, ReportMetadata> change) {
    return values.map(
        value -> report -> report.withMetadata(change.apply(report.getMetadata(), value)));
  }

  /** A change of dates, which also drops the dated emergencies and training. */
  private static <T> Arbitrary<UnaryOperator<Report>> moving(
      Arbitrary<T> values, BiFunction<ReportMetadata, T, ReportMetadata> change) {
    return changing(values, change)
        .map(
            changeMetadata ->
                report ->
                    changeMetadata
                        .apply(report)
                        .withEmergencies(List.of())
                        .withEnforcement(report.getEnforcement().withTraining(List.of())));
  }

  private static int year(ReportMetadata metadata) {
    return metadata.getReportingYear().orElseThrow();
  }

  private static LocalDate start(ReportMetadata metadata) {
    return metadata.getPeriod().orElseThrow().getStart();
  }

  private static LocalDate end(ReportMetadata metadata) {
    return metadata.getPeriod().orElseThrow().getEnd();
  }
}
