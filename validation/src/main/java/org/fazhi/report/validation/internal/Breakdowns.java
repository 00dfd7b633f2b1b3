package org.fazhi.report.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.Breakdown;
import org.fazhi.report.statistics.BreakdownDimension;
import org.fazhi.report.statistics.BreakdownItem;
import org.fazhi.report.validation.Rule;

/**
 * The rules of the breakdowns of a case block: items against their total (the breakdown's own, else
 * the block's figure for the stage it breaks down), shares against counts, shares adding up to no
 * more than 100%. Every block with breakdowns runs them with its own figures by stage.
 */
final class Breakdowns {
  private Breakdowns() {}

  static void check(
      Checks checks,
      List<Breakdown> breakdowns,
      CaseRates.Denominators totals,
      Optional<SectionId> section) {
    for (int index = 0; index < breakdowns.size(); index++) {
      int i = index;
      Breakdown breakdown = breakdowns.get(i);
      Optional<CaseRates.Term> total =
          CaseRates.Term.of(breakdown.getTotal()).or(() -> breakdown.getOf().flatMap(totals::get));
      total.ifPresent(t -> counts(checks, breakdown, i, t, section));
      shares(checks, breakdown, i, total, section);
    }
  }

  private static void counts(
      Checks checks,
      Breakdown breakdown,
      int index,
      CaseRates.Term total,
      Optional<SectionId> section) {
    List<Count> counts = new ArrayList<>();
    for (BreakdownItem item : breakdown.getItems()) {
      item.getCount().ifPresent(counts::add);
    }
    if (counts.isEmpty()) {
      return;
    }
    Bounds sum = Arithmetic.sum(counts);
    var excess = Arithmetic.exceeds(sum, total.bounds());
    if (excess.isPresent()) {
      dimension(checks.finding(Rule.BREAKDOWN_ITEMS_EXCEED_TOTAL), breakdown)
          .at("breakdowns", index, "items")
          .value("total", total)
          .discrepancy(excess.get())
          .section(section)
          .report();
    } else if (breakdown.isComplete() && counts.size() == breakdown.getItems().size()) {
      Arithmetic.below(sum, total.bounds())
          .ifPresent(
              d ->
                  dimension(checks.finding(Rule.BREAKDOWN_ITEMS_BELOW_TOTAL), breakdown)
                      .at("breakdowns", index, "items")
                      .value("total", total)
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
  }

  private static void shares(
      Checks checks,
      Breakdown breakdown,
      int index,
      Optional<CaseRates.Term> total,
      Optional<SectionId> section) {
    List<BreakdownItem> items = breakdown.getItems();
    List<Rate> shares = new ArrayList<>();
    for (int position = 0; position < items.size(); position++) {
      int j = position;
      BreakdownItem item = items.get(j);
      if (item.getShare().isEmpty()) {
        continue;
      }
      shares.add(item.getShare().get());
      Rates.share(
          checks,
          item.getShare(),
          Figure.BREAKDOWN_SHARE,
          section,
          "breakdowns",
          index,
          "items",
          j,
          "share");
      if (item.getCount().isPresent()
          && total.isPresent()
          && checks.wants(Rule.BREAKDOWN_ITEM_SHARE_DISAGREES_WITH_COUNT)) {
        Count count = item.getCount().get();
        Arithmetic.rateDisagrees(item.getShare().get(), Bounds.of(count), total.get().bounds())
            .ifPresent(
                d ->
                    dimension(
                            checks.finding(Rule.BREAKDOWN_ITEM_SHARE_DISAGREES_WITH_COUNT),
                            breakdown)
                        .at("breakdowns", index, "items", j, "share")
                        .value("item", item.getLabel())
                        .value("count", count)
                        .value("total", total.get())
                        .discrepancy(d)
                        .section(section)
                        .report());
      }
    }
    Rates.sharesOfOneWhole(
        checks, shares, Figure.BREAKDOWN_SHARES, section, "breakdowns", index, "items");
  }

  /** The dimension as a message names it: the term, or the report's words for another one. */
  private static Checks.FindingBuilder dimension(Checks.FindingBuilder finding, Breakdown b) {
    if (b.getDimension() == BreakdownDimension.OTHER) {
      String label = b.getLabel().orElseThrow();
      return finding.value("dimension", label).parameter("dimensionEn", label);
    }
    return finding.value("dimension", b.getDimension());
  }
}
