package org.fazhi.report.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.validation.Rule;

/**
 * The rules of an administrative litigation block. An absent carried-over count is 0, as are absent
 * won, lost or withdrawn counts in their sum; the findings show those zeros.
 */
public final class LitigationValidator extends RulesValidator<Litigation> {

  @Override
  void check(Litigation l, Checks checks) {
    Optional<SectionId> section = l.getSection();
    boolean concludedExceeds = false;
    if (l.getConcluded().isPresent() && l.getCases().isPresent()) {
      Count carriedOver = l.getCarriedOver().orElse(Count.zero());
      Bounds open = Bounds.of(l.getCases().get()).plus(Bounds.of(carriedOver));
      var excess = Arithmetic.exceeds(Bounds.of(l.getConcluded().get()), open);
      concludedExceeds = excess.isPresent();
      excess.ifPresent(
          d ->
              checks
                  .finding(Rule.LITIGATION_CONCLUDED_EXCEEDS_CASES_AND_CARRIED_OVER)
                  .at("concluded")
                  .value("concluded", l.getConcluded())
                  .value("cases", l.getCases())
                  .value("carriedOver", carriedOver)
                  .discrepancy(d)
                  .section(section)
                  .report());
    }
    boolean anyResult =
        l.getWon().isPresent() || l.getLost().isPresent() || l.getWithdrawn().isPresent();
    if (l.getConcluded().isPresent() && anyResult) {
      Bounds results =
          Bounds.orZero(l.getWon())
              .plus(Bounds.orZero(l.getLost()))
              .plus(Bounds.orZero(l.getWithdrawn()));
      Arithmetic.exceeds(results, Bounds.of(l.getConcluded().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.LITIGATION_RESULTS_EXCEED_CONCLUDED)
                      .at("concluded")
                      .value("won", l.getWon().orElse(Count.zero()))
                      .value("lost", l.getLost().orElse(Count.zero()))
                      .value("withdrawn", l.getWithdrawn().orElse(Count.zero()))
                      .value("concluded", l.getConcluded())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    if (l.getConcluded().isPresent() && !l.getJudgments().isEmpty()) {
      Bounds concluded = Bounds.of(l.getConcluded().get());
      Bounds judgments = Arithmetic.sum(l.getJudgments().values());
      var excess = Arithmetic.exceeds(judgments, concluded);
      if (excess.isPresent()) {
        checks
            .finding(Rule.LITIGATION_JUDGMENTS_EXCEED_CONCLUDED)
            .at("judgments")
            .value("concluded", l.getConcluded())
            .discrepancy(excess.get())
            .section(section)
            .report();
      } else if (l.isJudgmentsComplete()) {
        Arithmetic.differs(judgments, concluded, 0)
            .ifPresent(
                d ->
                    checks
                        .finding(Rule.LITIGATION_JUDGMENTS_BELOW_CONCLUDED)
                        .at("judgments")
                        .value("concluded", l.getConcluded())
                        .discrepancy(d)
                        .section(section)
                        .report());
      }
    }
    if (l.getHeadAppearances().isPresent() && l.getHearings().isPresent()) {
      Arithmetic.exceeds(Bounds.of(l.getHeadAppearances().get()), Bounds.of(l.getHearings().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.LITIGATION_HEAD_APPEARANCES_EXCEED_HEARINGS)
                      .at("headAppearances")
                      .value("headAppearances", l.getHeadAppearances())
                      .value("hearings", l.getHearings())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    if (l.getLost().isPresent()) {
      List<Count> adverse = new ArrayList<>();
      for (Map.Entry<JudgmentType, Count> judgment : l.getJudgments().entrySet()) {
        if (judgment.getKey().isAgainstAgency()) {
          adverse.add(judgment.getValue());
        }
      }
      if (!adverse.isEmpty()) {
        Arithmetic.exceeds(Arithmetic.sum(adverse), Bounds.of(l.getLost().get()))
            .ifPresent(
                d ->
                    checks
                        .finding(Rule.LITIGATION_LOST_BELOW_ADVERSE_JUDGMENTS)
                        .at("lost")
                        .value("lost", l.getLost())
                        .discrepancy(d)
                        .section(section)
                        .report());
      }
    }
    if (!concludedExceeds) {
      pending(l, checks, section);
    }
    Rates.share(
        checks,
        l.getHeadAppearanceRate(),
        Figure.HEAD_APPEARANCE_RATE,
        section,
        "headAppearanceRate");
    Rates.share(checks, l.getLossRate(), Figure.LOSS_RATE, section, "lossRate");
    Rates.share(checks, l.getWinRate(), Figure.WIN_RATE, section, "winRate");
    Rates.share(checks, l.getConcludedRate(), Figure.CONCLUDED_RATE, section, "concludedRate");
    Rates.agreesWithBlock(
        checks,
        l.getHeadAppearanceRate(),
        l.getHeadAppearances(),
        l.getHearings(),
        false,
        Figure.HEAD_APPEARANCE_RATE,
        section,
        "headAppearanceRate");
    CaseRates.Denominators denominators = denominators(l);
    CaseRates.check(
        checks,
        new CaseRates.Published(
            l.getLossRate(), CaseRates.Term.of(l.getLost()), true, Figure.LOSS_RATE, "lossRate"),
        Optional.empty(),
        CaseStage.CLOSED,
        denominators,
        section);
    CaseRates.check(
        checks,
        new CaseRates.Published(
            l.getWinRate(), CaseRates.Term.of(l.getWon()), true, Figure.WIN_RATE, "winRate"),
        Optional.empty(),
        CaseStage.CLOSED,
        denominators,
        section);
    CaseRates.check(
        checks,
        new CaseRates.Published(
            l.getConcludedRate(),
            CaseRates.Term.of(l.getConcluded()),
            true,
            Figure.CONCLUDED_RATE,
            "concludedRate"),
        Optional.empty(),
        CaseStage.HANDLED,
        denominators,
        section);
    List<Rate> winAndLoss = new ArrayList<>();
    l.getWinRate().ifPresent(winAndLoss::add);
    l.getLossRate().ifPresent(winAndLoss::add);
    Rates.sharesOfOneWhole(checks, winAndLoss, Figure.WIN_AND_LOSS_RATES, section, "winRate");
    Breakdowns.check(checks, l.getBreakdowns(), denominators, section);
  }

  /** The block's figures by the stage a rate or breakdown may be of. */
  private static CaseRates.Denominators denominators(Litigation l) {
    return new CaseRates.Denominators()
        .put(CaseStage.ACCEPTED, CaseRates.Term.of(l.getCases()))
        .put(CaseStage.HANDLED, CaseRates.Term.sum(l.getCases(), l.getCarriedOver()))
        .put(CaseStage.CLOSED, CaseRates.Term.of(l.getConcluded()));
  }

  /** pending = cases + carried over − concluded, where all four are given. */
  private static void pending(Litigation l, Checks checks, Optional<SectionId> section) {
    if (l.getPending().isEmpty()
        || l.getCases().isEmpty()
        || l.getCarriedOver().isEmpty()
        || l.getConcluded().isEmpty()) {
      return;
    }
    Bounds expected =
        Bounds.of(l.getCases().get())
            .plus(Bounds.of(l.getCarriedOver().get()))
            .minus(Bounds.of(l.getConcluded().get()));
    Arithmetic.differs(Bounds.of(l.getPending().get()), expected, 0)
        .ifPresent(
            d ->
                checks
                    .finding(Rule.LITIGATION_PENDING_DIFFERS_FROM_OPEN_CASES)
                    .at("pending")
                    .value("pending", l.getPending())
                    .value("cases", l.getCases())
                    .value("carriedOver", l.getCarriedOver())
                    .value("concluded", l.getConcluded())
                    .discrepancy(d)
                    .section(section)
                    .report());
  }
}
