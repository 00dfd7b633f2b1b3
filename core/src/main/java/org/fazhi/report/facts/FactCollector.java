package org.fazhi.report.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.Report;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Money;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.statistics.CaseStage;

/**
 * Collects the facts of one report, figure by figure, with the pointer and section of each. The
 * walk over the blocks is in {@link BlockFacts}; this class holds the figure kinds and the
 * report-wide parts (indicators, series, stated changes).
 */
final class FactCollector {
  private final Optional<ReportingPeriod> period;
  private final List<Fact> facts = new ArrayList<>();

  FactCollector(Report report) {
    this.period = report.getMetadata().getPeriod();
  }

  List<Fact> collect(Report report) {
    BlockFacts.collect(report, this);
    indicators(report.getIndicators());
    int seriesStart = facts.size();
    series(report.getSeries());
    changes(report.getChanges(), seriesStart);
    return List.copyOf(facts);
  }

  // ---------------------------------------------------------------- figures

  /** A fact of a count of a concept of one figure, at the concept's pointer, if present. */
  void count(String concept, Optional<Count> count, Optional<SectionId> section) {
    count(concept, Concept.of(concept).pointer(), count, section);
  }

  /** A fact of a count, if present. */
  void count(String concept, String pointer, Optional<Count> count, Optional<SectionId> section) {
    count.ifPresent(c -> add(countFact(concept, pointer, c, section)));
  }

  /** A fact of a count told apart by {@code member}. */
  void count(
      String concept,
      String pointer,
      Optional<Count> count,
      String member,
      Optional<SectionId> section) {
    count.ifPresent(c -> add(countFact(concept, pointer, c, section).member(member)));
  }

  /** A fact of a rate, with its stated basis. */
  void rate(
      String concept,
      String pointer,
      Optional<Rate> rate,
      Optional<CaseStage> basis,
      Optional<String> member,
      Optional<SectionId> section) {
    rate.ifPresent(r -> add(rateFact(concept, pointer, r, section).basis(basis).member(member)));
  }

  /** A fact of a rate of a concept of one figure, at the concept's pointer, if present. */
  void rate(String concept, Optional<Rate> rate, Optional<SectionId> section) {
    rate(concept, Concept.of(concept).pointer(), rate, section);
  }

  /** A fact of a rate of a concept of one figure with its stated basis, if present. */
  void rate(
      String concept, Optional<Rate> rate, Optional<CaseStage> basis, Optional<SectionId> section) {
    rate(concept, Concept.of(concept).pointer(), rate, basis, Optional.empty(), section);
  }

  void rate(String concept, String pointer, Optional<Rate> rate, Optional<SectionId> section) {
    rate(concept, pointer, rate, Optional.empty(), Optional.empty(), section);
  }

  /** A fact of an amount of a concept of one figure, at the concept's pointer, if present. */
  void money(String concept, Optional<Money> money, Optional<SectionId> section) {
    money(concept, Concept.of(concept).pointer(), money, section);
  }

  void money(String concept, String pointer, Optional<Money> money, Optional<SectionId> section) {
    money.ifPresent(
        m ->
            add(
                start(concept, pointer, section)
                    .value(m.getAmount())
                    .unit(m.getUnit().symbol())
                    .approximation(m.getApproximation())
                    .lowerBound(m.minimumYuan())
                    .upperBound(m.maximumYuan())));
  }

  void decimal(
      String concept,
      String pointer,
      Optional<BigDecimal> value,
      String unit,
      String member,
      Optional<SectionId> section) {
    value.ifPresent(
        v ->
            add(
                start(concept, pointer, section)
                    .member(member)
                    .value(v)
                    .unit(unit)
                    .lowerBound(v)
                    .upperBound(v)));
  }

  /** The facts of a block's breakdowns: each item's count and share, and each stated total. */
  void breakdowns(
      String block, String pointer, List<Breakdown> breakdowns, Optional<SectionId> section) {
    for (int i = 0; i < breakdowns.size(); i++) {
      Breakdown breakdown = breakdowns.get(i);
      String at = pointer + "/breakdowns/" + i;
      String dimension =
          breakdown.getDimension() == BreakdownDimension.OTHER
              ? breakdown.getLabel().orElseThrow()
              : breakdown.getDimension().name();
      breakdown
          .getTotal()
          .ifPresent(
              total ->
                  add(
                      countFact(block + ".breakdown.total", at + "/total", total, section)
                          .dimension(dimension)
                          .basis(breakdown.getOf())));
      List<BreakdownItem> items = breakdown.getItems();
      for (int j = 0; j < items.size(); j++) {
        BreakdownItem item = items.get(j);
        String itemAt = at + "/items/" + j;
        item.getCount()
            .ifPresent(
                c ->
                    add(
                        countFact(block + ".breakdown.item", itemAt + "/count", c, section)
                            .dimension(dimension)
                            .member(item.getLabel())
                            .basis(breakdown.getOf())));
        item.getShare()
            .ifPresent(
                share ->
                    add(
                        rateFact(block + ".breakdown.item-share", itemAt + "/share", share, section)
                            .dimension(dimension)
                            .member(item.getLabel())
                            .basis(breakdown.getOf())));
      }
    }
  }

