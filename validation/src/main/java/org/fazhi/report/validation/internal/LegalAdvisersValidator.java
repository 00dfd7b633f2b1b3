package org.fazhi.report.validation.internal;

import org.fazhi.report.decision.LegalAdvisers;

/** The rules of a legal advisers block: the coverage rate is a share. */
public final class LegalAdvisersValidator extends RulesValidator<LegalAdvisers> {

  @Override
  void check(LegalAdvisers a, Checks checks) {
    Rates.share(checks, a.getCoverageRate(), Figure.ADVISER_COVERAGE_RATE, a.getSection(),
        "coverageRate");
  }
}
