package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.validation.Rule;

/** The rules of a people's mediation block. */
public final class MediationValidator extends RulesValidator<Mediation> {

  @Override
  void check(Mediation m, Checks checks) {
    Optional<SectionId> section = m.getSection();
    if (m.getSettled().isPresent() && m.getMediated().isPresent()) {
      Arithmetic.exceeds(Bounds.of(m.getSettled().get()), Bounds.of(m.getMediated().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.MEDIATION_SETTLED_EXCEEDS_MEDIATED)
                      .at("settled")
                      .value("settled", m.getSettled())
                      .value("mediated", m.getMediated())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    if (m.getMediated().isPresent() && m.getDisputes().isPresent()) {
      Arithmetic.exceeds(Bounds.of(m.getMediated().get()), Bounds.of(m.getDisputes().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.MEDIATION_MEDIATED_EXCEEDS_DISPUTES)
                      .at("mediated")
                      .value("mediated", m.getMediated())
                      .value("disputes", m.getDisputes())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    Rates.share(checks, m.getSuccessRate(), Figure.MEDIATION_SUCCESS_RATE, section, "successRate");
    Rates.share(checks, m.getHandlingRate(), Figure.MEDIATION_HANDLING_RATE, section,
        "handlingRate");
    Rates.agreesWithBlock(checks, m.getSuccessRate(), m.getSettled(), m.getMediated(), false,
        Figure.MEDIATION_SUCCESS_RATE, section, "successRate");
  }
}
