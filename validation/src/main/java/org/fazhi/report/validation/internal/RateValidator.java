package org.fazhi.report.validation.internal;

import org.fazhi.report.figure.Rate;
import org.fazhi.report.validation.Rule;

/** The rule of any published rate that states its own numerator and denominator. */
public final class RateValidator extends RulesValidator<Rate> {

  @Override
  void check(Rate rate, Checks checks) {
    if (rate.getNumerator().isEmpty() || rate.getDenominator().isEmpty()) {
      return;
    }
    Arithmetic.rateDisagrees(
            rate, Bounds.of(rate.getNumerator().get()), Bounds.of(rate.getDenominator().get()))
        .ifPresent(
            d ->
                checks
                    .finding(Rule.RATE_DISAGREES_WITH_STATED_COUNTS)
                    .at("percent")
                    .value("numerator", rate.getNumerator())
                    .value("denominator", rate.getDenominator())
                    .discrepancy(d)
                    .report());
  }
}
