package org.fazhi.report.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.fazhi.report.Report;
import org.fazhi.report.validation.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportArbitrariesTest {
  private static final int SAMPLES = 10;

  @Test
  void supportedRules_areTheWholeCatalog() {
    assertThat(ReportArbitraries.supportedRules()).isEqualTo(EnumSet.allOf(Rule.class));
  }

  /** For each rule in turn, every one of a sample of reports breaks it and no other ERROR rule. */
  @ParameterizedTest
  @EnumSource(Rule.class)
  void reportsBreaking_eachRule_everySampleHasItsFinding_andNoOtherError(Rule rule) {
    ReportArbitraries.reportsBreaking(rule)
        .sampleStream()
        .limit(SAMPLES)
        .forEach(report -> ReportArbitrariesPropertiesTest.assertBreaksOnly(rule, report));
  }

  @Test
  void reportsBreaking_anUnsupportedRule_failsNamingTheRulesSupported() {
    Map<Rule, Arbitrary<UnaryOperator<Report>>> someRules = new EnumMap<>(Rule.class);
    someRules.put(Rule.METADATA_ISSUERS_MISSING, Arbitraries.just(UnaryOperator.identity()));
    someRules.put(Rule.DIVISION_CODE_FORMAT, Arbitraries.just(UnaryOperator.identity()));

    assertThatThrownBy(() -> RuleBreakers.breaking(Rule.CHANGE_DISAGREES_WITH_VALUES, someRules))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no arbitrary of reports breaking change.disagrees-with-values; supported:"
                + " metadata.issuers-missing, division.code-format");
  }

  @Test
  void reportsBreaking_null_fails() {
    assertThatThrownBy(() -> ReportArbitraries.reportsBreaking(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule");
  }
}
