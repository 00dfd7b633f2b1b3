package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.validation.Rule;

/** The rules of a people's mediation block. */
public final class MediationValidator extends RulesValidator<Mediation> {

  @Override
  void check(Mediation m, Checks checks) {
    Optional<SectionId> section = m.getSection();
    committees(m, checks, section);
    Limits.atMost(
        checks,
        Rule.MEDIATION_FULL_TIME_MEDIATORS_EXCEED_MEDIATORS,
        "fullTimeMediators",
        m.getFullTimeMediators(),
        "mediators",
        m.getMediators(),
        section);
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
    Rates.share(
        checks, m.getHandlingRate(), Figure.MEDIATION_HANDLING_RATE, section, "handlingRate");
    Rates.agreesWithBlock(
        checks,
        m.getSuccessRate(),
        m.getSettled(),
        m.getMediated(),
        false,
        Figure.MEDIATION_SUCCESS_RATE,
        section,
        "successRate");
    Breakdowns.check(
        checks,
        m.getBreakdowns(),
        new CaseRates.Denominators()
            .put(CaseStage.RECEIVED, CaseRates.Term.of(m.getDisputes()))
            .put(CaseStage.HANDLED, CaseRates.Term.of(m.getMediated()))
            .put(CaseStage.CLOSED, CaseRates.Term.of(m.getSettled())),
        section);
  }

  /** Village and professional committees are of the committees: together at most all of them. */
  private static void committees(Mediation m, Checks checks, Optional<SectionId> section) {
    if (m.getCommittees().isEmpty()
        || (m.getVillageCommittees().isEmpty() && m.getProfessionalCommittees().isEmpty())) {
      return;
    }
    Bounds kinds =
        Bounds.orZero(m.getVillageCommittees()).plus(Bounds.orZero(m.getProfessionalCommittees()));
    Arithmetic.exceeds(kinds, Bounds.of(m.getCommittees().get()))
        .ifPresent(
            d ->
                checks
                    .finding(Rule.MEDIATION_COMMITTEE_KINDS_EXCEED_COMMITTEES)
                    .at("committees")
                    .value("villageCommittees", m.getVillageCommittees().orElse(Count.zero()))
                    .value(
                        "professionalCommittees",
                        m.getProfessionalCommittees().orElse(Count.zero()))
                    .value("committees", m.getCommittees())
                    .discrepancy(d)
                    .section(section)
                    .report());
  }
}
