package org.fazhi.report.validation.internal;

import org.fazhi.report.accountability.DutyList;
import org.fazhi.report.figure.Count;
import org.fazhi.report.validation.Rule;

/** The rules of a duty list: no more items listed than counted; the coverage rate is a share. */
public final class DutyListValidator extends RulesValidator<DutyList> {

  @Override
  void check(DutyList list, Checks checks) {
    if (list.getItemCount().isPresent() && !list.getItems().isEmpty()) {
      Bounds listed = Bounds.exactly(list.getItems().size());
      Arithmetic.exceeds(listed, Bounds.of(list.getItemCount().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.DUTY_LIST_ITEMS_EXCEED_COUNT)
                      .at("items")
                      .value("listed", Count.of(list.getItems().size()))
                      .value("itemCount", list.getItemCount())
                      .discrepancy(d)
                      .section(list.getSection())
                      .report());
    }
    Rates.share(
        checks,
        list.getCoverageRate(),
        Figure.DUTY_LIST_COVERAGE_RATE,
        list.getSection(),
        "coverageRate");
  }
}
