package org.fazhi.report.validation.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Discrepancy;
import org.fazhi.report.validation.FindingValue;
import org.fazhi.report.validation.Rule;

/**
 * What a rule found, carried from the validator to the finding as the dynamic payload of the
 * Hibernate Validator constraint violation. Immutable, but for the count of repeats not raised,
 * which is final once the validator call returns.
 */
public final class Evidence {
  private final Rule rule;
  private final Map<String, FindingValue> values;
  private final Discrepancy discrepancy;
  private final SectionId section;
  private final boolean sectionDecided;
  private final String cause;
  private final Repeats repeats;
  private final Map<String, String> parameters;

  Evidence(
      Rule rule,
      Map<String, FindingValue> values,
      Discrepancy discrepancy,
      SectionId section,
      boolean sectionDecided,
      String cause,
      Repeats repeats,
      Map<String, String> parameters) {
    this.rule = rule;
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.discrepancy = discrepancy;
    this.section = section;
    this.sectionDecided = sectionDecided;
    this.cause = cause;
    this.repeats = repeats;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** The rule. */
  public Rule rule() {
    return rule;
  }

  /** The values involved, in the order the rule names them. */
  public Map<String, FindingValue> values() {
    return values;
  }

  /** The arithmetic, for arithmetic rules. */
  public Optional<Discrepancy> discrepancy() {
    return Optional.ofNullable(discrepancy);
  }

  /** The section concerned, where known. */
  public Optional<SectionId> section() {
    return Optional.ofNullable(section);
  }

  /**
   * Whether the rule decided the section (possibly none); if not, the finding takes the section of
   * the innermost typed fact around the value.
   */
  public boolean sectionDecided() {
    return sectionDecided;
  }

  /**
   * What findings of the same rule have in common when they repeat one root cause (the same missing
   * section named by many facts), if the rule groups its findings.
   */
  public Optional<String> cause() {
    return Optional.ofNullable(cause);
  }

  /** How many findings of the same rule and cause were found but not raised as violations. */
  public int unraised() {
    return repeats == null ? 0 : repeats.unraised();
  }

  /** The message parameters, as rendered into the message. */
  public Map<String, String> parameters() {
    return parameters;
  }
}
