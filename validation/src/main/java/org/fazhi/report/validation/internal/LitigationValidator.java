package org.fazhi.report.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.validation.Rule;

/**
 * The rules of an administrative litigation block. An absent carried-over count is taken as 0
 * (concluded ≤ cases is then a WARNING); absent won, lost or withdrawn counts are taken as 0 in
 * their sum.
 */
public final class LitigationValidator extends RulesValidator<Litigation> {

  @Override
  void check(Litigation l, Checks checks) {
    Optional<SectionId> section = l.getSection();
    if (l.getConcluded().isPresent() && l.getCases().isPresent()) {
      Bounds open = Bounds.of(l.getCases().get()).plus(Bounds.orZero(l.getCarriedOver()));
      Rule rule =
          l.getCarriedOver().isPresent()
              ? Rule.LITIGATION_CONCLUDED_EXCEEDS_CASES_AND_CARRIED_OVER
              : Rule.LITIGATION_CONCLUDED_EXCEEDS_CASES;
      Arithmetic.exceeds(Bounds.of(l.getConcluded().get()), open)
          .ifPresent(
              d ->
                  checks
                      .finding(rule)
                      .at("concluded")
                      .value("concluded", l.getConcluded())
                      .value("cases", l.getCases())
                      .value("carriedOver", l.getCarriedOver())
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
    Rates.share(checks, l.getHeadAppearanceRate(), Figure.HEAD_APPEARANCE_RATE, section,
        "headAppearanceRate");
    Rates.share(checks, l.getLossRate(), Figure.LOSS_RATE, section, "lossRate");
    Rates.agreesWithBlock(checks, l.getHeadAppearanceRate(), l.getHeadAppearances(),
        l.getHearings(), false, Figure.HEAD_APPEARANCE_RATE, section, "headAppearanceRate");
    Rates.agreesWithBlock(checks, l.getLossRate(), l.getLost(), l.getConcluded(), false,
        Figure.LOSS_RATE, section, "lossRate");
  }
}
