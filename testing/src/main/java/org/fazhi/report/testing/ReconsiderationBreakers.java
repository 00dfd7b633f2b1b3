package org.fazhi.report.testing;

import static org.fazhi.report.testing.Figures.count;
import static org.fazhi.report.testing.ValidBlocks.part;

import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import org.fazhi.report.Report;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.fazhi.report.validation.Rule;

/**
 * Breaks the reconsideration rules: each change replaces the block with one that states only the
 * figures the rule compares, {@code n} (a count), {@code p} (a share in percent of another count)
 * and {@code e} (how far past the bound, at least 1).
 */
final class ReconsiderationBreakers {
  private ReconsiderationBreakers() {}

  private static final ReconsiderationDecision UPHELD = ReconsiderationDecision.UPHELD;
  private static final ReconsiderationDecision REVOKED = ReconsiderationDecision.REVOKED;
  private static final ReconsiderationDecision CHANGED = ReconsiderationDecision.CHANGED;

  static void addTo(Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers) {
    put(
        breakers,
        Rule.RECONSIDERATION_ACCEPTED_EXCEEDS_RECEIVED,
        (n, p, e) -> builder().received(count(n)).accepted(count(n + e)));
    put(
        breakers,
        Rule.RECONSIDERATION_ACCEPTED_AND_REFUSED_EXCEED_RECEIVED,
        (n, p, e) ->
            builder()
                .received(count(n))
                .accepted(count(part(n, p)))
                .notAccepted(count(n - part(n, p) + e)));
    put(
        breakers,
        Rule.RECONSIDERATION_CLOSED_EXCEEDS_ACCEPTED_AND_CARRIED_OVER,
        (n, p, e) ->
            builder()
                .accepted(count(n))
                .carriedOver(count(part(n, p)))
                .closed(count(n + part(n, p) + e)));
    put(
        breakers,
        Rule.RECONSIDERATION_PENDING_DIFFERS_FROM_OPEN_CASES,
        (n, p, e) ->
            builder()
                .accepted(count(n))
                .carriedOver(count(e))
                .closed(count(part(n, p)))
                .pending(count(n - part(n, p) + e + e)));
    put(
        breakers,
        Rule.RECONSIDERATION_OUTCOMES_EXCEED_CLOSED,
        (n, p, e) ->
            builder()
                .closed(count(n))
                .putOutcome(UPHELD, count(part(n, p)))
                .putOutcome(REVOKED, count(n - part(n, p) + e)));
    put(
        breakers,
        Rule.RECONSIDERATION_OUTCOMES_BELOW_CLOSED,
        (n, p, e) ->
            builder()
                .closed(count(n + e))
                .outcomesComplete(true)
                .putOutcome(UPHELD, count(part(n, p)))
                .putOutcome(REVOKED, count(n - part(n, p))));
    put(
        breakers,
        Rule.RECONSIDERATION_OUTCOMES_EXCEED_OPEN_CASES,
        (n, p, e) ->
            builder()
                .accepted(count(n))
                .putOutcome(UPHELD, count(part(n, p)))
                .putOutcome(REVOKED, count(n - part(n, p) + e)));
    put(
        breakers,
        Rule.RECONSIDERATION_OUTCOME_GROUP_BELOW_KINDS,
        (n, p, e) ->
            builder()
                .putOutcome(REVOKED, count(n + e))
                .putOutcome(CHANGED, count(n))
                .addOutcomeGroup(
                    OutcomeGroup.builder()
                        .open(true)
                        .label("纠错决定")
                        .addKinds(REVOKED, CHANGED, ReconsiderationDecision.CONFIRMED_UNLAWFUL)
                        .count(count(part(n + n + e - 1, p)))
                        .build()));
    put(
        breakers,
        Rule.RECONSIDERATION_OUTCOME_GROUP_EXCEEDS_KINDS,
        (n, p, e) ->
            builder()
                .putOutcome(REVOKED, count(part(n, p)))
                .putOutcome(CHANGED, count(n - part(n, p)))
                .addOutcomeGroup(
                    OutcomeGroup.builder().addKinds(REVOKED, CHANGED).count(count(n + e)).build()));
    put(
        breakers,
        Rule.RECONSIDERATION_HANDLED_DIFFERS_FROM_ACCEPTED_AND_CARRIED_OVER,
        (n, p, e) ->
            builder()
                .accepted(count(n))
                .carriedOver(count(part(n, p)))
                .handled(count(n + part(n, p) + e)));
    put(
        breakers,
        Rule.RECONSIDERATION_HANDLED_BELOW_ACCEPTED,
        (n, p, e) -> builder().accepted(count(n + e)).handled(count(n + e - 1 - part(n, p))));
    put(
        breakers,
        Rule.RECONSIDERATION_CLOSED_EXCEEDS_HANDLED,
        (n, p, e) -> builder().handled(count(n)).closed(count(n + e)));
    put(
        breakers,
        Rule.RECONSIDERATION_NEW_CASES_OUTSIDE_RECEIVED_AND_ACCEPTED,
        (n, p, e) ->
            builder()
                .received(count(n))
                .accepted(count(part(n, p)))
                .newCasesTerm("新收")
                .newCases(count(p % 2 == 1 && part(n, p) > 0 ? part(n, p) - 1 : n + e)));
  }

  private static Reconsideration.Builder builder() {
    return Reconsideration.builder();
  }

  private static void put(
      Map<Rule, Arbitrary<UnaryOperator<Report>>> breakers,
      Rule rule,
      RuleBreakers.Block<Reconsideration.Builder> block) {
    breakers.put(
        rule, RuleBreakers.replacing((n, p, e) -> block.of(n, p, e).build(), Figures::with));
  }
}
