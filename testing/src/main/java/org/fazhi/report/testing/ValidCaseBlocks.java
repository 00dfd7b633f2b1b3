package org.fazhi.report.testing;

import static org.fazhi.report.testing.Figures.count;
import static org.fazhi.report.testing.ValidBlocks.part;
import static org.fazhi.report.testing.ValidBlocks.shares;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.LegalAidCaseType;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;

/**
 * Case statistics blocks whose figures hold together. Cases carried over count in the arithmetic
 * only where the block states them, as the rules read an absent carried-over count as none.
 */
final class ValidCaseBlocks {
  private ValidCaseBlocks() {}

  private static Arbitrary<Boolean> stated() {
    return Arbitraries.of(true, false);
  }

  static Arbitrary<Reconsideration> reconsideration() {
    return Combinators.combine(
            Figures.upTo(Figures.MAX),
            Figures.upTo(500),
            Figures.upTo(300),
            stated(),
            stated(),
            shares(4),
            ValidReports.sections().optional())
        .as(
            (accepted, refused, carried, carriedStated, pendingStated, s, section) -> {
              long carriedOver = carriedStated ? carried : 0;
              long handled = accepted + carriedOver;
              long closed = handled - part(handled, s.get(0));
              long upheld = part(closed, s.get(1));
              long revoked = part(closed - upheld, s.get(2));
              long changed = part(closed - upheld - revoked, s.get(3));
              Reconsideration.Builder block =
                  Reconsideration.builder()
                      .received(count(accepted + refused + part(refused, s.get(0))))
                      .accepted(count(accepted))
                      .notAccepted(count(refused))
                      .handled(count(handled))
                      .closed(count(closed))
                      .section(section);
              if (carriedStated) {
                block.carriedOver(count(carriedOver));
              }
              if (pendingStated) {
                block.pending(count(handled - closed));
              }
              putOutcome(block, ReconsiderationDecision.UPHELD, upheld);
              putOutcome(block, ReconsiderationDecision.REVOKED, revoked);
              putOutcome(block, ReconsiderationDecision.CHANGED, changed);
              return block
                  .outcomesComplete(closed > 0 && upheld + revoked + changed == closed)
                  .build();
            });
  }

  private static void putOutcome(
      Reconsideration.Builder block, ReconsiderationDecision kind, long n) {
    if (n > 0) {
      block.putOutcome(kind, count(n));
    }
  }

  /**
   * Results and judgments within the cases concluded; judgments against the agency, within lost.
   */
  static Arbitrary<Litigation> litigation() {
    return Combinators.combine(
            Figures.upTo(500),
            Figures.upTo(50),
            stated(),
            Figures.upTo(200),
            shares(7),
            ValidReports.sections().optional())
        .as(
            (cases, carried, carriedStated, hearings, s, section) -> {
              long carriedOver = carriedStated ? carried : 0;
              long concluded = part(cases + carriedOver, s.get(0));
              long won = part(concluded, s.get(1));
              long lost = part(concluded - won, s.get(2));
              long appearances = part(hearings, s.get(4));
              Litigation.Builder block =
                  Litigation.builder()
                      .cases(count(cases))
                      .concluded(count(concluded))
                      .pending(count(cases + carriedOver - concluded))
                      .won(count(won))
                      .lost(count(lost))
                      .withdrawn(count(part(concluded - won - lost, s.get(3))))
                      .putJudgment(JudgmentType.CLAIM_REJECTED, count(part(won, s.get(5))))
                      .putJudgment(JudgmentType.REVOKED, count(part(lost, s.get(6))))
                      .hearings(count(hearings))
                      .headAppearances(count(appearances))
                      .section(section);
              if (carriedStated) {
                block.carriedOver(count(carriedOver));
              }
              if (hearings > 0) {
                block.headAppearanceRate(Figures.rate(appearances, hearings));
              }
              return block.build();
            });
  }

  static Arbitrary<JudgmentPerformance> judgmentPerformance() {
    return Combinators.combine(Figures.upTo(100), shares(4))
        .as(
            (cases, s) -> {
              long concluded = part(cases, s.get(0));
              long upheld = part(concluded, s.get(1));
              return JudgmentPerformance.builder()
                  .cases(count(cases))
                  .concluded(count(concluded))
                  .putJudgment(JudgmentType.UPHELD, count(upheld))
                  .putJudgment(JudgmentType.REVOKED, count(part(concluded - upheld, s.get(2))))
                  .performed(count(part(concluded, s.get(3))))
                  .build();
            });
  }

  static Arbitrary<LegalAid> legalAid() {
    return Combinators.combine(
            Figures.upTo(2000), Figures.upTo(200), Figures.upTo(100), stated(), shares(3))
        .as(
            (accepted, refused, carried, carriedStated, s) -> {
              long carriedOver = carriedStated ? carried : 0;
              long handled = accepted + carriedOver;
              long criminal = part(handled, s.get(1));
              LegalAid.Builder block =
                  LegalAid.builder()
                      .applications(count(accepted + refused))
                      .accepted(count(accepted))
                      .handled(count(handled))
                      .closed(count(part(handled, s.get(0))))
                      .putCasesByType(LegalAidCaseType.CRIMINAL, count(criminal))
                      .putCasesByType(
                          LegalAidCaseType.CIVIL, count(part(handled - criminal, s.get(2))));
              if (carriedStated) {
                block.carriedOver(count(carriedOver));
              }
              return block.build();
            });
  }

  static Arbitrary<Mediation> mediation() {
    return Combinators.combine(
            Figures.upTo(300), Figures.upTo(1000), Figures.upTo(Figures.MAX), shares(5))
        .as(
            (committees, mediators, disputes, s) -> {
              long village = part(committees, s.get(0));
              long mediated = part(disputes, s.get(3));
              return Mediation.builder()
                  .committees(count(committees))
                  .villageCommittees(count(village))
                  .professionalCommittees(count(part(committees - village, s.get(1))))
                  .mediators(count(mediators))
                  .fullTimeMediators(count(part(mediators, s.get(2))))
                  .disputes(count(disputes))
                  .mediated(count(mediated))
                  .settled(count(part(mediated, s.get(4))))
                  .build();
            });
  }

  /** Services against a target, with the completion rate they give (which may pass 100%). */
  static Arbitrary<PublicLegalServices> publicLegalServices() {
    return Combinators.combine(Figures.upTo(Figures.MAX), Figures.between(1, Figures.MAX))
        .as(
            (services, target) ->
                PublicLegalServices.builder()
                    .services(count(services))
                    .target(count(target))
                    .completionRate(Figures.rate(services, target))
                    .build());
  }
}
