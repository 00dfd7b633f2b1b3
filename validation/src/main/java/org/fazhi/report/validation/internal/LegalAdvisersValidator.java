package org.fazhi.report.validation.internal;

import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.validation.Rule;

/** The rules of a legal advisers block: the coverage rate is a share. */
public final class LegalAdvisersValidator extends RulesValidator<LegalAdvisers> {

  @Override
  void check(LegalAdvisers a, Checks checks) {
    Limits.atMost(
        checks,
        Rule.LEGAL_ADVISERS_LAWYERS_EXCEED_ADVISERS,
        "lawyers",
        a.getLawyers(),
        "advisers",
        a.getAdvisers(),
        a.getSection());
    Rates.share(
        checks, a.getCoverageRate(), Figure.ADVISER_COVERAGE_RATE, a.getSection(), "coverageRate");
  }
}
