package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.validation.Rule;

/**
 * The rules of an administrative reconsideration block: the caseload (received, new cases,
 * accepted, carried over, handled, closed, pending) here; the outcomes and groups in {@link
 * ReconsiderationOutcomes}; the handled caseload in {@link HandledCaseload}; the rates and
 * breakdowns against the block's figures. An absent carried-over count is 0 where a rule bounds
 * closed cases by accepted and carried-over ones: closed ≤ accepted + carried over is an ERROR
 * either way, and its finding shows the 0.
 */
public final class ReconsiderationValidator extends RulesValidator<Reconsideration> {

  @Override
  void check(Reconsideration r, Checks checks) {
    Optional<SectionId> section = r.getSection();
    received(r, checks, section);
    newCases(r, checks, section);
    boolean closedExceeds = closed(r, checks, section);
    HandledCaseload.RECONSIDERATION.check(
        checks,
        r.getHandled(),
        r.getAccepted(),
        r.getCarriedOver(),
        r.getClosed(),
        closedExceeds,
        section);
    // Where closed exceeds accepted + carriedOver, pending = accepted + carriedOver − closed cannot
    // hold either: one root cause, one finding.
    if (!closedExceeds) {
      pending(r, checks, section);
    }
    ReconsiderationOutcomes.check(r, checks, section, denominators(r));
    Breakdowns.check(checks, r.getBreakdowns(), denominators(r), section);
  }

  /** The block's figures by the stage a rate or breakdown may be of. */
  static CaseRates.Denominators denominators(Reconsideration r) {
    return new CaseRates.Denominators()
        .put(CaseStage.RECEIVED, CaseRates.Term.of(r.getReceived()))
        .put(CaseStage.ACCEPTED, CaseRates.Term.of(r.getAccepted()))
        .put(CaseStage.HANDLED, CaseRates.Term.of(r.getHandled()))
        .put(CaseStage.HANDLED, CaseRates.Term.sum(r.getAccepted(), r.getCarriedOver()))
        .put(CaseStage.CLOSED, CaseRates.Term.of(r.getClosed()));
  }

  private static void received(Reconsideration r, Checks checks, Optional<SectionId> section) {
    if (r.getAccepted().isEmpty() || r.getReceived().isEmpty()) {
      return;
    }
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

  /** 新收 is received or accepted: it lies between them. */
  private static void newCases(Reconsideration r, Checks checks, Optional<SectionId> section) {
    if (r.getNewCases().isEmpty()) {
      return;
    }
    Bounds newCases = Bounds.of(r.getNewCases().get());
    var below = r.getAccepted().flatMap(a -> Arithmetic.below(newCases, Bounds.of(a)));
    var above = r.getReceived().flatMap(v -> Arithmetic.exceeds(newCases, Bounds.of(v)));
    if (below.isPresent() || above.isPresent()) {
      checks
          .finding(Rule.RECONSIDERATION_NEW_CASES_OUTSIDE_RECEIVED_AND_ACCEPTED)
          .at("newCases")
          .value("newCases", r.getNewCases())
          .value("accepted", r.getAccepted().orElse(null), "—")
          .value("received", r.getReceived().orElse(null), "—")
          .discrepancy(above.orElseGet(below::get))
          .section(section)
          .report();
    }
  }

  /** closed ≤ accepted + carried over (absent: 0); whether it failed. */
  private static boolean closed(Reconsideration r, Checks checks, Optional<SectionId> section) {
    if (r.getClosed().isEmpty() || r.getAccepted().isEmpty()) {
      return false;
    }
    Count carriedOver = r.getCarriedOver().orElse(Count.zero());
    Bounds closed = Bounds.of(r.getClosed().get());
    Bounds open = Bounds.of(r.getAccepted().get()).plus(Bounds.of(carriedOver));
    var excess = Arithmetic.exceeds(closed, open);
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
    return excess.isPresent();
  }

  /** pending = accepted + carried over − closed, where all four are given. */
  private static void pending(Reconsideration r, Checks checks, Optional<SectionId> section) {
    if (r.getPending().isEmpty()
        || r.getAccepted().isEmpty()
        || r.getCarriedOver().isEmpty()
        || r.getClosed().isEmpty()) {
      return;
    }
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
}
