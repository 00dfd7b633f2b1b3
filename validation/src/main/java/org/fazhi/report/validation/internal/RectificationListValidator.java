package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Rule;

/** The rules of a rectification list. */
public final class RectificationListValidator extends RulesValidator<RectificationList> {

  @Override
  void check(RectificationList list, Checks checks) {
    Optional<SectionId> section = list.getSection();
    if (list.getRectified().isPresent() && list.getProblems().isPresent()) {
      Arithmetic.exceeds(Bounds.of(list.getRectified().get()), Bounds.of(list.getProblems().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.RECTIFICATION_LIST_RECTIFIED_EXCEEDS_PROBLEMS)
                      .at("rectified")
                      .value("rectified", list.getRectified())
                      .value("problems", list.getProblems())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    if (list.getProblems().isPresent() && !list.getItems().isEmpty()) {
      Bounds listed = Bounds.exactly(list.getItems().size());
      Arithmetic.exceeds(listed, Bounds.of(list.getProblems().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.RECTIFICATION_LIST_ITEMS_EXCEED_PROBLEMS)
                      .at("items")
                      .value("listed", Count.of(list.getItems().size()))
                      .value("problems", list.getProblems())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    Rates.share(
        checks,
        list.getRectificationRate(),
        Figure.RECTIFICATION_RATE,
        section,
        "rectificationRate");
    Rates.agreesWithBlock(
        checks,
        list.getRectificationRate(),
        list.getRectified(),
        list.getProblems(),
        false,
        Figure.RECTIFICATION_RATE,
        section,
        "rectificationRate");
  }
}
