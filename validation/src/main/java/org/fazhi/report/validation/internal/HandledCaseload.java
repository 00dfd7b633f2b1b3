package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Rule;

/**
 * The rules of a block's caseload handled (办理), the same for every block that states one: handled =
 * accepted + carried over where all are given; handled ≥ accepted where carried over is not; and
 * closed ≤ handled, unless closed already exceeds accepted + carried over (one root cause, one
 * finding).
 *
 * @param differs the rule of handled ≠ accepted + carried over
 * @param below the rule of handled &lt; accepted
 * @param closedExceeds the rule of closed &gt; handled
 */
record HandledCaseload(Rule differs, Rule below, Rule closedExceeds) {

  static final HandledCaseload RECONSIDERATION =
      new HandledCaseload(
          Rule.RECONSIDERATION_HANDLED_DIFFERS_FROM_ACCEPTED_AND_CARRIED_OVER,
          Rule.RECONSIDERATION_HANDLED_BELOW_ACCEPTED,
          Rule.RECONSIDERATION_CLOSED_EXCEEDS_HANDLED);

  static final HandledCaseload LEGAL_AID =
      new HandledCaseload(
          Rule.LEGAL_AID_HANDLED_DIFFERS_FROM_ACCEPTED_AND_CARRIED_OVER,
          Rule.LEGAL_AID_HANDLED_BELOW_ACCEPTED,
          Rule.LEGAL_AID_CLOSED_EXCEEDS_HANDLED);

  /** Applies the rules to a block's figures; {@code closedExceeds}: the accepted rule fired. */
  void check(
      Checks checks,
      Optional<Count> handled,
      Optional<Count> accepted,
      Optional<Count> carriedOver,
      Optional<Count> closed,
      boolean closedExceeds,
      Optional<SectionId> section) {
    if (handled.isEmpty()) {
      return;
    }
    Bounds total = Bounds.of(handled.get());
    if (accepted.isPresent() && carriedOver.isPresent()) {
      Bounds sum = Bounds.of(accepted.get()).plus(Bounds.of(carriedOver.get()));
      Arithmetic.differs(total, sum, 0)
          .ifPresent(
              d ->
                  checks
                      .finding(differs)
                      .at("handled")
                      .value("handled", handled)
                      .value("accepted", accepted)
                      .value("carriedOver", carriedOver)
                      .discrepancy(d)
                      .section(section)
                      .report());
    } else if (accepted.isPresent()) {
      Arithmetic.below(total, Bounds.of(accepted.get()))
          .ifPresent(
              d ->
                  checks
                      .finding(below)
                      .at("handled")
                      .value("handled", handled)
                      .value("accepted", accepted)
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    if (!closedExceeds) {
      Limits.atMost(checks, this.closedExceeds, "closed", closed, "handled", handled, section);
    }
  }
}
