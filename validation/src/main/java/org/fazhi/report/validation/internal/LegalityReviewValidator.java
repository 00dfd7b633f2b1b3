package org.fazhi.report.validation.internal;

import org.fazhi.report.decision.LegalityReview;

/** The rules of a legality review block: the review rate is a share. */
public final class LegalityReviewValidator extends RulesValidator<LegalityReview> {

  @Override
  void check(LegalityReview r, Checks checks) {
    Rates.share(checks, r.getReviewRate(), Figure.REVIEW_RATE, r.getSection(), "reviewRate");
  }
}
