package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.validation.Rule;

/**
 * The rules of a legal aid block. An absent carried-over count is 0: closed ≤ accepted + carried
 * over is an ERROR either way, and its finding shows the 0.
 */
public final class LegalAidValidator extends RulesValidator<LegalAid> {

  @Override
  void check(LegalAid a, Checks checks) {
    Optional<SectionId> section = a.getSection();
    if (a.getAccepted().isPresent() && a.getApplications().isPresent()) {
      Arithmetic.exceeds(Bounds.of(a.getAccepted().get()), Bounds.of(a.getApplications().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.LEGAL_AID_ACCEPTED_EXCEEDS_APPLICATIONS)
                      .at("accepted")
                      .value("accepted", a.getAccepted())
                      .value("applications", a.getApplications())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    boolean closedExceeds = false;
    if (a.getClosed().isPresent() && a.getAccepted().isPresent()) {
      Count carriedOver = a.getCarriedOver().orElse(Count.zero());
      Bounds open = Bounds.of(a.getAccepted().get()).plus(Bounds.of(carriedOver));
      var excess = Arithmetic.exceeds(Bounds.of(a.getClosed().get()), open);
      closedExceeds = excess.isPresent();
      excess.ifPresent(
          d ->
              checks
                  .finding(Rule.LEGAL_AID_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER)
                  .at("closed")
                  .value("closed", a.getClosed())
                  .value("accepted", a.getAccepted())
                  .value("carriedOver", carriedOver)
                  .discrepancy(d)
                  .section(section)
                  .report());
    }
    HandledCaseload.LEGAL_AID.check(
        checks,
        a.getHandled(),
        a.getAccepted(),
        a.getCarriedOver(),
        a.getClosed(),
        closedExceeds,
        section);
    casesByType(a, checks, section);
    Rates.share(
        checks, a.getSatisfaction(), Figure.LEGAL_AID_SATISFACTION, section, "satisfaction");
    Breakdowns.check(
        checks,
        a.getBreakdowns(),
        new CaseRates.Denominators()
            .put(CaseStage.RECEIVED, CaseRates.Term.of(a.getApplications()))
            .put(CaseStage.ACCEPTED, CaseRates.Term.of(a.getAccepted()))
            .put(CaseStage.HANDLED, CaseRates.Term.of(a.getHandled()))
            .put(CaseStage.HANDLED, CaseRates.Term.sum(a.getAccepted(), a.getCarriedOver()))
            .put(CaseStage.CLOSED, CaseRates.Term.of(a.getClosed())),
        section);
  }

  /** The cases by type: at most handled, or accepted + carried over (absent: 0). */
  private static void casesByType(LegalAid a, Checks checks, Optional<SectionId> section) {
    if (a.getCasesByType().isEmpty()) {
      return;
    }
    Optional<CaseRates.Term> cases =
        CaseRates.Term.of(a.getHandled())
            .or(() -> CaseRates.Term.sum(a.getAccepted(), a.getCarriedOver()))
            .or(() -> CaseRates.Term.of(a.getAccepted()));
    if (cases.isEmpty()) {
      return;
    }
    Arithmetic.exceeds(Arithmetic.sum(a.getCasesByType().values()), cases.get().bounds())
        .ifPresent(
            d ->
                checks
                    .finding(Rule.LEGAL_AID_CASES_BY_TYPE_EXCEED_CASES)
                    .at("casesByType")
                    .discrepancy(d)
                    .section(section)
                    .report());
  }
}
