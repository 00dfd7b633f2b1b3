package org.fazhi.report.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.fazhi.report.validation.Rule;

/**
 * The rules of an administrative reconsideration block. An absent carried-over count is 0: closed ≤
 * accepted + carried over is an ERROR either way, and its finding shows the 0.
 */
public final class ReconsiderationValidator extends RulesValidator<Reconsideration> {

  @Override
  void check(Reconsideration r, Checks checks) {
    Optional<SectionId> section = r.getSection();
    if (r.getAccepted().isPresent() && r.getReceived().isPresent()) {
      Bounds accepted = Bounds.of(r.getAccepted().get());
      Bounds received = Bounds.of(r.getReceived().get());
      var excess = Arithmetic.exceeds(accepted, received);
      if (excess.isPresent()) {
        checks
            .finding(Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED)
            .at("accepted")
            .value("accepted", r.getAccepted())
            .value("received", r.getReceived())
            .discrepancy(excess.get())
            .section(section)
            .report();
      } else if (r.getNotAccepted().isPresent()) {
        Arithmetic.exceeds(accepted.plus(Bounds.of(r.getNotAccepted().get())), received)
            .ifPresent(
                d ->
                    checks
                        .finding(Rule.RECONSIDERATION_ACCEPTED_AND_REFUSED_EXCEED_RECEIVED)
                        .at("received")
                        .value("accepted", r.getAccepted())
                        .value("notAccepted", r.getNotAccepted())
                        .value("received", r.getReceived())
                        .discrepancy(d)
                        .section(section)
                        .report());
      }
    }
    boolean closedExceeds = false;
    if (r.getClosed().isPresent() && r.getAccepted().isPresent()) {
      Count carriedOver = r.getCarriedOver().orElse(Count.zero());
      Bounds closed = Bounds.of(r.getClosed().get());
      Bounds open = Bounds.of(r.getAccepted().get()).plus(Bounds.of(carriedOver));
      var excess = Arithmetic.exceeds(closed, open);
      closedExceeds = excess.isPresent();
      excess.ifPresent(
          d ->
              checks
                  .finding(Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER)
                  .at("closed")
                  .value("closed", r.getClosed())
                  .value("accepted", r.getAccepted())
                  .value("carriedOver", carriedOver)
                  .discrepancy(d)
                  .section(section)
                  .report());
    }
    // Where closed exceeds accepted + carriedOver, pending = accepted + carriedOver − closed cannot
    // hold either: one root cause, one finding.
    if (!closedExceeds
        && r.getPending().isPresent()
        && r.getAccepted().isPresent()
        && r.getCarriedOver().isPresent()
        && r.getClosed().isPresent()) {
      Bounds expected =
          Bounds.of(r.getAccepted().get())
              .plus(Bounds.of(r.getCarriedOver().get()))
              .minus(Bounds.of(r.getClosed().get()));
      Arithmetic.differs(Bounds.of(r.getPending().get()), expected, 0)
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.RECONSIDERATION_PENDING_DIFFERS_FROM_OPEN_CASES)
                      .at("pending")
                      .value("pending", r.getPending())
                      .value("accepted", r.getAccepted())
                      .value("carriedOver", r.getCarriedOver())
                      .value("closed", r.getClosed())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    if (r.getClosed().isPresent() && !r.getOutcomes().isEmpty()) {
      Bounds closed = Bounds.of(r.getClosed().get());
      Bounds outcomes = Arithmetic.sum(r.getOutcomes().values());
      var excess = Arithmetic.exceeds(outcomes, closed);
      if (excess.isPresent()) {
        checks
            .finding(Rule.RECONSIDERATION_OUTCOMES_EXCEED_CLOSED)
            .at("outcomes")
            .value("closed", r.getClosed())
            .discrepancy(excess.get())
            .section(section)
            .report();
      } else if (r.isOutcomesComplete()) {
        Arithmetic.differs(outcomes, closed, 0)
            .ifPresent(
                d ->
                    checks
                        .finding(Rule.RECONSIDERATION_OUTCOMES_BELOW_CLOSED)
                        .at("outcomes")
                        .value("closed", r.getClosed())
                        .discrepancy(d)
                        .section(section)
                        .report());
      }
    }
    Rates.share(checks, r.getCorrectionRate(), Figure.CORRECTION_RATE, section, "correctionRate");
    correctionRate(r, checks, section);
  }

  /**
   * The correction rate against the correcting outcomes (change, revoke, confirm unlawful, order
   * performance, confirm void) over the stated basis; only where the basis is stated and the number
   * of corrections is known exactly (a complete breakdown).
   */
  private static void correctionRate(
      Reconsideration r, Checks checks, Optional<SectionId> section) {
    if (r.getCorrectionRateBasis().isEmpty() || !r.isOutcomesComplete()) {
      return;
    }
    Optional<Count> denominator;
    switch (r.getCorrectionRateBasis().get()) {
      case RECEIVED:
        denominator = r.getReceived();
        break;
      case ACCEPTED:
        denominator = r.getAccepted();
        break;
      default:
        denominator = r.getClosed();
        break;
    }
    List<Count> corrections = new ArrayList<>();
    for (Map.Entry<ReconsiderationDecision, Count> outcome : r.getOutcomes().entrySet()) {
      if (outcome.getKey().isCorrection()) {
        corrections.add(outcome.getValue());
      }
    }
    Bounds sum = Arithmetic.sum(corrections);
    if (!sum.isExact() || sum.lo.bitLength() >= Long.SIZE - 1) {
      return;
    }
    Rates.agreesWithBlock(
        checks,
        r.getCorrectionRate(),
        Optional.of(Count.of(sum.lo.longValueExact())),
        denominator,
        false,
        Figure.CORRECTION_RATE,
        section,
        "correctionRate");
  }
}
