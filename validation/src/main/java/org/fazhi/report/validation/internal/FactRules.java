package org.fazhi.report.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.Report;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.Fact;
import org.fazhi.report.facts.FigureType;
import org.fazhi.report.facts.Series;
import org.fazhi.report.facts.StatedChange;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.ChangeDirection;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.validation.Rule;

/**
 * The rules over a report's facts ({@link org.fazhi.report.facts.Facts}): one fact stated twice
 * must agree ({@code report.fact-stated-twice-disagrees}), and a stated change must agree with the
 * figure and its value in the base period ({@code change.disagrees-with-values}).
 */
final class FactRules {
  private FactRules() {}

  /** Whether the report says anything these rules look at: restatements, series or changes. */
  static boolean applies(Report report) {
    return !report.getSeries().isEmpty()
        || !report.getChanges().isEmpty()
        || report.getIndicators().stream()
            .anyMatch(i -> i.getConcept().isPresent() || i.getChange().isPresent());
  }

  /**
   * Facts of one typed concept, over one period, of the issuer's own, with a value, grouped: each
   * group is the statements of one fact, the first one in document order first.
   */
  static void restatements(List<Fact> facts, Checks checks) {
    Map<List<Object>, Fact> first = new LinkedHashMap<>();
    for (Fact fact : facts) {
      if (!fact.getConcept().isSingle()
          || fact.getScope().isPresent()
          || fact.getValue().isEmpty()
          || !comparable(fact)) {
        continue;
      }
      List<Object> key = List.of(fact.getConcept(), fact.getPeriod());
      Fact earlier = first.putIfAbsent(key, fact);
      if (earlier == null) {
        continue;
      }
      Optional<Range> a = Range.of(earlier);
      Optional<Range> b = Range.of(fact);
      if (a.isPresent() && b.isPresent() && a.get().disjoint(b.get())) {
        checks
            .finding(Rule.REPORT_FACT_STATED_TWICE_DISAGREES)
            .at(path(fact.getPointer()))
            .value("concept", fact.getConcept().id())
            .parameter("conceptName", fact.getConcept().chineseName())
            .parameter("conceptNameEn", fact.getConcept().englishName())
            .value("first", earlier.getPointer())
            .value("firstValue", Range.written(earlier))
            .value("value", Range.written(fact))
            .section(fact.getSection())
            .report();
      }
    }
  }

  /** A count concept restated as a count, a rate as a percent: else the two are not compared. */
  private static boolean comparable(Fact fact) {
    FigureType type = fact.getConcept().type();
    boolean percent = Range.isPercent(fact);
    boolean points = fact.getUnit().map(Unit.PERCENTAGE_POINT.getSymbol()::equals).orElse(false);
    return switch (type) {
      case COUNT -> !percent && !points;
      case RATE -> percent;
      default -> false;
    };
  }

