package org.fazhi.report.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.fazhi.report.validation.Rule;

/**
 * The rules of a reconsideration block's outcomes: the outcomes (kinds and groups, counted as in
 * {@link OutcomeTotals}) against closed cases, or where closed is not given against the cases that
 * could have been closed; each group against the kinds it lists; and the rates computed from
 * outcomes — outcome shares, correction, mediation and mediation-and-withdrawal rates, each over
 * closed cases unless the report states another basis — and the closure rate.
 */
final class ReconsiderationOutcomes {
  private ReconsiderationOutcomes() {}

  static void check(
      Reconsideration r,
      Checks checks,
      Optional<SectionId> section,
      CaseRates.Denominators denominators) {
    boolean any = !r.getOutcomes().isEmpty() || !r.getOutcomeGroups().isEmpty();
    if (any) {
      Bounds outcomes = OutcomeTotals.closed(r);
      if (r.getClosed().isPresent()) {
        againstClosed(r, outcomes, checks, section);
      } else {
        againstOpenCases(r, outcomes, checks, section);
      }
    }
    groups(r, checks, section);
    rates(r, checks, section, denominators);
  }

  private static Object[] outcomesPath(Reconsideration r) {
    return r.getOutcomes().isEmpty() ? new Object[] {"outcomeGroups"} : new Object[] {"outcomes"};
  }

  private static void againstClosed(
      Reconsideration r, Bounds outcomes, Checks checks, Optional<SectionId> section) {
    Bounds closed = Bounds.of(r.getClosed().get());
    var excess = Arithmetic.exceeds(outcomes, closed);
    if (excess.isPresent()) {
      checks
          .finding(Rule.RECONSIDERATION_OUTCOMES_EXCEED_CLOSED)
          .at(outcomesPath(r))
          .value("closed", r.getClosed())
          .discrepancy(excess.get())
          .section(section)
          .report();
    } else if (r.isOutcomesComplete()) {
      Arithmetic.below(outcomes, closed)
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.RECONSIDERATION_OUTCOMES_BELOW_CLOSED)
                      .at(outcomesPath(r))
                      .value("closed", r.getClosed())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
  }

  /** Without closed: the outcomes against handled, or accepted + carried over (absent: 0). */
  private static void againstOpenCases(
      Reconsideration r, Bounds outcomes, Checks checks, Optional<SectionId> section) {
    CaseStage basis;
    Bounds open;
    if (r.getHandled().isPresent()) {
      basis = CaseStage.HANDLED;
      open = Bounds.of(r.getHandled().get());
    } else if (r.getAccepted().isPresent()) {
      basis = CaseStage.ACCEPTED;
      open = Bounds.of(r.getAccepted().get()).plus(Bounds.orZero(r.getCarriedOver()));
    } else {
      return;
    }
    Arithmetic.exceeds(outcomes, open)
        .ifPresent(
            d -> {
              Checks.FindingBuilder finding =
                  checks
                      .finding(Rule.RECONSIDERATION_OUTCOMES_EXCEED_OPEN_CASES)
                      .at(outcomesPath(r));
              if (basis == CaseStage.HANDLED) {
                finding.value("handled", r.getHandled());
              } else {
                finding
                    .value("accepted", r.getAccepted())
                    .value("carriedOver", r.getCarriedOver().orElse(Count.zero()));
              }
              finding.discrepancy(d).section(section).report();
            });
  }

  /** Each group against the kinds it lists that are stated apart. */
  private static void groups(Reconsideration r, Checks checks, Optional<SectionId> section) {
    List<OutcomeGroup> groups = r.getOutcomeGroups();
    for (int index = 0; index < groups.size(); index++) {
      int i = index;
      OutcomeGroup group = groups.get(i);
      Bounds listed = OutcomeTotals.listed(r, group);
      Bounds count = Bounds.of(group.getCount());
      String name = group.getLabel().orElse(kinds(group, true));
      String nameEn = group.getLabel().orElse(kinds(group, false));
      var below = Arithmetic.below(count, listed);
      if (below.isPresent()) {
        checks
            .finding(Rule.RECONSIDERATION_OUTCOME_GROUP_BELOW_KINDS)
            .at("outcomeGroups", i, "count")
            .value("group", name)
            .parameter("groupEn", nameEn)
            .value("count", group.getCount())
            .discrepancy(below.get())
            .section(section)
            .report();
        continue;
      }
      boolean allStated = group.getKinds().stream().allMatch(r.getOutcomes()::containsKey);
      if (!group.isOpen() && allStated) {
        Arithmetic.exceeds(count, listed)
            .ifPresent(
                d ->
                    checks
                        .finding(Rule.RECONSIDERATION_OUTCOME_GROUP_EXCEEDS_KINDS)
                        .at("outcomeGroups", i, "count")
                        .value("group", name)
                        .parameter("groupEn", nameEn)
                        .value("count", group.getCount())
                        .discrepancy(d)
                        .section(section)
                        .report());
      }
    }
  }

