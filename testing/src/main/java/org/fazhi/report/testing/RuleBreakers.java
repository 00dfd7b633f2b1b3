package org.fazhi.report.testing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fazhi.report.Report;
import org.fazhi.report.validation.Rule;

/**
 * For each supported rule, the changes that make a valid report break it. Each area of the catalog
 * adds its own: {@link MetadataBreakers} (metadata, division), {@link DocumentBreakers} (outline,
 * dates across the report, emergencies, facts), {@link ReconsiderationBreakers}, {@link
 * CaseBlockBreakers}, {@link DecisionBreakers} (decisions, enforcement, accountability) and {@link
 * RateBreakers} (rates and breakdowns).
 */
final class RuleBreakers {
  private RuleBreakers() {}

  private static final Map<Rule, Arbitrary<UnaryOperator<Report>>> BREAKERS = breakers();

  private static Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers() {
    Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers = new EnumMap<>(Rule.class);
    MetadataBreakers.addTo(breakers);
    DocumentBreakers.addTo(breakers);
    ReconsiderationBreakers.addTo(breakers);
    CaseBlockBreakers.addTo(breakers);
    DecisionBreakers.addTo(breakers);
    RateBreakers.addTo(breakers);
    return Collections.unmodifiableMap(breakers);
  }

  static Set<Rule> supported() {
    return Collections.unmodifiableSet(BREAKERS.keySet());
  }

  static Arbitrary<UnaryOperator<Report>> breaking(Rule rule) {
    return breaking(rule, BREAKERS);
  }

  /** The changes in {@code breakers} for {@code rule}; fails naming the rules supported. */
  static Arbitrary<UnaryOperator<Report>> breaking(
      Rule rule, Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    Arbitrary<UnaryOperator<Report>> breaker = breakers.get(rule);
    if (breaker == null) {
      throw new IllegalArgumentException(
          "no arbitrary of reports breaking "
              + rule.id()
              + "; supported: "
              + breakers.keySet().stream().map(Rule::id).collect(Collectors.joining(", ")));
    }
    return breaker;
  }

  /** A block built from a count {@code n}, a share {@code p} in percent and an excess {@code e}. */
  interface Block<T> {
    T of(long n, int p, long e);
  }

  /**
   * The changes that put {@code block} into a report with {@code with}, for counts {@code n} up to
   * {@link Figures#MAX}, shares {@code p} from 0 to 100 and excesses {@code e} from 1 to 100.
   */
  static <T> Arbitrary<UnaryOperator<Report>> replacing(
      Block<T> block, BiFunction<Report, T, Report> with) {
    return putting(
        Combinators.combine(Figures.upTo(Figures.MAX), Figures.upTo(100), Figures.between(1, 100))
            .as(block::of),
        with);
  }

  /** The changes that put each of {@code blocks} into a report with {@code with}. */
  static <T> Arbitrary<UnaryOperator<Report>> putting(
      Arbitrary<T> blocks, BiFunction<Report, T, Report> with) {
    return blocks.map(block -> report -> with.apply(report, block));
  }
}
