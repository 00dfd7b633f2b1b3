package org.fazhi.report.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.GeoPoint;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;

/**
 * Reports whose figures all hold together: the metadata, an outline of the five statutory parts,
 * and any of the blocks of {@link ValidBlocks}, emergencies and indicators. A report covers one
 * whole year, is dated in the first weeks of the next and published by April 1.
 */
final class ValidReports {
  private ValidReports() {}

  /** Real divisions with their GB/T 2260 codes, the name ending in a word of its level or none. */
  private static final List<AdministrativeDivision> DIVISIONS =
      List.of(
          division("阳高县", DivisionLevel.COUNTY, "140221"),
          division("天镇县", DivisionLevel.COUNTY, "140222"),
          division("海淀区", DivisionLevel.COUNTY, "110108"),
          division("大同市", DivisionLevel.PREFECTURE, "140200"),
          division("山西省", DivisionLevel.PROVINCE, "140000"));

  private static final List<String> INDICATOR_LABELS =
      List.of("划转事项", "办结审批服务事项", "普法宣传活动", "法治培训场次", "政务公开信息");

  private static AdministrativeDivision division(String name, DivisionLevel level, String code) {
    return AdministrativeDivision.builder()
        .name(name)
        .level(level)
        .code(DivisionCode.parse(code))
        .build();
  }

  static Arbitrary<Report> reports() {
    return metadata()
        .flatMap(
            metadata ->
                Combinators.combine(
                        outlines(metadata),
                        ValidBlocks.statistics(),
                        ValidBlocks.decisions(),
                        ValidBlocks.enforcement(metadata),
                        ValidBlocks.accountability(),
                        emergencies(metadata).list().ofMaxSize(2),
                        indicators())
                    .as(
                        (outline,
                            statistics,
                            decisions,
                            enforcement,
                            accountability,
                            emergencies,
                            indicators) ->
                            Report.builder()
                                .metadata(metadata)
                                .outline(outline)
                                .statistics(statistics)
                                .decisions(decisions)
                                .enforcement(enforcement)
                                .accountability(accountability)
                                .emergencies(emergencies)
                                .indicators(indicators)
                                .build()));
  }

  static Arbitrary<ReportMetadata> metadata() {
    Arbitrary<Integer> years = Arbitraries.integers().between(2019, 2030);
    return years.flatMap(
        year -> {
          LocalDate newYear = LocalDate.of(year + 1, 1, 1);
          LocalDate deadline = LocalDate.of(year + 1, 4, 1);
          return Combinators.combine(
                  Arbitraries.of(DIVISIONS).optional(0.8),
                  Figures.upTo(80),
                  Figures.upTo(60).optional(0.7))
              .as(
                  (division, dated, publishedAfter) -> {
                    LocalDate documentDate = newYear.plusDays(dated);
                    String issuer = division.map(d -> d.getName()).orElse("某县") + "人民政府";
                    ReportMetadata.Builder metadata =
                        ReportMetadata.builder()
                            .title(issuer.replace("人民政府", "") + year + "年法治政府建设年度报告")
                            .addIssuer(Issuer.of(issuer, IssuerKind.PEOPLES_GOVERNMENT))
                            .division(division)
                            .reportingYear(year)
                            .documentDate(documentDate);
                    publishedAfter.ifPresent(
                        days -> {
                          LocalDate published = documentDate.plusDays(days);
                          metadata.publicationDate(
                              published.isAfter(deadline) ? deadline : published);
                        });
                    return metadata.build();
                  });
        });
  }

  /**
   * The five statutory parts, the first with zero to three subsections (一) (二) (三), signed by the
   * first issuer on the document date.
   */
  static Arbitrary<Outline> outlines(ReportMetadata metadata) {
    LocalDate date = metadata.getDocumentDate().orElseThrow();
    String signedOn =
        date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    String issuer = metadata.getIssuers().get(0).getName();
    return Figures.upTo(3)
        .map(
            children -> {
              Outline outline = ReportFixtures.statutoryOutline(issuer, signedOn);
              Section.Builder first = Section.builder().from(outline.getSections().get(0));
              for (int i = 1; i <= children; i++) {
                first.addChild(
                    Section.builder()
                        .numbering(Numbering.of(NumberingStyle.PARENTHESIZED_CHINESE, i))
                        .heading(Heading.ownLine("重点工作" + i))
                        .addParagraph("本项工作从略。")
                        .build());
              }
              List<Section> sections = new ArrayList<>(outline.getSections());
              sections.set(0, first.build());
              return outline.withSections(sections);
            });
  }

  /** A section of the outline of {@link #outlines()}: one of the five parts. */
  static Arbitrary<SectionId> sections() {
    return Arbitraries.integers().between(1, 5).map(SectionId::of);
  }

  /** An emergency within the year reported on; an earthquake has its figures in range. */
  static Arbitrary<Emergency> emergencies(ReportMetadata metadata) {
    int year = metadata.getReportingYear().orElseThrow();
    LocalDate start = LocalDate.of(year, 1, 1);
    int days = (int) ChronoUnit.DAYS.between(start, LocalDate.of(year, 12, 31));
    Arbitrary<OffsetDateTime> times =
        Combinators.combine(Figures.upTo(days), Figures.upTo(23 * 60 + 59))
            .as(
                (day, minute) ->
                    OffsetDateTime.of(
                        start.plusDays(day),
                        LocalTime.ofSecondOfDay(minute * 60L),
                        ZoneOffset.ofHours(8)));
    Arbitrary<Emergency> quakes =
        Combinators.combine(
                times,
                Figures.between(-50, 100),
                Figures.upTo(800),
                Figures.between(-9000, 9000),
                Figures.between(-18000, 18000))
            .as(
                (time, magnitude, depth, latitude, longitude) ->
                    Emergency.builder()
                        .kind(EmergencyKind.EARTHQUAKE)
                        .occurredAt(time)
                        .magnitude(BigDecimal.valueOf(magnitude, 1))
                        .depthKilometres(BigDecimal.valueOf(depth))
                        .epicenter(
                            GeoPoint.of(
                                BigDecimal.valueOf(latitude, 2).toPlainString(),
                                BigDecimal.valueOf(longitude, 2).toPlainString()))
                        .build());
    Arbitrary<Emergency> others =
        Combinators.combine(
                Arbitraries.of(EmergencyKind.class).filter(k -> k != EmergencyKind.EARTHQUAKE),
                times,
                sections().optional())
            .as(
                (kind, time, section) ->
                    Emergency.builder().kind(kind).occurredAt(time).section(section).build());
    return Arbitraries.oneOf(quakes, others);
  }

  /** Indicators of distinct labels, no concept, none restating a block's figure. */
  static Arbitrary<List<Indicator>> indicators() {
    return Arbitraries.of(INDICATOR_LABELS)
        .set()
        .ofMaxSize(3)
        .flatMap(
            labels ->
                Figures.upTo(Figures.MAX)
                    .list()
                    .ofSize(labels.size())
                    .map(
                        values -> {
                          List<String> ordered = List.copyOf(labels);
                          List<Indicator> indicators = new ArrayList<>();
                          for (int i = 0; i < ordered.size(); i++) {
                            indicators.add(Indicator.of(ordered.get(i), values.get(i) + "项"));
                          }
                          return indicators;
                        }));
  }
}
