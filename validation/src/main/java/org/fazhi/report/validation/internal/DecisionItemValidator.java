package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.decision.DecisionItem;
import org.fazhi.report.decision.DecisionProcedure;
import org.fazhi.report.decision.DecisionStatus;
import org.fazhi.report.decision.ProcedureStatus;
import org.fazhi.report.validation.Rule;

/**
 * The rules of one catalogued decision: a decided item passed legality review (regulation arts.
 * 25–28: a draft not reviewed may not be discussed), and its comment period. An item whose legality
 * review status the report does not give is not judged.
 */
public final class DecisionItemValidator extends RulesValidator<DecisionItem> {

  @Override
  void check(DecisionItem item, Checks checks) {
    ProcedureStatus review = item.getProcedures().get(DecisionProcedure.LEGALITY_REVIEW);
    if (item.getStatus().equals(Optional.of(DecisionStatus.DECIDED))
        && review != null
        && review != ProcedureStatus.DONE) {
      checks
          .finding(Rule.DECISION_ITEM_DECIDED_WITHOUT_LEGALITY_REVIEW)
          .at("procedures", DecisionProcedure.LEGALITY_REVIEW)
          .value("title", item.getTitle())
          .value("review", review)
          .report();
    }
    CommentPeriods.check(
        checks, item.getCommentPeriodDays(), Optional.empty(), "commentPeriodDays");
  }
}
