package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the catalog: its boundary passes, one step past it gives exactly its finding — id,
 * severity, pointer, section, values, arithmetic, and both messages — and nothing else new.
 */
class RuleCatalogTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  static Stream<Named<RuleCase>> cases() {
    return RuleCases.all().stream().map(c -> Named.of(c.toString(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void boundaryPasses(RuleCase c) {
    ValidationResult result = VALIDATOR.validate(c.passing);
    assertThat(result.getFindings(c.rule)).as(result.toString()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void justPastTheBoundary_givesExactlyTheFinding(RuleCase c) {
    ValidationResult result = VALIDATOR.validate(c.failing);
    List<Finding> findings = result.getFindings(c.rule);
    assertThat(findings).as(result.toString()).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(finding.getRuleId()).isEqualTo(c.rule.id());
    assertThat(finding.getSeverity()).isEqualTo(c.rule.severity());
    assertThat(finding.getPointer()).isEqualTo(c.pointer);
    assertThat(finding.getSection()).isEqualTo(c.section());
    assertThat(finding.getValues()).containsExactlyEntriesOf(c.values);
    assertThat(finding.getDiscrepancy()).isEqualTo(c.discrepancy());
    assertThat(finding.getMessage()).isEqualTo(c.chinese);
    assertThat(finding.getMessage(Locale.SIMPLIFIED_CHINESE)).isEqualTo(c.chinese);
    assertThat(finding.getMessage(Locale.ENGLISH)).isEqualTo(c.english);
    assertThat(finding.isSuppressed()).isFalse();
    assertThat(finding.getRepeatCount()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void justPastTheBoundary_addsNoOtherFinding(RuleCase c) {
    Set<String> before = keys(VALIDATOR.validate(c.passing));
    Set<String> after = keys(VALIDATOR.validate(c.failing));
    after.removeAll(before);
    assertThat(after).containsExactly(c.rule.id() + " " + c.pointer);
  }

  @Test
  void everyRuleHasItsCase() {
    Set<Rule> covered = EnumSet.noneOf(Rule.class);
    Set<String> names = new java.util.HashSet<>();
    for (RuleCase c : RuleCases.all()) {
      assertThat(names.add(c.toString())).as("case names are unique: " + c).isTrue();
      if (c.isPrimary()) {
        assertThat(covered.add(c.rule)).as("one primary case per rule: " + c.rule).isTrue();
      }
    }
    assertThat(covered).containsExactlyInAnyOrder(Rule.values());
  }

  @Test
  void ruleIdsAreUniqueAndWellFormed() {
    Set<String> ids = Stream.of(Rule.values()).map(Rule::id).collect(Collectors.toSet());
    assertThat(ids).hasSize(Rule.values().length);
    for (Rule rule : Rule.values()) {
      assertThat(rule.id()).matches("[a-z]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(Rule.byId(rule.id())).contains(rule);
      assertThat(rule.messageKey()).isEqualTo("org.fazhi.report.validation." + rule.id());
    }
    assertThat(Rule.byId("no.such-rule")).isEmpty();
  }

  private static Set<String> keys(ValidationResult result) {
    return result.getFindings().stream()
        .map(f -> f.getRuleId() + " " + f.getPointer())
        .collect(Collectors.toCollection(java.util.HashSet::new));
  }
}
