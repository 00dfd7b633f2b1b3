package org.fazhi.report.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.fazhi.report.ImmutableReport;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.statistics.ImmutableLitigation;
import org.fazhi.report.validation.Severity;
import org.junit.jupiter.api.Test;

/**
 * What {@link RuleWalk} reads of the model's classes: whose rules it runs, and where it refuses.
 */
class RuleWalkTest {
  private final RuleWalk walk = RuleWalk.from(org.fazhi.report.Report.class);

  @Test
  void theWalksValidators_areExactlyTheOnesRegisteredForHibernateValidator() throws IOException {
    List<String> registered;
    try (InputStream services =
        RuleWalk.class.getResourceAsStream(
            "/META-INF/services/jakarta.validation.ConstraintValidator")) {
      registered =
          new String(services.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.isBlank() && !line.startsWith("#"))
              .toList();
    }
    List<String> walked =
        RuleWalk.VALIDATORS.stream().map(Supplier::get).map(v -> v.getClass().getName()).toList();
    assertThat(walked).isEqualTo(registered);
  }

  @Test
  void aTypeWithRulesOfTwoSeverities_isCheckedOnce_forBoth() {
    List<RuleWalk.TypeRules> rules = walk.rulesOf(ImmutableReport.class);
    assertThat(rules).hasSize(1);
    assertThat(rules.get(0).validator()).isInstanceOf(ReportRulesValidator.class);
    assertThat(rules.get(0).severities()).isEqualTo(EnumSet.of(Severity.ERROR, Severity.WARNING));
  }

  @Test
  void eachAnnotatedType_isCheckedByTheValidatorOfItsType() {
    assertThat(walk.rulesOf(ImmutableLitigation.class))
        .singleElement()
        .satisfies(r -> assertThat(r.validator()).isInstanceOf(LitigationValidator.class));
  }

  @Test
  void aTypeWithoutRules_hasNone() {
    assertThat(walk.rulesOf(String.class)).isEmpty();
  }

  @ReportRules(groups = Warnings.class)
  interface ConstrainedElsewhere {
    @NotNull
    String getName();
  }

  @Test
  void aTypeCarryingAnotherConstraint_isRefused_soThatTheWalkNeverFindsLessThanTheEngine() {
    assertThatIllegalStateException()
        .isThrownBy(() -> WalkedTypes.rules(ConstrainedElsewhere.class))
        .withMessageContaining("runs only @ReportRules")
        .withMessageContaining("getName");
  }
}
