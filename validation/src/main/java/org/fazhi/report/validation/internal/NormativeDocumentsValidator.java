package org.fazhi.report.validation.internal;

import java.util.Optional;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.validation.Rule;

/**
 * The rules of a normative documents block. In the cleanup sum, absent kept, amended or repealed
 * counts are taken as 0 (skipped when none is given).
 */
public final class NormativeDocumentsValidator extends RulesValidator<NormativeDocuments> {

  @Override
  void check(NormativeDocuments n, Checks checks) {
    Optional<SectionId> section = n.getSection();
    if (n.getFiledOnTime().isPresent() && n.getFiled().isPresent()) {
      Arithmetic.exceeds(Bounds.of(n.getFiledOnTime().get()), Bounds.of(n.getFiled().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.NORMATIVE_DOCUMENTS_FILED_ON_TIME_EXCEEDS_FILED)
                      .at("filedOnTime")
                      .value("filedOnTime", n.getFiledOnTime())
                      .value("filed", n.getFiled())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    boolean anyResult =
        n.getKept().isPresent() || n.getAmended().isPresent() || n.getRepealed().isPresent();
    if (n.getCleanedUp().isPresent() && anyResult) {
      Bounds results =
          Bounds.orZero(n.getKept())
              .plus(Bounds.orZero(n.getAmended()))
              .plus(Bounds.orZero(n.getRepealed()));
      Arithmetic.exceeds(results, Bounds.of(n.getCleanedUp().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.NORMATIVE_DOCUMENTS_CLEANUP_RESULTS_EXCEED_CLEANED_UP)
                      .at("cleanedUp")
                      .value("kept", n.getKept().orElse(Count.zero()))
                      .value("amended", n.getAmended().orElse(Count.zero()))
                      .value("repealed", n.getRepealed().orElse(Count.zero()))
                      .value("cleanedUp", n.getCleanedUp())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    if (n.getFiled().isPresent() && n.getIssued().isPresent()) {
      Arithmetic.exceeds(Bounds.of(n.getFiled().get()), Bounds.of(n.getIssued().get()))
          .ifPresent(
              d ->
                  checks
                      .finding(Rule.NORMATIVE_DOCUMENTS_FILED_EXCEEDS_ISSUED)
                      .at("filed")
                      .value("filed", n.getFiled())
                      .value("issued", n.getIssued())
                      .discrepancy(d)
                      .section(section)
                      .report());
    }
    Rates.share(checks, n.getFilingRate(), Figure.FILING_RATE, section, "filingRate");
    Rates.share(
        checks, n.getTimelyFilingRate(), Figure.TIMELY_FILING_RATE, section, "timelyFilingRate");
    Rates.agreesWithBlock(
        checks,
        n.getFilingRate(),
        n.getFiled(),
        n.getIssued(),
        false,
        Figure.FILING_RATE,
        section,
        "filingRate");
    Rates.agreesWithBlock(
        checks,
        n.getTimelyFilingRate(),
        n.getFiledOnTime(),
        n.getFiled(),
        false,
        Figure.TIMELY_FILING_RATE,
        section,
        "timelyFilingRate");
    CommentPeriods.check(checks, n.getCommentPeriodDays(), section, "commentPeriodDays");
  }
}
