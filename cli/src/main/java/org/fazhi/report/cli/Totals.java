package org.fazhi.report.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.Fact;
import org.fazhi.report.facts.FigureType;

/**
 * The counts and amounts of money of several reports (a city's counties), added figure by figure,
 * by the key that names the same figure in each ({@link YearOverYear#key}).
 *
 * <p>A total is a {@link Range}: the sum of the inputs' lower bounds up to the sum of their upper
 * bounds, so that 700余 in one input keeps the total open upwards. An input that does not give the
 * figure is named in {@link Total#lacking()} and counts as "0 or more": the total of the others is
 * then a lower bound, never presented as the whole.
 *
 * <p>Only additive figures are added: counts and money, of the issuer's own (no {@link
 * Fact#getScope() scope}), with a value. Durations (comment periods in days) are counts but not
 * additive; list-level figures (a duty list's items) are told apart by titles that differ from
 * report to report. Neither is added.
 */
final class Totals {
  private static final Set<String> LIST_DIMENSIONS = Set.of("item", "breakdown", "kinds");

  private Totals() {}

  /** The facts of one input, under the name its rows and messages use. */
  record Named(String name, List<Fact> facts) {}

  /** One figure added over the inputs. */
  record Total(Concept concept, String key, Range range, int given, List<String> lacking) {
    boolean isComplete() {
      return lacking.isEmpty();
    }

    /** {@code 35}, {@code ≥700}, or {@code ≥12 (partial)} when an input lacks the figure. */
    String text() {
      return isComplete() ? range.toString() : range + " (partial)";
    }
  }

  /** Whether {@code fact} is a figure that adds up over divisions. */
  static boolean isAdditive(Fact fact) {
    Concept concept = fact.getConcept();
    boolean kind = concept.type() == FigureType.COUNT || concept.type() == FigureType.MONEY;
    boolean listed = concept.dimension().map(LIST_DIMENSIONS::contains).orElse(true);
    return kind
        && listed
        && !concept.id().endsWith("comment-period-days")
        && fact.getValue().isPresent()
        && fact.getScope().isEmpty();
  }

  /** The totals of every additive figure any input gives, in catalog order. */
  static List<Total> of(List<Named> inputs) {
    List<Map<String, Fact>> keyed = new ArrayList<>();
    Map<String, Concept> keys = new LinkedHashMap<>();
    for (Named input : inputs) {
      Map<String, Fact> facts =
          YearOverYear.keyed(input.facts().stream().filter(Totals::isAdditive).toList());
      facts.forEach((key, fact) -> keys.putIfAbsent(key, fact.getConcept()));
      keyed.add(facts);
    }
    List<Total> totals = new ArrayList<>();
    keys.forEach(
        (key, concept) -> {
          Range sum = Range.ZERO;
          List<String> lacking = new ArrayList<>();
          for (int i = 0; i < inputs.size(); i++) {
            Optional<Fact> fact = Optional.ofNullable(keyed.get(i).get(key));
            sum = sum.plus(fact.map(Range::of).orElse(Range.UNKNOWN));
            if (fact.isEmpty()) {
              lacking.add(inputs.get(i).name());
            }
          }
          totals.add(
              new Total(concept, key, sum, inputs.size() - lacking.size(), List.copyOf(lacking)));
        });
    List<Concept> catalog = Concept.catalog();
    totals.sort(Comparator.comparingInt(t -> catalog.indexOf(t.concept())));
    return List.copyOf(totals);
  }
}
