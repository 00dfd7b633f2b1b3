package org.fazhi.report.testing;

import static org.fazhi.report.testing.Figures.between;
import static org.fazhi.report.testing.RuleBreakers.putting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fazhi.report.Report;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.GeoPoint;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.Series;
import org.fazhi.report.facts.SeriesPoint;
import org.fazhi.report.facts.StatedChange;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.NumberingStyle;
import org.fazhi.report.outline.Section;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.validation.Rule;

/** Breaks the rules of the outline, of dates across the report, of emergencies and of facts. */
final class DocumentBreakers {
  private DocumentBreakers() {}

  private static final Concept RECEIVED = Concept.of("reconsideration.received");
  private static final String RECEIVED_LABEL = "收到行政复议申请";

  static void addTo(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    breakers.put(
        Rule.OUTLINE_STATUTORY_PART_MISSING,
        putting(
            between(0, 4), (report, i) -> section(report, i, s -> s.withPart(Optional.empty()))));
    breakers.put(
        Rule.OUTLINE_NUMBERING_NOT_CONTIGUOUS,
        putting(between(1, 4), DocumentBreakers::skipNumber));
    breakers.put(
        Rule.REPORT_SECTION_REFERENCE_MISSING,
        putting(between(1, 20), DocumentBreakers::pointPastTheOutline));
    breakers.put(
        Rule.REPORT_FACT_STATED_TWICE_DISAGREES,
        putting(
            Combinators.combine(Figures.upTo(Figures.MAX), between(1, 100)).as(List::of),
            (report, n) -> restate(report, n.get(0), n.get(0) + n.get(1))));
    breakers.put(
        Rule.REPORT_INDICATOR_DUPLICATE,
        putting(
            Figures.upTo(Figures.MAX),
            (report, n) ->
                report.withIndicators(
                    concat(
                        concat(report.getIndicators(), Indicator.of("重复指标", n + "项")),
                        Indicator.of("重复指标", n + "项")))));
    breakers.put(
        Rule.REPORT_EMERGENCY_AFTER_DOCUMENT_DATE,
        putting(
            between(1, 60),
            (report, days) ->
                addEmergency(
                    report, report.getMetadata().getDocumentDate().orElseThrow().plusDays(days))));
    breakers.put(
        Rule.REPORT_EMERGENCY_OUTSIDE_PERIOD,
        putting(
            between(1, 365),
            (report, days) ->
                addEmergency(
                    report,
                    report.getMetadata().getPeriod().orElseThrow().getStart().minusDays(days))));
    breakers.put(
        Rule.REPORT_TRAINING_AFTER_DOCUMENT_DATE,
        putting(
            between(1, 60),
            (report, days) ->
                report.withEnforcement(
                    report
                        .getEnforcement()
                        .withTraining(
                            TrainingActivity.builder()
                                .title("法治培训")
                                .addDate(
                                    report
                                        .getMetadata()
                                        .getDocumentDate()
                                        .orElseThrow()
                                        .plusDays(days))
                                .build()))));
    breakers.put(
        Rule.CHANGE_DISAGREES_WITH_VALUES,
        putting(
            Combinators.combine(between(1, Figures.MAX), between(1, Figures.MAX), between(10, 500))
                .as(List::of),
            (report, n) -> misstateGrowth(report, n.get(0), n.get(0) + n.get(1), n.get(2))));
    emergencies(breakers);
  }

  private static void emergencies(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    Arbitrary<Integer> past = between(1, 2000);
    Arbitrary<Boolean> above = Arbitraries.of(true, false);
    breakers.put(
        Rule.EMERGENCY_MAGNITUDE_OUT_OF_RANGE,
        quake(
            past,
            above,
            (excess, high) ->
                Emergency.builder().magnitude(beyond(high ? "10" : "-5", excess, high))));
    breakers.put(
        Rule.EMERGENCY_DEPTH_OUT_OF_RANGE,
        quake(
            past,
            above,
            (excess, high) ->
                Emergency.builder().depthKilometres(beyond(high ? "800" : "-10", excess, high))));
    breakers.put(
        Rule.EMERGENCY_LATITUDE_OUT_OF_RANGE,
        quake(
            past,
            above,
            (excess, high) ->
                Emergency.builder()
                    .epicenter(
                        GeoPoint.of(
                            beyond(high ? "90" : "-90", excess, high).toPlainString(), "113.78"))));
    breakers.put(
        Rule.EMERGENCY_LONGITUDE_OUT_OF_RANGE,
        quake(
            past,
            above,
            (excess, high) ->
                Emergency.builder()
                    .epicenter(
                        GeoPoint.of(
                            "40.12",
                            beyond(high ? "180" : "-180", excess, high).toPlainString()))));
    breakers.put(
        Rule.EMERGENCY_EARTHQUAKE_FIGURES_ON_OTHER_KIND,
        putting(
            Combinators.combine(
                    Arbitraries.of(EmergencyKind.class).filter(k -> k != EmergencyKind.EARTHQUAKE),
                    between(10, 90))
                .as(
                    (kind, magnitude) ->
                        Emergency.builder()
                            .kind(kind)
                            .magnitude(BigDecimal.valueOf(magnitude, 1))
                            .build()),
            (report, emergency) ->
                report.withEmergencies(concat(report.getEmergencies(), emergency))));
  }

