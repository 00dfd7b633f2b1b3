package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Rule;

/**
 * The rules of the major-decision catalog: the items listed against the declared count (more is an
 * ERROR, fewer a WARNING: a report may list only some), and the comment period committed to.
 */
public final class DecisionCatalogValidator extends RulesValidator<DecisionCatalog> {

  @Override
  void check(DecisionCatalog c, Checks checks) {
    Optional<SectionId> section = c.getSection();
    if (c.getDeclared().isPresent() && !c.getItems().isEmpty()) {
      Bounds listed = Bounds.exactly(c.getItems().size());
      Bounds declared = Bounds.of(c.getDeclared().get());
      Count listedCount = Count.of(c.getItems().size());
      Arithmetic.exceeds(listed, declared)
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.DECISION_CATALOG_ITEMS_EXCEED_DECLARED)
                      .at("items")
                      .value("listed", listedCount)
                      .value("declared", c.getDeclared())
                      .discrepancy(d)
                      .section(section)
                      .report());
      Arithmetic.exceeds(declared, listed)
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.DECISION_CATALOG_ITEMS_BELOW_DECLARED)
                      .at("items")
                      .value("listed", listedCount)
                      .value("declared", c.getDeclared())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    if (c.getDeclared().isPresent() && !c.getStatusCounts().isEmpty()) {
      Arithmetic.exceeds(
              Arithmetic.sum(c.getStatusCounts().values()), Bounds.of(c.getDeclared().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.DECISION_CATALOG_STATUS_COUNTS_EXCEED_DECLARED)
                      .at("statusCounts")
                      .value("declared", c.getDeclared())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    CommentPeriods.check(checks, c.getCommentPeriodDays(), section, "commentPeriodDays");
  }
}