  /** Each stated change, of a typed figure or an indicator, against its two values. */
  static void changes(Report report, List<Fact> facts, Checks checks) {
    Optional<ReportingPeriod> period = report.getMetadata().getPeriod();
    List<StatedChange> changes = report.getChanges();
    for (int i = 0; i < changes.size(); i++) {
      StatedChange stated = changes.get(i);
      Concept concept = stated.getConcept();
      Optional<Fact> current =
          facts.stream()
              .filter(f -> f.getConcept().equals(concept) && f.getScope().isEmpty())
              .filter(f -> f.getValue().isPresent() && f.getPeriod().equals(period))
              .findFirst();
      Optional<ReportingPeriod> basePeriod = period.flatMap(p -> base(p, stated.getChange()));
      Optional<Fact> base =
          basePeriod.flatMap(
              p ->
                  facts.stream()
                      .filter(f -> f.getConcept().equals(concept) && f.getScope().isEmpty())
                      .filter(f -> f.getValue().isPresent() && f.getPeriod().equals(Optional.of(p)))
                      .findFirst());
      if (current.isPresent() && base.isPresent()) {
        check(
            stated.getChange(),
            current.get(),
            base.get(),
            basePeriod.get(),
            checks,
            "changes",
            i,
            "change");
      }
    }
    List<Indicator> indicators = report.getIndicators();
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      if (indicator.getChange().isEmpty() || indicator.getConcept().isPresent()) {
        continue;
      }
      String pointer = "/indicators/" + i + "/quantity";
      Optional<Fact> current =
          facts.stream().filter(f -> f.getPointer().equals(pointer)).findFirst();
      Optional<ReportingPeriod> basePeriod =
          indicator.getPeriod().or(() -> period).flatMap(p -> base(p, indicator.getChange().get()));
      if (current.isEmpty() || basePeriod.isEmpty()) {
        continue;
      }
      Optional<Fact> base = seriesPoint(report, facts, indicator.getLabel(), basePeriod.get());
      if (base.isPresent()) {
        check(
            indicator.getChange().get(),
            current.get(),
            base.get(),
            basePeriod.get(),
            checks,
            "indicators",
            i,
            "change");
      }
    }
  }

  /**
   * The fact of the point for {@code period} of a series labelled {@code label}, without concept.
   */
  private static Optional<Fact> seriesPoint(
      Report report, List<Fact> facts, String label, ReportingPeriod period) {
    List<Series> series = report.getSeries();
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      if (s.getConcept().isPresent() || !s.getLabel().equals(label) || s.getScope().isPresent()) {
        continue;
      }
      String prefix = "/series/" + i + "/points/";
      Optional<Fact> point =
          facts.stream()
              .filter(f -> f.getPointer().startsWith(prefix))
              .filter(f -> f.getPeriod().equals(Optional.of(period)))
              .findFirst();
      if (point.isPresent()) {
        return point;
      }
    }
    return Optional.empty();
  }

  /**
   * The base period of a change of a figure over {@code period}: the year before, for 同比 and 较上年 (a
   * whole year for a whole year); none for 环比, whose period the report does not give.
   */
  static Optional<ReportingPeriod> base(ReportingPeriod period, Change change) {
    if (!change.getBase().isPreviousYear()) {
      return Optional.empty();
    }
    LocalDate start = period.getStart().minusYears(1);
    LocalDate end = period.getEnd().minusYears(1);
    return Optional.of(
        period.isWholeYear()
            ? ReportingPeriod.ofYear(start.getYear())
            : ReportingPeriod.of(start, end));
  }

  private static void check(
      Change change,
      Fact current,
      Fact base,
      ReportingPeriod basePeriod,
      Checks checks,
      Object... path) {
    if (change.getDirection() == ChangeDirection.UNCHANGED) {
      return;
    }
    Optional<Range> now = Range.of(current);
    Optional<Range> before = Range.of(base);
    if (now.isEmpty() || before.isEmpty() || Range.isPercent(current) != Range.isPercent(base)) {
      return;
    }
    List<Range> readings = new ArrayList<>();
    List<String> units = new ArrayList<>();
    switch (change.getKind()) {
      case ABSOLUTE -> {
        readings.add(now.get().minus(before.get()));
        units.add("");
      }
      case PERCENTAGE_POINTS -> {
        readings.add(now.get().minus(before.get()));
        units.add(Unit.PERCENTAGE_POINT.getSymbol());
      }
      case RELATIVE -> {
        now.get().percentChangeFrom(before.get()).ifPresent(readings::add);
        units.add("%");
        if (Range.isPercent(current)) {
          // 满意度提高2.5%: percent of the rate, or percentage points; either reading may be meant.
          readings.add(now.get().minus(before.get()));
          units.add(Unit.PERCENTAGE_POINT.getSymbol());
        }
      }
    }
    if (readings.isEmpty()) {
      return;
    }
    for (Range computed : readings) {
      if (agrees(change, computed)) {
        return;
      }
    }
    checks
        .finding(Rule.CHANGE_DISAGREES_WITH_VALUES)
        .at(path)
        .value("change", change.toString())
        .value("current", Range.written(current))
        .value("base", Range.written(base))
        .value("basePeriod", text(basePeriod))
        .value("computed", readings.get(0).text() + units.get(0))
        .section(current.getSection())
        .report();
  }

  /** Whether some value of {@code computed} is what the change says. */
  private static boolean agrees(Change change, Range computed) {
    boolean increase = change.getDirection() == ChangeDirection.INCREASE;
    if (change.getAmount().isEmpty()) {
      return increase
          ? computed.hi() == null || computed.hi().signum() > 0
          : computed.lo() == null || computed.lo().signum() < 0;
    }
    Range amount = Range.amount(change.getAmount().get(), change.getKind() == Change.Kind.ABSOLUTE);
    Range signed = increase ? amount : amount.negate();
    return !signed.disjoint(computed);
  }

  private static String text(ReportingPeriod period) {
    return period.isWholeYear()
        ? period.getStart().getYear() + "年"
        : period.getStart() + "至" + period.getEnd();
  }

  /** The path elements of a JSON Pointer to a list element's property: indices as integers. */
  private static Object[] path(String pointer) {
    List<Object> elements = new ArrayList<>();
    for (String segment : pointer.substring(1).split("/")) {
      String name = segment.replace("~1", "/").replace("~0", "~");
      elements.add(name.chars().allMatch(Character::isDigit) ? Integer.valueOf(name) : name);
    }
    return elements.toArray();
  }
}