  /** {@code bound} passed by {@code excess} hundredths, upwards or downwards. */
  private static BigDecimal beyond(String bound, int excess, boolean upwards) {
    BigDecimal step = BigDecimal.valueOf(excess, 2);
    return upwards ? new BigDecimal(bound).add(step) : new BigDecimal(bound).subtract(step);
  }

  private static Arbitrary<UnaryOperator<Report>> quake(
      Arbitrary<Integer> excesses,
      Arbitrary<Boolean> upwards,
      BiFunction<Integer, Boolean, Emergency.Builder> figures) {
    return putting(
        Combinators.combine(excesses, upwards).as(figures::apply),
        (report, builder) ->
            report.withEmergencies(
                concat(report.getEmergencies(), builder.kind(EmergencyKind.EARTHQUAKE).build())));
  }

  private static Report section(Report report, int index, UnaryOperator<Section> change) {
    List<Section> sections = new ArrayList<>(report.getOutline().getSections());
    sections.set(index, change.apply(sections.get(index)));
    return report.withOutline(report.getOutline().withSections(sections));
  }

  /** Numbers the top-level sections from {@code from} on one further: 一、二、四、五、六、. */
  private static Report skipNumber(Report report, int from) {
    Report skipped = report;
    for (int i = from; i < report.getOutline().getSections().size(); i++) {
      skipped =
          section(
              skipped,
              i,
              s ->
                  s.withNumbering(
                      Numbering.of(
                          NumberingStyle.CHINESE,
                          s.getNumbering().orElseThrow().getOrdinal() + 1)));
    }
    return skipped;
  }

  private static Report pointPastTheOutline(Report report, int beyond) {
    SectionId missing = SectionId.of(report.getOutline().getSections().size() + beyond);
    Reconsideration block =
        report.getStatistics().getReconsideration().orElse(Reconsideration.builder().build());
    return Figures.with(report, block.withSection(missing));
  }

  /** Received {@code received} in the block, and an indicator restating it as {@code other}. */
  private static Report restate(Report report, long received, long other) {
    Indicator restated =
        Indicator.builder()
            .label(RECEIVED_LABEL)
            .quantity(Quantity.parse(other + "件"))
            .concept(RECEIVED)
            .build();
    return Figures.with(report, Reconsideration.builder().received(Figures.count(received)).build())
        .withIndicators(concat(report.getIndicators(), restated));
  }

  /**
   * Received {@code current} this year and {@code base} the year before, with a stated growth
   * {@code error} tenths of a percent above the true one.
   */
  private static Report misstateGrowth(Report report, long base, long current, int error) {
    BigDecimal growth = Figures.percent(current - base, base, 1).add(BigDecimal.valueOf(error, 1));
    int year = report.getMetadata().getReportingYear().orElseThrow();
    return Figures.with(report, Reconsideration.builder().received(Figures.count(current)).build())
        .withSeries(
            Series.builder()
                .label(RECEIVED_LABEL)
                .concept(RECEIVED)
                .addPoint(SeriesPoint.of(year - 1, base + "件"))
                .build())
        .withChanges(
            StatedChange.of(
                RECEIVED,
                Change.parse("同比增长" + growth.setScale(1, RoundingMode.UNNECESSARY) + "%")));
  }

  private static Report addEmergency(Report report, LocalDate on) {
    Emergency flood =
        Emergency.builder()
            .kind(EmergencyKind.FLOOD)
            .occurredAt(OffsetDateTime.of(on, LocalTime.NOON, ZoneOffset.ofHours(8)))
            .build();
    return report.withEmergencies(concat(report.getEmergencies(), flood));
  }

  private static <T> List<T> concat(List<T> list, T more) {
    List<T> all = new ArrayList<>(list);
    all.add(more);
    return all;
  }
}
