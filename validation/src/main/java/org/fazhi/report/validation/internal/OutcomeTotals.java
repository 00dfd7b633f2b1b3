package org.fazhi.report.validation.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.fazhi.report.figure.Count;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;

/**
 * How many closed reconsideration cases the outcomes a report states stand for, as a range: the
 * kinds stated apart, plus what the outcome groups hold beyond the kinds they list — at least.
 *
 * <p>Kinds are disjoint, so their counts add up. A group may hold the kinds it lists; an open group
 * (等) also kinds it does not list — of the same class when every listed kind is a correction
 * (撤销、变更等纠错决定: only corrections), else any kind. Beyond the kinds stated apart, a group adds its
 * count less the stated kinds it may hold. Groups that may hold a kind in common may hold the same
 * cases, so only groups that cannot add up, taken in the order written. The upper bound is known
 * only where the report says its outcomes are complete and publishes no group.
 */
final class OutcomeTotals {
  private OutcomeTotals() {}

  /** The outcomes of closed cases: every kind except what happens before acceptance. */
  static Bounds closed(Reconsideration r) {
    return of(r, kind -> !kind.isBeforeAcceptance(), group -> true);
  }

  /** The corrective outcomes (撤销, 变更, …) and the groups of corrective kinds only. */
  static Bounds corrective(Reconsideration r) {
    return of(r, ReconsiderationDecision::isCorrection, OutcomeGroup::isCorrective);
  }

  /** The outcomes by mediation, settlement or withdrawal (调撤). */
  static Bounds mediationOrWithdrawal(Reconsideration r) {
    return of(
        r,
        ReconsiderationDecision::isMediationOrWithdrawal,
        g ->
            !g.isOpen()
                && g.getKinds().stream()
                    .allMatch(ReconsiderationDecision::isMediationOrWithdrawal));
  }

  /** Whether the report states any outcome of the kinds {@code kinds} selects, apart or grouped. */
  static boolean states(Reconsideration r, Predicate<ReconsiderationDecision> kinds) {
    return r.getOutcomes().keySet().stream().anyMatch(kinds)
        || r.getOutcomeGroups().stream().anyMatch(g -> g.getKinds().stream().allMatch(kinds));
  }

  private static Bounds of(
      Reconsideration r, Predicate<ReconsiderationDecision> kinds, Predicate<OutcomeGroup> groups) {
    List<Count> stated = new ArrayList<>();
    for (Map.Entry<ReconsiderationDecision, Count> outcome : r.getOutcomes().entrySet()) {
      if (kinds.test(outcome.getKey())) {
        stated.add(outcome.getValue());
      }
    }
    Bounds apart = Arithmetic.sum(stated);
    List<OutcomeGroup> selected = new ArrayList<>();
    for (OutcomeGroup group : r.getOutcomeGroups()) {
      if (groups.test(group)) {
        selected.add(group);
      }
    }
    BigInteger extra = BigInteger.ZERO;
    Set<ReconsiderationDecision> taken = EnumSet.noneOf(ReconsiderationDecision.class);
    for (OutcomeGroup group : selected) {
      Set<ReconsiderationDecision> possible = possibleKinds(group);
      if (possible.stream().noneMatch(taken::contains)) {
        taken.addAll(possible);
        extra = extra.add(beyond(Bounds.of(group.getCount()).lo, stated(r, possible)));
      }
    }
    BigInteger low = apart.lo.add(extra);
    boolean upperKnown = r.isOutcomesComplete() && r.getOutcomeGroups().isEmpty();
    return Bounds.between(low, upperKnown ? apart.hi : null);
  }

  /** The kinds {@code group} may hold: those it lists, and for an open list those of its class. */
  static Set<ReconsiderationDecision> possibleKinds(OutcomeGroup group) {
    if (!group.isOpen()) {
      return group.getKinds();
    }
    Set<ReconsiderationDecision> possible = EnumSet.noneOf(ReconsiderationDecision.class);
    for (ReconsiderationDecision kind : ReconsiderationDecision.values()) {
      if (!kind.isBeforeAcceptance() && (!group.isCorrective() || kind.isCorrection())) {
        possible.add(kind);
      }
    }
    return possible;
  }

  /** The kinds {@code group} lists that the report also states apart. */
  static Bounds listed(Reconsideration r, OutcomeGroup group) {
    return stated(r, group.getKinds());
  }

  /** The kinds of {@code kinds} that the report states apart. */
  private static Bounds stated(Reconsideration r, Set<ReconsiderationDecision> kinds) {
    List<Count> counts = new ArrayList<>();
    for (ReconsiderationDecision kind : kinds) {
      Count count = r.getOutcomes().get(kind);
      if (count != null) {
        counts.add(count);
      }
    }
    return Arithmetic.sum(counts);
  }

  /** What {@code count} holds beyond {@code inside}, at least: never below zero. */
  private static BigInteger beyond(BigInteger count, Bounds inside) {
    if (inside.hi == null) {
      return BigInteger.ZERO;
    }
    return count.subtract(inside.hi).max(BigInteger.ZERO);
  }
}
