package org.fazhi.report.validation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.Report;
import org.fazhi.report.outline.SectionId;

/**
 * One rule's test: a report at the boundary that the rule passes, a report just past it, and the
 * exact finding the second one gets. A rule has one primary case (its example in the catalog of
 * docs/validation.md) and may have variants, each named, for other readings of its figures.
 */
final class RuleCase {
  final Rule rule;
  final Report passing;
  final Report failing;
  String variant;
  String pointer;
  final Map<String, FindingValue> values = new LinkedHashMap<>();
  Discrepancy discrepancy;
  SectionId section;
  String chinese;
  String english;

  private RuleCase(Rule rule, Report passing, Report failing) {
    this.rule = rule;
    this.passing = passing;
    this.failing = failing;
  }

  static RuleCase of(Rule rule, Report passing, Report failing) {
    return new RuleCase(rule, passing, failing);
  }

  /** Marks this case as a variant of the rule's primary case, named {@code variant}. */
  RuleCase variant(String variant) {
    this.variant = variant;
    return this;
  }

  boolean isPrimary() {
    return variant == null;
  }

  RuleCase at(String pointer) {
    this.pointer = pointer;
    return this;
  }

  RuleCase value(String name, FindingValue value) {
    values.put(name, value);
    return this;
  }

  RuleCase count(String name, long count) {
    return value(name, new FindingValue.CountValue(org.fazhi.report.figure.Count.of(count)));
  }

  RuleCase decimal(String name, String decimal) {
    return value(name, new FindingValue.DecimalValue(new BigDecimal(decimal)));
  }

  RuleCase date(String name, String date) {
    return value(name, new FindingValue.DateValue(java.time.LocalDate.parse(date)));
  }

  RuleCase text(String name, String text) {
    return value(name, new FindingValue.TextValue(text));
  }

  RuleCase term(String name, Enum<?> term) {
    return value(name, new FindingValue.TermValue(term));
  }

  RuleCase discrepancy(String reported, String computed, String difference, String tolerance) {
    this.discrepancy =
        new Discrepancy(
            new BigDecimal(reported),
            new BigDecimal(computed),
            new BigDecimal(difference),
            new BigDecimal(tolerance));
    return this;
  }

  RuleCase section(SectionId section) {
    this.section = section;
    return this;
  }

  RuleCase messages(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
    return this;
  }

  Optional<Discrepancy> discrepancy() {
    return Optional.ofNullable(discrepancy);
  }

  Optional<SectionId> section() {
    return Optional.ofNullable(section);
  }

  @Override
  public String toString() {
    return isPrimary() ? rule.id() : rule.id() + " (" + variant + ")";
  }
}
