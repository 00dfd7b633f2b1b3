package org.fazhi.report.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import org.fazhi.report.Report;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.Rule;
import org.fazhi.report.validation.Severity;
import org.fazhi.report.validation.ValidationResult;

/** The arbitraries keep their promises, checked by the real validator. */
class ReportArbitrariesPropertiesTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  @Property(tries = 200)
  void validReports_haveNoFindingAtAll(@ForAll("valid") Report report) {
    FazhiAssertions.assertThat(report).hasNoFindings();
  }

  /**
   * A report drawn for any supported rule has a finding of it and, for an ERROR rule, no ERROR of
   * another rule. {@link ReportArbitrariesTest} draws reports for each rule in turn.
   */
  @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
  void reportsBreaking_haveAFindingOfTheRule_andNoOtherError(
      @ForAll("breaking") Tuple2<Rule, Report> drawn) {
    Statistics.label("rule").collect(drawn.get1().id());
    assertBreaksOnly(drawn.get1(), drawn.get2());
  }

  /** {@code report} has a finding of {@code rule} and, for an ERROR rule, no other ERROR. */
  static void assertBreaksOnly(Rule rule, Report report) {
    ValidationResult result = VALIDATOR.validate(report);
    assertThat(result.getFindings(rule)).as("findings of %s in:%n%s", rule, result).isNotEmpty();
    if (rule.severity() == Severity.ERROR) {
      List<Rule> otherErrors =
          result.getErrors().stream()
              .map(Finding::getRule)
              .filter(other -> other != rule)
              .collect(Collectors.toList());
      assertThat(otherErrors).as("other errors than %s in:%n%s", rule, result).isEmpty();
    }
  }

  @Provide
  Arbitrary<Report> valid() {
    return ReportArbitraries.validReports();
  }

  @Provide
  Arbitrary<Tuple2<Rule, Report>> breaking() {
    return Arbitraries.of(ReportArbitraries.supportedRules())
        .flatMap(
            rule -> ReportArbitraries.reportsBreaking(rule).map(report -> Tuple.of(rule, report)));
  }
}
