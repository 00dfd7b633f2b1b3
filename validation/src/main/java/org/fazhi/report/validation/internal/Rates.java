package org.fazhi.report.validation.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Discrepancy;
import org.fazhi.report.validation.Rule;

/** The rules every published rate of a block goes through. */
final class Rates {
  private Rates() {}

  /** {@code rate.share-exceeds-100}: a share whose least value exceeds 100%. */
  static void share(
      Checks checks,
      Optional<Rate> rate,
      Figure figure,
      Optional<SectionId> section,
      Object... path) {
    if (rate.isEmpty() || !checks.wants(Rule.RATE_SHARE_EXCEEDS_100)) {
      return;
    }
    Optional<BigDecimal> minimum = Arithmetic.rateMinimum(rate.get());
    if (minimum.isPresent() && minimum.get().compareTo(Decimals.HUNDRED) > 0) {
      checks
          .finding(Rule.RATE_SHARE_EXCEEDS_100)
          .at(path)
          .figure(figure)
          .value("rate", rate.get().getPercent())
          .section(section)
          .report();
    }
  }

  /**
   * {@code rate.shares-exceed-100}: shares of one whole whose least values, rounding counted, add
   * up to more than 100%.
   */
  static void sharesOfOneWhole(
      Checks checks,
      List<Rate> shares,
      Figure figure,
      Optional<SectionId> section,
      Object... path) {
    if (shares.size() < 2 || !checks.wants(Rule.RATE_SHARES_EXCEED_100)) {
      return;
    }
    BigDecimal least = BigDecimal.ZERO;
    BigDecimal written = BigDecimal.ZERO;
    for (Rate share : shares) {
      if (!Decimals.isTame(share.getPercent())) {
        return;
      }
      least = least.add(Arithmetic.rateLeast(share));
      written = written.add(share.getPercent());
    }
    if (least.compareTo(Decimals.HUNDRED) > 0) {
      checks
          .finding(Rule.RATE_SHARES_EXCEED_100)
          .at(path)
          .figure(figure)
          .discrepancy(
              new Discrepancy(
                  Decimals.stripped(written),
                  Decimals.HUNDRED,
                  Decimals.stripped(written.subtract(Decimals.HUNDRED)),
                  Decimals.stripped(written.subtract(least))))
          .section(section)
          .report();
    }
  }

  /**
   * {@code rate.disagrees-with-block-counts}: a rate that states no counts of its own against the
   * {@code numerator} and {@code denominator} its block gives for it. With {@code averaged}, the
   * numerator is an average that may itself have been rounded (±0.5).
   */
  static void agreesWithBlock(
      Checks checks,
      Optional<Rate> rate,
      Optional<Count> numerator,
      Optional<Count> denominator,
      boolean averaged,
      Figure figure,
      Optional<SectionId> section,
      String property) {
    if (rate.isEmpty()
        || numerator.isEmpty()
        || denominator.isEmpty()
        || !checks.wants(Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS)) {
      return;
    }
    Rate published = rate.get();
    if (published.getNumerator().isPresent() || published.getDenominator().isPresent()) {
      return; // the rate's own counts decide: rate.disagrees-with-stated-counts
    }
    Bounds n = Bounds.of(numerator.get());
    Bounds d = Bounds.of(denominator.get());
    if (averaged) {
      n = n.times(2).widen(1);
      d = d.times(2);
    }
    Arithmetic.rateDisagrees(published, n, d)
        .ifPresent(
            discrepancy ->
                checks
                    .finding(Rule.RATE_DISAGREES_WITH_BLOCK_COUNTS)
                    .at(property)
                    .figure(figure)
                    .value("numerator", numerator.get())
                    .value("denominator", denominator.get())
                    .discrepancy(discrepancy)
                    .section(section)
                    .report());
  }
}
