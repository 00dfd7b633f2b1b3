package org.fazhi.report.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.Fact;
import org.fazhi.report.facts.FigureType;
import org.fazhi.report.figure.Count;

/**
 * The rates of a roll-up, recomputed from added counts and never averaged: a city's loss rate is
 * its counties' cases lost over their cases concluded, not the mean of their loss rates.
 *
 * <p>Each rate has one definition, the one the rules check a published rate against ({@code
 * rate.disagrees-with-block-counts}, the usual basis of {@code rate.disagrees-with-stated-basis}):
 * its numerator and denominator as sums of concepts. For each input they come from the block's
 * counts or, failing those, from the counts the rate itself states (85.7%(6/7)). A rate the catalog
 * does not define is recomputed only from the counts every input states with it. One input without
 * either leaves the rate out, naming the input: a rate of the others would pass for the whole.
 */
final class RecomputedRates {
  /** Numerator and denominator concepts, each a sum; a denominator may be given two ways. */
  private record Definition(List<String> numerator, List<List<String>> denominators) {}

  private static final Map<String, Definition> DEFINITIONS =
      Map.ofEntries(
          define(
              "reconsideration.closure-rate",
              "reconsideration.closed",
              List.of("reconsideration.handled"),
              List.of("reconsideration.accepted", "reconsideration.carried-over")),
          define(
              "reconsideration.mediation-rate",
              "reconsideration.outcome.mediated",
              List.of("reconsideration.closed")),
          define(
              "litigation.head-appearance-rate",
              "litigation.head-appearances",
              List.of("litigation.hearings")),
          define("litigation.win-rate", "litigation.won", List.of("litigation.concluded")),
          define("litigation.loss-rate", "litigation.lost", List.of("litigation.concluded")),
          define(
              "litigation.concluded-rate",
              "litigation.concluded",
              List.of("litigation.cases", "litigation.carried-over")),
          define("mediation.success-rate", "mediation.settled", List.of("mediation.mediated")),
          define(
              "public-legal-services.completion-rate",
              "public-legal-services.services",
              List.of("public-legal-services.target")),
          define(
              "normative-documents.filing-rate",
              "normative-documents.filed",
              List.of("normative-documents.issued")),
          define(
              "normative-documents.timely-filing-rate",
              "normative-documents.filed-on-time",
              List.of("normative-documents.filed")),
          define(
              "delegated-powers.cut-rate",
              "delegated-powers.cut",
              List.of("delegated-powers.granted")));

  private RecomputedRates() {}

  /** One input's numerator and denominator of a rate. */
  private record Terms(Range numerator, Range denominator) {}

  /** A rate of the totals, or why there is none. */
  record Row(
      Concept rate,
      String definition,
      Optional<Range> numerator,
      Optional<Range> denominator,
      List<String> lacking) {

    /** The percent, two decimals, when numerator and denominator are exact and not zero. */
    Optional<BigDecimal> percent() {
      if (!lacking.isEmpty()
          || numerator.filter(Range::isExact).isEmpty()
          || denominator.filter(Range::isExact).filter(d -> d.lower().signum() > 0).isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          numerator
              .get()
              .lower()
              .multiply(BigDecimal.valueOf(100))
              .divide(denominator.get().lower(), 2, RoundingMode.HALF_UP));
    }

    /**
     * {@code 12.50}; {@code 10.00~14.29} from approximate counts; empty when there is none or the
     * counts leave it open on both sides.
     */
    String text() {
      if (percent().isPresent()) {
        return percent().get().toPlainString();
      }
      if (!lacking.isEmpty() || numerator.isEmpty() || denominator.isEmpty()) {
        return "";
      }
      Range n = numerator.get();
      Range d = denominator.get();
      Optional<String> low = d.upper().filter(u -> u.signum() > 0).map(u -> percent(n.lower(), u));
      Optional<String> high =
          n.upper().filter(u -> d.lower().signum() > 0).map(u -> percent(u, d.lower()));
      if (low.isEmpty() && high.isEmpty()) {
        return "";
      }
      return low.orElse("0") + "~" + high.orElse("");
    }

    private static String percent(BigDecimal n, BigDecimal d) {
      return n.multiply(BigDecimal.valueOf(100)).divide(d, 2, RoundingMode.HALF_UP).toPlainString();
    }
  }

