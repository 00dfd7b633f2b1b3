package org.fazhi.report.testing;

import java.util.Objects;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fazhi.report.Report;
import org.fazhi.report.validation.Rule;

/**
 * jqwik arbitraries of reports for property tests: {@link #validReports() reports the validator
 * accepts}, and {@link #reportsBreaking(Rule) reports that break a chosen rule}.
 *
 * <pre>{@code
 * @Property
 * void importKeepsEveryValidReport(@ForAll("valid") Report report) { ... }
 *
 * @Provide
 * Arbitrary<Report> valid() {
 *   return ReportArbitraries.validReports();
 * }
 * }</pre>
 */
public final class ReportArbitraries {
  private ReportArbitraries() {}

  /**
   * Reports with no finding at all, so no ERROR: metadata of a real division (or none) for a year
   * from 2019 to 2030, an outline of the five statutory parts, and any of the case statistics,
   * decision-making, enforcement and accountability blocks, emergencies and indicators, with
   * figures that hold together.
   */
  public static Arbitrary<Report> validReports() {
    return ValidReports.reports();
  }

  /**
   * Reports that break {@code rule}: each has a finding of that rule. Each is a {@link
   * #validReports() valid report} with the one change that breaks the rule — a block replaced by
   * one whose figures disagree, a date moved, a section renamed — and, for an ERROR rule, no ERROR
   * of another rule; it may have a WARNING or INFO that follows from the same change (a document
   * date moved before the period starts is also before it ends).
   *
   * @throws IllegalArgumentException for a rule not in {@link #supportedRules()}, naming it and the
   *     rules supported
   */
  public static Arbitrary<Report> reportsBreaking(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    return Combinators.combine(validReports(), RuleBreakers.breaking(rule))
        .as((report, breaking) -> breaking.apply(report));
  }

  /** The rules {@link #reportsBreaking} supports. */
  public static Set<Rule> supportedRules() {
    return RuleBreakers.supported();
  }
}
