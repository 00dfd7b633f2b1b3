package org.fazhi.report.validation.internal;

import java.math.BigInteger;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.validation.Discrepancy;
import org.fazhi.report.validation.Rule;

/**
 * The published rates of a case block checked against their numerator over the block's figures:
 * over the basis the report states ({@code rate.disagrees-with-stated-basis}, ERROR), else over the
 * rate's usual basis or, failing that, another basis the block gives ({@code rate.basis-inferred},
 * INFO), else a warning ({@code rate.disagrees-with-block-counts}). A rate that states its own
 * numerator and denominator is left to {@code rate.disagrees-with-stated-counts}.
 */
final class CaseRates {
  private CaseRates() {}

  /** A figure a rate is computed from: its range, and how a message shows it. */
  record Term(Bounds bounds, Optional<Count> count, String text) {
    static Term of(Count count) {
      return new Term(Bounds.of(count), Optional.of(count), count.toString());
    }

    static Optional<Term> of(Optional<Count> count) {
      return count.map(Term::of);
    }

    /** A sum of figures: {@code 31+2}, its range the sum of theirs. */
    static Optional<Term> sum(Optional<Count> a, Optional<Count> b) {
      if (a.isEmpty() || b.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Term(
              Bounds.of(a.get()).plus(Bounds.of(b.get())),
              Optional.empty(),
              a.get() + "+" + b.get()));
    }

    /** A computed range, shown as a number, {@code ≥14} or {@code 14~20}. */
    static Term of(Bounds bounds) {
      return new Term(bounds, Optional.empty(), text(bounds));
    }

    private static String text(Bounds bounds) {
      if (bounds.isExact()) {
        return bounds.lo.toString();
      }
      if (bounds.hi == null) {
        return "≥" + (bounds.lo == null ? BigInteger.ZERO : bounds.lo);
      }
      return (bounds.lo == null ? BigInteger.ZERO : bounds.lo) + "~" + bounds.hi;
    }
  }

  /** A block's figures by the stage a rate may be computed over. */
  static final class Denominators {
    private final Map<CaseStage, Term> byStage = new EnumMap<>(CaseStage.class);

    Denominators put(CaseStage stage, Optional<Term> term) {
      term.ifPresent(t -> byStage.putIfAbsent(stage, t));
      return this;
    }

    Optional<Term> get(CaseStage stage) {
      return Optional.ofNullable(byStage.get(stage));
    }

    Map<CaseStage, Term> all() {
      return byStage;
    }
  }

  /**
   * A published rate of a block, what it counts, and where it stands.
   *
   * @param rate the rate, if the report gives it
   * @param numerator what it counts, if the block gives that
   * @param definite whether every publisher counts the numerator alike (a kind's share, closed
   *     cases); not so for corrections or mediations, which publishers define differently
   * @param figure the rate's name in messages
   * @param path where the rate stands in its block
   */
  record Published(
      Optional<Rate> rate,
      Optional<Term> numerator,
      boolean definite,
      Figure figure,
      Object... path) {}

  /**
   * Checks a published rate against its numerator over {@code stated} where the report states a
   * basis, else over {@code usual} or another basis the block gives. Over a stated basis a
   * disagreement is an ERROR where the numerator is {@link Published#definite() definite} or the
   * rate agrees with another basis instead (then the label, not the count, is wrong); else, as
   * without a stated basis, a WARNING.
   */
  static void check(
      Checks checks,
      Published subject,
      Optional<CaseStage> stated,
      CaseStage usual,
      Denominators denominators,
      Optional<SectionId> section) {
    Optional<Rate> rate = subject.rate();
    if (rate.isEmpty()
        || subject.numerator().isEmpty()
        || rate.get().getNumerator().isPresent()
        || rate.get().getDenominator().isPresent()) {
      return;
    }
    Rate published = rate.get();
    Term n = subject.numerator().get();
    Object[] path = subject.path();
    Figure figure = subject.figure();
    if (stated.isPresent()) {
      Optional<Term> over = denominators.get(stated.get());
      if (over.isEmpty()) {
        return;
      }
      Optional<Discrepancy> wrong =
          Arithmetic.rateDisagrees(published, n.bounds(), over.get().bounds());
      if (wrong.isEmpty()) {
        return;
      }
      boolean certain =
          subject.definite() || agreeing(published, n, denominators, stated.get()).isPresent();
      finding(
              checks,
              certain
                  ? Rule.RATE_DISAGREES_WITH_STATED_BASIS
                  : Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS,
              n,
              over.get(),
              path)
          .figure(figure)
          .value("basis", stated.get(), certain)
          .discrepancy(wrong.get())
          .section(section)
          .report();
      return;
    }
    Optional<Term> usualOver = denominators.get(usual);
    if (usualOver.isPresent()
        && Arithmetic.rateDisagrees(published, n.bounds(), usualOver.get().bounds()).isEmpty()) {
      return;
    }
    Optional<Map.Entry<CaseStage, Term>> other = agreeing(published, n, denominators, usual);
    if (other.isPresent()) {
      if (usualOver.isPresent()) {
        Term d = other.get().getValue();
        finding(checks, Rule.RATE_BASIS_INFERRED, n, d, path)
            .figure(figure)
            .value("usualBasis", usual)
            .value("basis", other.get().getKey())
            .value("reported", published.getPercent())
            .value("computed", Decimals.percent(n.bounds().lo, d.bounds().lo, scale(published)))
            .section(section)
            .report();
      }
      return;
    }
    // No basis agrees: against the usual basis, or the first the block gives.
    Optional<Term> against = usualOver.or(() -> denominators.all().values().stream().findFirst());
    against
        .flatMap(d -> Arithmetic.rateDisagrees(published, n.bounds(), d.bounds()))
        .ifPresent(
            wrong ->
                finding(checks, Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS, n, against.get(), path)
                    .figure(figure)
                    .discrepancy(wrong)
                    .section(section)
                    .report());
  }

  /**
   * The first basis other than {@code except} over which the rate agrees with exact counts: a claim
   * made only where the counts leave no doubt.
   */
  private static Optional<Map.Entry<CaseStage, Term>> agreeing(
      Rate published, Term n, Denominators denominators, CaseStage except) {
    for (Map.Entry<CaseStage, Term> other : denominators.all().entrySet()) {
      Term d = other.getValue();
      if (other.getKey() != except
          && d.bounds().isExact()
          && n.bounds().isExact()
          && d.bounds().lo.signum() > 0
          && Arithmetic.rateDisagrees(published, n.bounds(), d.bounds()).isEmpty()) {
        return Optional.of(other);
      }
    }
    return Optional.empty();
  }

  private static int scale(Rate rate) {
    return Math.max(0, Math.min(rate.getPercent().scale(), Arithmetic.MAX_RATE_DECIMALS)) + 2;
  }

  private static Checks.FindingBuilder finding(
      Checks checks, Rule rule, Term numerator, Term denominator, Object... path) {
    return checks
        .finding(rule)
        .at(path)
        .value("numerator", numerator)
        .value("denominator", denominator);
  }
}
