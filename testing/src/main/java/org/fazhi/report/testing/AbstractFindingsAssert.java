package org.fazhi.report.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.Rule;
import org.fazhi.report.validation.Severity;
import org.fazhi.report.validation.ValidationResult;

/**
 * The assertions on the findings of one validation, shared by {@link ReportAssert} and {@link
 * ValidationResultAssert}.
 *
 * <p>Suppressed findings are acknowledged, as in {@link ValidationResult#isValid()}: {@link
 * #isValid()}, {@link #hasNoWarnings()}, {@link #hasNoFindings()} and {@link #hasOnlyFindings} look
 * at the active findings only; {@link #hasFinding} and {@link #hasNoFinding} at every finding of
 * the rule, so that a test can check a suppression with {@link FindingAssert#isSuppressed()}.
 *
 * @param <SELF> the type of the concrete assertion
 * @param <ACTUAL> the type of the value under test
 */
public abstract class AbstractFindingsAssert<
        SELF extends AbstractFindingsAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {

  AbstractFindingsAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The findings asserted on; called only once {@code actual} is known not to be null. */
  abstract ValidationResult result();

  /** Verifies that no active finding is an ERROR: the report's figures can all be true. */
  public SELF isValid() {
    return hasNoActive(Severity.ERROR);
  }

  /** Verifies that no active finding is a WARNING. */
  public SELF hasNoWarnings() {
    return hasNoActive(Severity.WARNING);
  }

  /** Verifies that there is no active finding at all, of any severity. */
  public SELF hasNoFindings() {
    isNotNull();
    List<Finding> active = result().getActive();
    if (!active.isEmpty()) {
      fail("Expecting no active finding, but found " + active.size() + ":\n" + lines(active));
    }
    return myself;
  }

  /**
   * Verifies that there is a finding of {@code rule}, and returns an assertion on the first of them
   * (in the result's order) whose {@link FindingAssert#at(String) at} can choose another of them.
   */
  public FindingAssert hasFinding(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    List<Finding> ofRule = result().getFindings(rule);
    if (ofRule.isEmpty()) {
      fail(
          "Expecting a finding of rule "
              + rule.id()
              + ", but found none among:\n"
              + lines(result().getFindings()));
    }
    return FindingAssert.of(ofRule.get(0), ofRule).describedAs(info.description());
  }

  /** Verifies that there is no finding, active or suppressed, of {@code rule}. */
  public SELF hasNoFinding(Rule rule) {
    Objects.requireNonNull(rule, "rule");
    isNotNull();
    List<Finding> ofRule = result().getFindings(rule);
    if (!ofRule.isEmpty()) {
      fail(
          "Expecting no finding of rule "
              + rule.id()
              + ", but found "
              + ofRule.size()
              + ":\n"
              + lines(ofRule));
    }
    return myself;
  }

  /**
   * Verifies that each of {@code rules} has an active finding and that no other rule has one, the
   * way AssertJ's {@code containsOnly} compares elements: order and repeats do not matter.
   */
  public SELF hasOnlyFindings(Rule... rules) {
    Objects.requireNonNull(rules, "rules");
    isNotNull();
    Set<Rule> expected =
        rules.length == 0 ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(List.of(rules));
    List<Finding> active = result().getActive();
    Set<Rule> found = EnumSet.noneOf(Rule.class);
    active.forEach(finding -> found.add(finding.getRule()));
    Set<Rule> missing = EnumSet.copyOf(expected);
    missing.removeAll(found);
    Set<Rule> unexpected = EnumSet.copyOf(found);
    unexpected.removeAll(expected);
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
      List<String> problems = new ArrayList<>();
      if (!missing.isEmpty()) {
        problems.add("no finding of " + ids(missing));
      }
      if (!unexpected.isEmpty()) {
        problems.add("unexpected findings of " + ids(unexpected));
      }
      fail(
          "Expecting active findings of exactly the rules "
              + ids(expected)
              + ", but found "
              + String.join(" and ", problems)
              + " among:\n"
              + lines(active));
    }
    return myself;
  }

  private SELF hasNoActive(Severity severity) {
    isNotNull();
    List<Finding> found = result().getActive(severity);
    if (!found.isEmpty()) {
      fail(
          "Expecting no active "
              + severity
              + " finding, but found "
              + found.size()
              + ":\n"
              + lines(found));
    }
    return myself;
  }

  private void fail(String message) {
    failWithMessage("%s", message);
  }

  /** The findings, one indented line each ({@link Finding#toString()}), or {@code (none)}. */
  static String lines(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "  (none)";
    }
    return findings.stream().map(finding -> "  " + finding).collect(Collectors.joining("\n"));
  }

  private static String ids(Set<Rule> rules) {
    return rules.stream().map(Rule::id).collect(Collectors.joining(", ", "[", "]"));
  }
}