  private static String kinds(OutcomeGroup group, boolean chinese) {
    List<String> names = new ArrayList<>();
    for (ReconsiderationDecision kind : group.getKinds()) {
      names.add(chinese ? kind.chineseName() : kind.name());
    }
    return String.join(chinese ? "、" : ", ", names)
        + (group.isOpen() ? (chinese ? "等" : ", …") : "");
  }

  private static void rates(
      Reconsideration r,
      Checks checks,
      Optional<SectionId> section,
      CaseRates.Denominators denominators) {
    List<Rate> shares = new ArrayList<>();
    for (Map.Entry<ReconsiderationDecision, Rate> share : r.getOutcomeShares().entrySet()) {
      ReconsiderationDecision kind = share.getKey();
      if (!kind.isBeforeAcceptance()) {
        // what happens before acceptance is a share of the applications, not of closed cases
        shares.add(share.getValue());
      }
      Rates.share(
          checks,
          Optional.of(share.getValue()),
          Figure.OUTCOME_SHARE,
          section,
          "outcomeShares",
          kind);
      CaseRates.check(
          checks,
          new CaseRates.Published(
              Optional.of(share.getValue()),
              CaseRates.Term.of(Optional.ofNullable(r.getOutcomes().get(kind))),
              true,
              Figure.OUTCOME_SHARE,
              "outcomeShares",
              kind),
          r.getOutcomeSharesBasis(),
          CaseStage.CLOSED,
          denominators,
          section);
    }
    Rates.sharesOfOneWhole(checks, shares, Figure.OUTCOME_SHARES, section, "outcomeShares");
    Rates.share(checks, r.getCorrectionRate(), Figure.CORRECTION_RATE, section, "correctionRate");
    CaseRates.check(
        checks,
        new CaseRates.Published(
            r.getCorrectionRate(),
            numerator(r, ReconsiderationDecision::isCorrection, OutcomeTotals.corrective(r)),
            false,
            Figure.CORRECTION_RATE,
            "correctionRate"),
        r.getCorrectionRateBasis(),
        CaseStage.CLOSED,
        denominators,
        section);
    Rates.share(checks, r.getMediationRate(), Figure.MEDIATION_RATE, section, "mediationRate");
    CaseRates.check(
        checks,
        new CaseRates.Published(
            r.getMediationRate(),
            CaseRates.Term.of(
                Optional.ofNullable(r.getOutcomes().get(ReconsiderationDecision.MEDIATED))),
            false,
            Figure.MEDIATION_RATE,
            "mediationRate"),
        r.getMediationRateBasis(),
        CaseStage.CLOSED,
        denominators,
        section);
    Rates.share(
        checks,
        r.getMediationWithdrawalRate(),
        Figure.MEDIATION_WITHDRAWAL_RATE,
        section,
        "mediationWithdrawalRate");
    CaseRates.check(
        checks,
        new CaseRates.Published(
            r.getMediationWithdrawalRate(),
            numerator(
                r,
                ReconsiderationDecision::isMediationOrWithdrawal,
                OutcomeTotals.mediationOrWithdrawal(r)),
            false,
            Figure.MEDIATION_WITHDRAWAL_RATE,
            "mediationWithdrawalRate"),
        r.getMediationWithdrawalRateBasis(),
        CaseStage.CLOSED,
        denominators,
        section);
    Rates.share(checks, r.getClosureRate(), Figure.CLOSURE_RATE, section, "closureRate");
    CaseRates.check(
        checks,
        new CaseRates.Published(
            r.getClosureRate(),
            CaseRates.Term.of(r.getClosed()),
            true,
            Figure.CLOSURE_RATE,
            "closureRate"),
        Optional.empty(),
        CaseStage.HANDLED,
        denominators,
        section);
  }

  /** The numerator of a rate of outcomes: present only where the report states such outcomes. */
  private static Optional<CaseRates.Term> numerator(
      Reconsideration r,
      java.util.function.Predicate<ReconsiderationDecision> kinds,
      Bounds bounds) {
    return OutcomeTotals.states(r, kinds)
        ? Optional.of(CaseRates.Term.of(bounds))
        : Optional.empty();
  }
}
