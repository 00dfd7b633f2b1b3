package org.fazhi.report.validation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Discrepancy;
import org.fazhi.report.validation.FindingValue;
import org.fazhi.report.validation.Rule;
import org.fazhi.report.validation.Severity;

/**
 * Collects the findings of one validator call and raises each, with the path from the validated
 * object down to the offending value and its {@link Evidence}, into a {@link Sink}: Hibernate
 * Validator's context ({@link Violations}) or the facade's own walk ({@link RuleWalk}). Only rules
 * of the severities the call runs for are raised.
 */
final class Checks {
  /**
   * At most this many findings of one rule and root cause are raised as violations: the first and
   * the {@value org.fazhi.report.validation.Finding#MAX_REPEATS_LISTED} a finding lists as repeats;
   * the others are counted ({@link Repeats}).
   */
  static final int RAISED_PER_CAUSE = org.fazhi.report.validation.Finding.MAX_REPEATS_LISTED + 1;

  /** Where raised findings go. */
  interface Sink {
    /**
     * Takes one finding: {@code path} holds property names, and list indices ({@code Integer}) or
     * map keys (any other object) after the property that holds them.
     */
    void raise(List<Object> path, Evidence evidence);
  }

  private final Sink sink;
  private final Set<Severity> severities;
  private Map<List<Object>, Repeats> repeats;
  private boolean raised;

  Checks(Sink sink, Set<Severity> severities) {
    this.sink = sink;
    this.severities = severities;
  }

  /** The findings of one rule and cause so far; the map is made on the first cause. */
  private Repeats repeatsOf(List<Object> ruleAndCause) {
    if (repeats == null) {
      repeats = new HashMap<>();
    }
    return repeats.computeIfAbsent(ruleAndCause, k -> new Repeats());
  }

  /** Whether a finding was raised. */
  boolean raised() {
    return raised;
  }

  /** Whether this call raises findings of {@code rule}; rules may skip their work when not. */
  boolean wants(Rule rule) {
    return severities.contains(rule.severity());
  }

  /** Starts a finding of {@code rule}; nothing is raised unless {@link #wants} holds. */
  FindingBuilder finding(Rule rule) {
    return new FindingBuilder(rule);
  }

  /** A finding under construction. */
  final class FindingBuilder {
    private final Rule rule;
    private final List<Object> path = new ArrayList<>();
    private final Map<String, FindingValue> values = new LinkedHashMap<>();
    private final Map<String, String> parameters = new LinkedHashMap<>();
    private Discrepancy discrepancy;
    private SectionId section;
    private boolean sectionDecided;
    private String cause;

    private FindingBuilder(Rule rule) {
      this.rule = rule;
    }

    /**
     * The path from the validated object down to the offending value: property names, and list
     * indices ({@code Integer}) or map keys (any other object) after the property that holds them:
     * {@code at("items", 2, "commentPeriodDays")}.
     */
    FindingBuilder at(Object... elements) {
      path.addAll(List.of(elements));
      return this;
    }

    FindingBuilder value(String name, Count count) {
      return put(name, new FindingValue.CountValue(count), count.toString());
    }

    /**
     * A figure computed from the report's: a count as written, a sum as a number, a range as text
     * ({@code ≥14}).
     */
    FindingBuilder value(String name, CaseRates.Term term) {
      if (term.count().isPresent()) {
        return value(name, term.count().get());
      }
      if (term.bounds().isExact()) {
        return value(name, new BigDecimal(term.bounds().lo));
      }
      return value(name, term.text());
    }

    /** The count, or where the report gives none the text {@code absent} in the message only. */
    FindingBuilder value(String name, Count count, String absent) {
      return count != null ? value(name, count) : parameter(name, absent);
    }

    FindingBuilder value(String name, Optional<Count> count) {
      return count.isPresent() ? value(name, count.get()) : this;
    }

    FindingBuilder value(String name, BigDecimal decimal) {
      return put(name, new FindingValue.DecimalValue(decimal), Decimals.format(decimal));
    }

    FindingBuilder value(String name, LocalDate date) {
      return put(name, new FindingValue.DateValue(date), date.toString());
    }

    FindingBuilder value(String name, String text) {
      return put(name, new FindingValue.TextValue(text), text);
    }

    FindingBuilder value(String name, Enum<?> term) {
      values.put(name, new FindingValue.TermValue(term));
      parameters.put(name, Labels.chinese(term));
      parameters.put(name + "En", Labels.english(term));
      return this;
    }

    /** A message parameter that is no value of the finding (an English label). */
    FindingBuilder parameter(String name, String text) {
      parameters.put(name, text);
      return this;
    }

    /** The term, as a value where {@code asValue} holds, else only in the message. */
    FindingBuilder value(String name, Enum<?> term, boolean asValue) {
      if (asValue) {
        return value(name, term);
      }
      parameters.put(name, Labels.chinese(term));
      parameters.put(name + "En", Labels.english(term));
      return this;
    }

    /** The rate the finding is about, named in the message. */
    FindingBuilder figure(Figure figure) {
      parameters.put("figure", figure.chinese);
      parameters.put("figureEn", figure.english);
      return this;
    }

    FindingBuilder discrepancy(Discrepancy discrepancy) {
      this.discrepancy = discrepancy;
      parameters.put("reported", Decimals.format(discrepancy.reported()));
      parameters.put("computed", Decimals.format(discrepancy.computed()));
      parameters.put("difference", Decimals.format(discrepancy.difference()));
      parameters.put("tolerance", Decimals.format(discrepancy.tolerance()));
      return this;
    }

    FindingBuilder section(Optional<SectionId> section) {
      this.section = section.orElse(null);
      this.sectionDecided = true;
      return this;
    }

    FindingBuilder section(SectionId section) {
      return section(Optional.of(section));
    }

    /** Marks findings of this rule with the same {@code cause} as repeats of one root cause. */
    FindingBuilder cause(String cause) {
      this.cause = cause;
      return this;
    }

    private FindingBuilder put(String name, FindingValue value, String text) {
      values.put(name, value);
      parameters.put(name, text);
      return this;
    }

    /** Raises the finding, if this call runs the rule's severity. */
    void report() {
      if (!wants(rule)) {
        return;
      }
      Repeats ofCause = cause == null ? null : repeatsOf(List.of(rule, cause));
      if (ofCause != null && !ofCause.raise()) {
        return;
      }
      raised = true;
      sink.raise(
          List.copyOf(path),
          new Evidence(
              rule, values, discrepancy, section, sectionDecided, cause, ofCause, parameters));
    }
  }
}
