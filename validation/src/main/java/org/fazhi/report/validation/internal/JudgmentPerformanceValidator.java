package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.validation.Rule;

/** The rules of a block on the performance of effective court judgments. */
public final class JudgmentPerformanceValidator extends RulesValidator<JudgmentPerformance> {

  @Override
  void check(JudgmentPerformance p, Checks checks) {
    Optional<SectionId> section = p.getSection();
    if (p.getConcluded().isPresent() && p.getCases().isPresent()) {
      Arithmetic.exceeds(Bounds.of(p.getConcluded().get()), Bounds.of(p.getCases().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.JUDGMENT_PERFORMANCE_CONCLUDED_EXCEEDS_CASES)
                      .at("concluded")
                      .value("concluded", p.getConcluded())
                      .value("cases", p.getCases())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    if (p.getConcluded().isPresent() && !p.getJudgments().isEmpty()) {
      Bounds concluded = Bounds.of(p.getConcluded().get());
      Bounds judgments = Arithmetic.sum(p.getJudgments().values());
      var excess = Arithmetic.exceeds(judgments, concluded);
      if (excess.isPresent()) {
        checks
            .finding(Rule.JUDGMENT_PERFORMANCE_JUDGMENTS_EXCEED_CONCLUDED)
            .at("judgments")
            .value("concluded", p.getConcluded())
            .discrepancy(excess.get())
            .section(section)
            .report();
      } else if (p.isJudgmentsComplete()) {
        Arithmetic.differs(judgments, concluded, 0)
            .ifPresent(
                d ->
                    checks
                        .finding(Rule.JUDGMENT_PERFORMANCE_JUDGMENTS_BELOW_CONCLUDED)
                        .at("judgments")
                        .value("concluded", p.getConcluded())
                        .discrepancy(d)
                        .section(section)
                        .report());
      }
    }
    if (p.getPerformed().isPresent() && p.getConcluded().isPresent()) {
      Arithmetic.exceeds(Bounds.of(p.getPerformed().get()), Bounds.of(p.getConcluded().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.JUDGMENT_PERFORMANCE_PERFORMED_EXCEEDS_CONCLUDED)
                      .at("performed")
                      .value("performed", p.getPerformed())
                      .value("concluded", p.getConcluded())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
  }
}
