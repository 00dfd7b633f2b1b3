package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
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
    if (a.getClosed().isPresent() && a.getAccepted().isPresent()) {
      Count carriedOver = a.getCarriedOver().orElse(Count.zero());
      Bounds open = Bounds.of(a.getAccepted().get()).plus(Bounds.of(carriedOver));
      Arithmetic.exceeds(Bounds.of(a.getClosed().get()), open)
          .ifPresent(
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
    Rates.share(
        checks, a.getSatisfaction(), Figure.LEGAL_AID_SATISFACTION, section, "satisfaction");
  }
}
