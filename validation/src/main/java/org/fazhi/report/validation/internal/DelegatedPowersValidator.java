package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Rule;

/**
 * The rules of delegated township powers. Where cut and kept are per-township averages, each may be
 * rounded: their sum may differ from the powers granted by 1, and the cut rate is compared with the
 * cut ± 0.5. Absent proposals are taken as 0 in their sum (skipped when neither is given). The cut
 * rate is compared with cut / granted only where cut and kept add up to granted.
 */
public final class DelegatedPowersValidator extends RulesValidator<DelegatedPowers> {

  @Override
  void check(DelegatedPowers p, Checks checks) {
    Optional<SectionId> section = p.getSection();
    boolean averaged = p.isPerTownshipAverage();
    boolean countsAddUp = true;
    if (p.getCut().isPresent() && p.getKept().isPresent() && p.getGranted().isPresent()) {
      Bounds sum = Bounds.of(p.getCut().get()).plus(Bounds.of(p.getKept().get()));
      var difference = Arithmetic.differs(sum, Bounds.of(p.getGranted().get()), averaged ? 1 : 0);
      countsAddUp = difference.isEmpty();
      difference.ifPresent(
          d ->
              checks
                  .finding(Rule.DELEGATED_POWERS_CUT_AND_KEPT_DIFFER_FROM_GRANTED)
                  .at("granted")
                  .value("cut", p.getCut())
                  .value("kept", p.getKept())
                  .value("granted", p.getGranted())
                  .discrepancy(d)
                  .section(section)
                  .report());
    }
    boolean anyProposal =
        p.getRemovalProposals().isPresent() || p.getOptionalProposals().isPresent();
    if (anyProposal && p.getGranted().isPresent()) {
      Bounds proposals =
          Bounds.orZero(p.getRemovalProposals()).plus(Bounds.orZero(p.getOptionalProposals()));
      Arithmetic.exceeds(proposals, Bounds.of(p.getGranted().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.DELEGATED_POWERS_PROPOSALS_EXCEED_GRANTED)
                      .at("granted")
                      .value("removalProposals", p.getRemovalProposals().orElse(Count.zero()))
                      .value("optionalProposals", p.getOptionalProposals().orElse(Count.zero()))
                      .value("granted", p.getGranted())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    Rates.share(checks, p.getCutRate(), Figure.CUT_RATE, section, "cutRate");
    if (countsAddUp) { // else the counts, not the rate, are at fault: one root cause, one finding
      Rates.agreesWithBlock(
          checks,
          p.getCutRate(),
          p.getCut(),
          p.getGranted(),
          averaged,
          Figure.CUT_RATE,
          section,
          "cutRate");
    }
  }
}
