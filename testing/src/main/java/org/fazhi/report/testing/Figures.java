package org.fazhi.report.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.fazhi.report.Report;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.JudgmentPerformance;
import org.fazhi.report.statistics.LegalAid;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.Mediation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;

/** Counts, rates and one-block edits that the generators share. */
final class Figures {
  private Figures() {}

  /** The largest count generated: a county's caseload stays well below it. */
  static final int MAX = 5000;

  /** Counts from 0 to {@code max}. */
  static Arbitrary<Integer> upTo(int max) {
    return Arbitraries.integers().between(0, max);
  }

  /** Counts from {@code min} to {@code max}. */
  static Arbitrary<Integer> between(int min, int max) {
    return Arbitraries.integers().between(min, max);
  }

  static Count count(long value) {
    return Count.of(value);
  }

  /** {@code numerator / denominator} in percent, rounded half up to {@code decimals}. */
  static BigDecimal percent(long numerator, long denominator, int decimals) {
    return BigDecimal.valueOf(numerator * 100)
        .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP);
  }

  /** The rate {@code numerator / denominator} as a report would print it, to two decimals. */
  static Rate rate(long numerator, long denominator) {
    return Rate.of(percent(numerator, denominator, 2));
  }

  static Report with(Report report, Reconsideration block) {
    return with(report, report.getStatistics().withReconsideration(block));
  }

  static Report with(Report report, Litigation block) {
    return with(report, report.getStatistics().withLitigation(block));
  }

  static Report with(Report report, JudgmentPerformance block) {
    return with(report, report.getStatistics().withJudgmentPerformance(block));
  }

  static Report with(Report report, LegalAid block) {
    return with(report, report.getStatistics().withLegalAid(block));
  }

  static Report with(Report report, Mediation block) {
    return with(report, report.getStatistics().withMediation(block));
  }

  static Report with(Report report, PublicLegalServices block) {
    return with(report, report.getStatistics().withPublicLegalServices(block));
  }

  static Report with(Report report, DelegatedPowers block) {
    return report.withEnforcement(report.getEnforcement().withDelegatedPowers(block));
  }

  static Report with(Report report, DecisionMaking decisions) {
    return report.withDecisions(decisions);
  }

  private static Report with(Report report, CaseStatistics statistics) {
    return report.withStatistics(statistics);
  }
}
