package org.fazhi.report.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.fazhi.report.validation.Finding;

/**
 * What {@code fazhi rollup} prints: the inputs and how many summed figures each lacks, the totals
 * with the reports that lack each, the recomputed rates, and the findings of the rules over the
 * totals. Tab-separated tables, one blank line between them, in a stable order.
 */
final class RollupTable {
  private RollupTable() {}

  static void print(
      PrintWriter out,
      TotalsReport.Heading heading,
      List<Totals.Named> inputs,
      List<Totals.Total> totals,
      List<RecomputedRates.Row> rates,
      List<Finding> findings,
      Locale locale) {
    out.println(
        "# "
            + inputs.size()
            + " reports of "
            + heading.year()
            + " rolled up as "
            + heading.name()
            + ": "
            + totals.size()
            + " totals, "
            + totals.stream().filter(t -> !t.isComplete()).count()
            + " partial");
    out.println("report\tfigures given\tfigures lacking");
    for (Totals.Named input : inputs) {
      long lacking = totals.stream().filter(t -> t.lacking().contains(input.name())).count();
      out.println(input.name() + "\t" + (totals.size() - lacking) + "\t" + lacking);
    }
    out.println();
    out.println("fact\ttotal\treports\tlacking");
    for (Totals.Total total : totals) {
      out.println(
          String.join(
              "\t",
              total.key(),
              total.text(),
              total.given() + " of " + inputs.size(),
              String.join(" ", total.lacking())));
    }
    out.println();
    out.println("rate\ttotal %\tnumerator\tdenominator\tdefinition\tlacking");
    for (RecomputedRates.Row rate : rates) {
      out.println(
          String.join(
              "\t",
              rate.rate().id(),
              rate.text(),
              rate.numerator().map(Range::toString).orElse(""),
              rate.denominator().map(Range::toString).orElse(""),
              rate.definition(),
              String.join(" ", rate.lacking())));
    }
    out.println();
    if (findings.isEmpty()) {
      out.println("rules over the totals: no findings");
    }
    for (Finding f : findings) {
      out.println(FindingOptions.line(f, locale));
    }
  }
}
