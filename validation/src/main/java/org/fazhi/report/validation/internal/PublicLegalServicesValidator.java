package org.fazhi.report.validation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.validation.Rule;

/** The rules of a public legal services block. The completion rate may exceed 100%. */
public final class PublicLegalServicesValidator extends RulesValidator<PublicLegalServices> {

  @Override
  void check(PublicLegalServices s, Checks checks) {
    Optional<SectionId> section = s.getSection();
    Rates.share(checks, s.getSatisfaction(), Figure.SERVICES_SATISFACTION, section, "satisfaction");
    Rates.agreesWithBlock(
        checks,
        s.getCompletionRate(),
        s.getServices(),
        s.getTarget(),
        false,
        Figure.SERVICES_COMPLETION_RATE,
        section,
        "completionRate");
    impliedTarget(s, checks, section);
    Breakdowns.check(
        checks,
        s.getBreakdowns(),
        new CaseRates.Denominators()
            .put(CaseStage.RECEIVED, CaseRates.Term.of(s.getServices()))
            .put(CaseStage.HANDLED, CaseRates.Term.of(s.getServices())),
        section);
  }

  /** Where no target is given, the target that exact services and an exact rate imply. */
  private static void impliedTarget(
      PublicLegalServices s, Checks checks, Optional<SectionId> section) {
    if (!checks.wants(Rule.PUBLIC_LEGAL_SERVICES_TARGET_IMPLIED)
        || s.getTarget().isPresent()
        || s.getServices().isEmpty()
        || s.getCompletionRate().isEmpty()) {
      return;
    }
    Count services = s.getServices().get();
    Rate rate = s.getCompletionRate().get();
    BigDecimal percent = rate.getPercent();
    if (!services.isExact()
        || !rate.getApproximation().isExact()
        || percent.signum() == 0
        || !Decimals.isTame(percent)) {
      return;
    }
    BigDecimal target =
        services.getValue().multiply(Decimals.HUNDRED).divide(percent, 0, RoundingMode.HALF_UP);
    checks
        .finding(Rule.PUBLIC_LEGAL_SERVICES_TARGET_IMPLIED)
        .at("target")
        .value("services", services)
        .value("completionRate", percent)
        .value("impliedTarget", target)
        .section(section)
        .report();
  }
}