  /** Every rate any input gives or the totals can define, in catalog order. */
  static List<Row> of(List<Totals.Named> inputs) {
    List<Row> rows = new ArrayList<>();
    for (Concept concept : Concept.catalog()) {
      if (concept.type() != FigureType.RATE || !concept.isSingle()) {
        continue;
      }
      Definition definition = DEFINITIONS.get(concept.id());
      boolean stated = inputs.stream().anyMatch(i -> fact(i, concept.id()).isPresent());
      if (definition == null && !stated) {
        continue;
      }
      Row row = recompute(concept, definition, inputs);
      if (stated || row.numerator().isPresent()) {
        rows.add(row);
      }
    }
    return List.copyOf(rows);
  }

  private static Row recompute(Concept rate, Definition definition, List<Totals.Named> inputs) {
    Range numerator = Range.ZERO;
    Range denominator = Range.ZERO;
    List<String> lacking = new ArrayList<>();
    for (Totals.Named input : inputs) {
      Optional<Terms> terms =
          Optional.ofNullable(definition)
              .flatMap(d -> blockTerms(input, d))
              .or(() -> statedTerms(input, rate.id()));
      if (terms.isEmpty()) {
        lacking.add(input.name());
        continue;
      }
      numerator = numerator.plus(terms.get().numerator());
      denominator = denominator.plus(terms.get().denominator());
    }
    boolean complete = lacking.isEmpty();
    return new Row(
        rate,
        definition == null ? "its stated counts" : text(definition),
        complete ? Optional.of(numerator) : Optional.empty(),
        complete ? Optional.of(denominator) : Optional.empty(),
        List.copyOf(lacking));
  }

  private static Optional<Terms> blockTerms(Totals.Named input, Definition definition) {
    Optional<Range> numerator = sum(input, definition.numerator());
    Optional<Range> denominator = Optional.empty();
    for (List<String> way : definition.denominators()) {
      denominator = denominator.or(() -> sum(input, way));
    }
    if (numerator.isEmpty() || denominator.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Terms(numerator.get(), denominator.get()));
  }

  private static Optional<Terms> statedTerms(Totals.Named input, String rate) {
    Optional<Fact> fact = fact(input, rate);
    if (fact.isEmpty()
        || fact.get().getNumerator().isEmpty()
        || fact.get().getDenominator().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Terms(
            range(fact.get().getNumerator().get()), range(fact.get().getDenominator().get())));
  }

  private static Optional<Range> sum(Totals.Named input, List<String> concepts) {
    Range sum = Range.ZERO;
    for (String concept : concepts) {
      Optional<Fact> fact = fact(input, concept).filter(f -> f.getValue().isPresent());
      if (fact.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.plus(Range.of(fact.get()));
    }
    return Optional.of(sum);
  }

  private static Optional<Fact> fact(Totals.Named input, String concept) {
    return input.facts().stream()
        .filter(f -> f.getConcept().id().equals(concept) && f.getScope().isEmpty())
        .findFirst();
  }

  private static Range range(Count count) {
    OptionalLong max = count.maximum();
    return new Range(
        BigDecimal.valueOf(count.minimum().orElse(0)),
        max.isPresent() ? Optional.of(BigDecimal.valueOf(max.getAsLong())) : Optional.empty());
  }

  private static String text(Definition definition) {
    List<String> denominators =
        definition.denominators().stream().map(way -> String.join(" + ", way)).toList();
    return String.join(" + ", definition.numerator()) + " / " + String.join(" or ", denominators);
  }

  private static Map.Entry<String, Definition> define(
      String rate, String numerator, List<String> denominator) {
    return definition(rate, numerator, List.of(denominator));
  }

  private static Map.Entry<String, Definition> define(
      String rate, String numerator, List<String> denominator, List<String> alternative) {
    return definition(rate, numerator, List.of(denominator, alternative));
  }

  /** A definition whose every id is a concept of the catalog: a typo fails at class loading. */
  private static Map.Entry<String, Definition> definition(
      String rate, String numerator, List<List<String>> denominators) {
    Concept.of(rate);
    Concept.of(numerator);
    denominators.forEach(way -> way.forEach(Concept::of));
    return Map.entry(rate, new Definition(List.of(numerator), denominators));
  }
}
