package org.fazhi.report.testing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.FindingValue;
import org.fazhi.report.validation.Severity;

/**
 * Assertions on one {@link Finding}. From {@link AbstractFindingsAssert#hasFinding}, it knows the
 * other findings of the same rule, and {@link #at(String)} moves to the one at a pointer.
 */
public final class FindingAssert extends AbstractAssert<FindingAssert, Finding> {
  private final List<Finding> ofSameRule;

  private FindingAssert(Finding actual, List<Finding> ofSameRule) {
    super(actual, FindingAssert.class);
    this.ofSameRule = ofSameRule;
  }

  static FindingAssert of(Finding finding) {
    return new FindingAssert(finding, finding == null ? List.of() : List.of(finding));
  }

  static FindingAssert of(Finding finding, List<Finding> ofSameRule) {
    return new FindingAssert(finding, List.copyOf(ofSameRule));
  }

  /**
   * Verifies that the finding — or, from {@code hasFinding}, one of the rule's findings — is at the
   * JSON Pointer {@code pointer} ({@code /statistics/reconsideration/closed}), as its own pointer
   * or as one of the repeats it groups; returns an assertion on that finding.
   */
  public FindingAssert at(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    isNotNull();
    Optional<Finding> match =
        ofSameRule.stream()
            .filter(f -> f.getPointer().equals(pointer) || f.getRepeats().contains(pointer))
            .findFirst();
    if (match.isEmpty()) {
      failWithMessage(
          "%s",
          "Expecting a finding of rule "
              + actual.getRuleId()
              + " at "
              + pointer
              + ", but the rule's findings are:\n"
              + AbstractFindingsAssert.lines(ofSameRule));
    }
    return match.get() == actual
        ? myself
        : new FindingAssert(match.get(), ofSameRule).describedAs(info.description());
  }

  /** Verifies the finding's severity. */
  public FindingAssert withSeverity(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    isNotNull();
    if (actual.getSeverity() != severity) {
      failWithMessage(
          "%s",
          "Expecting severity "
              + severity
              + " but it is "
              + actual.getSeverity()
              + ":\n  "
              + actual);
    }
    return myself;
  }

  /**
   * Verifies that the finding involves the value {@code name} with the canonical text {@code text}
   * ({@code 700余}, {@code 2024-12-03}, {@code COUNTY}): the text of its {@link FindingValue}.
   */
  public FindingAssert withValue(String name, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    isNotNull();
    FindingValue value = actual.getValues().get(name);
    if (value == null || !value.toString().equals(text)) {
      failWithMessage(
          "%s",
          "Expecting the value "
              + name
              + " = "
              + text
              + " but the values are "
              + actual.getValues()
              + ":\n  "
              + actual);
    }
    return myself;
  }

  /** Verifies that a suppression acknowledges the finding. */
  public FindingAssert isSuppressed() {
    isNotNull();
    if (!actual.isSuppressed()) {
      failWithMessage(
          "%s",
          "Expecting the finding to be suppressed, but no suppression matches"
              + " it:\n  "
              + actual);
    }
    return myself;
  }

  /** Verifies that no suppression acknowledges the finding. */
  public FindingAssert isNotSuppressed() {
    isNotNull();
    if (actual.isSuppressed()) {
      failWithMessage("%s", "Expecting the finding not to be suppressed, but it is:\n  " + actual);
    }
    return myself;
  }
}