  // ---------------------------------------------------------------- report-wide parts

  private void indicators(List<Indicator> indicators) {
    for (int i = 0; i < indicators.size(); i++) {
      Indicator indicator = indicators.get(i);
      Fact.Builder fact =
          quantityFact(
              indicator.getConcept().map(Concept::id).orElse("indicator"),
              "/indicators/" + i + "/quantity",
              indicator.getQuantity(),
              indicator.getSection());
      if (indicator.getConcept().isEmpty()) {
        fact.member(indicator.getLabel());
      }
      indicator.getPeriod().ifPresent(fact::period);
      add(fact.scope(indicator.getScope()).change(indicator.getChange()));
    }
  }

  private void series(List<Series> series) {
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      List<SeriesPoint> points = s.getPoints();
      for (int j = 0; j < points.size(); j++) {
        SeriesPoint point = points.get(j);
        Fact.Builder fact =
            quantityFact(
                s.getConcept().map(Concept::id).orElse("series.point"),
                "/series/" + i + "/points/" + j + "/value",
                point.getValue(),
                s.getSection());
        if (s.getConcept().isEmpty()) {
          fact.member(s.getLabel());
        }
        add(fact.period(point.getPeriod()).scope(s.getScope()));
      }
    }
  }

  /**
   * Each stated change joins the typed figure of its concept — a fact of a block, not an indicator
   * restating it nor a series point — where that has no change yet; a change without such a fact is
   * a fact of its own, without a value, placed where the changes stand in the JSON form: before the
   * series, at {@code seriesStart}.
   */
  private void changes(List<StatedChange> changes, int seriesStart) {
    int next = seriesStart;
    for (int i = 0; i < changes.size(); i++) {
      StatedChange change = changes.get(i);
      int target = -1;
      for (int j = 0; j < facts.size() && target < 0; j++) {
        Fact fact = facts.get(j);
        if (fact.getConcept().equals(change.getConcept())
            && fact.getPointer().equals(change.getConcept().pointer())
            && fact.getChange().isEmpty()) {
          target = j;
        }
      }
      if (target >= 0) {
        facts.set(target, ImmutableFact.copyOf(facts.get(target)).withChange(change.getChange()));
      } else {
        facts.add(
            next++,
            Fact.builder()
                .concept(change.getConcept())
                .pointer("/changes/" + i + "/change")
                .section(change.getSection())
                .period(period)
                .change(change.getChange())
                .build());
      }
    }
  }

  // ---------------------------------------------------------------- building blocks

  private Fact.Builder start(String concept, String pointer, Optional<SectionId> section) {
    return Fact.builder()
        .concept(Concept.of(concept))
        .pointer(pointer)
        .section(section)
        .period(period);
  }

  private Fact.Builder countFact(
      String concept, String pointer, Count count, Optional<SectionId> section) {
    Fact.Builder fact =
        start(concept, pointer, section)
            .value(count.getValue())
            .scale(count.getScale())
            .approximation(count.getApproximation());
    count.minimum().ifPresent(v -> fact.lowerBound(BigDecimal.valueOf(v)));
    count.maximum().ifPresent(v -> fact.upperBound(BigDecimal.valueOf(v)));
    return fact;
  }

  private Fact.Builder rateFact(
      String concept, String pointer, Rate rate, Optional<SectionId> section) {
    return start(concept, pointer, section)
        .value(rate.getPercent())
        .unit(Unit.PERCENT.getSymbol())
        .approximation(rate.getApproximation())
        .lowerBound(rate.minimum())
        .upperBound(rate.maximum())
        .numerator(rate.getNumerator())
        .denominator(rate.getDenominator());
  }

  private Fact.Builder quantityFact(
      String concept, String pointer, Quantity quantity, Optional<SectionId> section) {
    return start(concept, pointer, section)
        .value(quantity.getValue())
        .scale(quantity.getScale())
        .unit(quantity.getUnit().map(Unit::getSymbol))
        .approximation(quantity.getApproximation())
        .lowerBound(quantity.minimum())
        .upperBound(quantity.maximum());
  }

  private void add(Fact.Builder fact) {
    facts.add(fact.build());
  }

  /** The kinds of an outcome group as one member: {@code CHANGED+REVOKED}, {@code +…} when open. */
  static String kinds(Iterable<? extends Enum<?>> kinds, boolean open) {
    StringBuilder text = new StringBuilder();
    for (Enum<?> kind : kinds) {
      text.append(text.length() == 0 ? "" : "+").append(kind.name());
    }
    return open ? text + "+…" : text.toString();
  }

  /** Per-key facts of a map of counts, in key order. */
  <K extends Enum<K>> void counts(
      String prefix, String pointer, Map<K, Count> counts, Optional<SectionId> section) {
    for (Map.Entry<K, Count> entry : counts.entrySet()) {
      count(
          prefix + kebab(entry.getKey()),
          pointer + "/" + entry.getKey().name(),
          Optional.of(entry.getValue()),
          section);
    }
  }

  static String kebab(Enum<?> term) {
    return term.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
