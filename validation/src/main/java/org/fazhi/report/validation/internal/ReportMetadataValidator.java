package org.fazhi.report.validation.internal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.validation.Rule;

/**
 * The rules of a report's metadata: dates against the period and the publication deadline (April 1
 * of the following year), the period against the reporting year, and the issuers, document date and
 * period being present. Rules that need a period or a reporting year are skipped without one. A
 * finding that follows from an ERROR of the same root cause is not raised again as a WARNING or
 * INFO.
 */
public final class ReportMetadataValidator extends RulesValidator<ReportMetadata> {
  /** The day of the year after the reporting year by which reports are to be made public. */
  static final MonthDay PUBLICATION_DEADLINE = MonthDay.of(4, 1);

  @Override
  void check(ReportMetadata m, Checks checks) {
    if (m.getIssuers().isEmpty()) {
      checks.finding(Rule.METADATA_ISSUERS_MISSING).at("issuers").report();
    }
    Optional<LocalDate> documentDate = m.getDocumentDate();
    if (documentDate.isEmpty()) {
      checks.finding(Rule.METADATA_DOCUMENT_DATE_MISSING).at("documentDate").report();
    }
    if (m.getPeriod().isEmpty()) {
      checks.finding(Rule.METADATA_PERIOD_MISSING).at("period").report();
    }
    m.getPeriod().ifPresent(period -> documentDate.ifPresent(date -> dates(date, period, checks)));
    publication(m, checks);
    if (m.getPeriod().isPresent() && m.getReportingYear().isPresent()) {
      period(m.getPeriod().get(), m.getReportingYear().getAsInt(), checks);
    }
  }

  private static void dates(LocalDate date, ReportingPeriod period, Checks checks) {
    if (date.isBefore(period.getStart())) {
      checks
          .finding(Rule.METADATA_DOCUMENT_DATE_BEFORE_PERIOD_START)
          .at("documentDate")
          .value("documentDate", date)
          .value("periodStart", period.getStart())
          .report();
    } else if (date.isBefore(period.getEnd())) {
      checks
          .finding(Rule.METADATA_DOCUMENT_DATE_BEFORE_PERIOD_END)
          .at("documentDate")
          .value("documentDate", date)
          .value("periodEnd", period.getEnd())
          .report();
    }
  }

  private static void publication(ReportMetadata m, Checks checks) {
    Optional<LocalDate> documentDate = m.getDocumentDate();
    if (m.getPublicationDate().isPresent()) {
      LocalDate published = m.getPublicationDate().get();
      if (documentDate.isPresent() && published.isBefore(documentDate.get())) {
        checks
            .finding(Rule.METADATA_PUBLICATION_BEFORE_DOCUMENT_DATE)
            .at("publicationDate")
            .value("publicationDate", published)
            .value("documentDate", documentDate.get())
            .report();
      }
      int year = m.getReportingYear().orElse(9999);
      if (year < 9999) {
        LocalDate deadline = PUBLICATION_DEADLINE.atYear(year + 1);
        if (published.isAfter(deadline)) {
          checks
              .finding(Rule.METADATA_PUBLICATION_AFTER_DEADLINE)
              .at("publicationDate")
              .value("publicationDate", published)
              .value("deadline", deadline)
              .report();
        }
      }
    }
  }

  private static void period(ReportingPeriod period, int year, Checks checks) {
    ReportingPeriod whole = ReportingPeriod.ofYear(year);
    boolean overlaps =
        !period.getEnd().isBefore(whole.getStart()) && !period.getStart().isAfter(whole.getEnd());
    if (!overlaps) {
      checks
          .finding(Rule.METADATA_PERIOD_OUTSIDE_REPORTING_YEAR)
          .at("period")
          .value("periodStart", period.getStart())
          .value("periodEnd", period.getEnd())
          .value("reportingYear", String.valueOf(year))
          .report();
    } else if (period.getStart().isBefore(whole.getStart())
        || period.getEnd().isAfter(whole.getEnd())) {
      checks
          .finding(Rule.METADATA_PERIOD_BEYOND_REPORTING_YEAR)
          .at("period")
          .value("periodStart", period.getStart())
          .value("periodEnd", period.getEnd())
          .value("reportingYear", String.valueOf(year))
          .report();
    } else if (!period.equals(whole)) {
      checks
          .finding(Rule.METADATA_PERIOD_PARTIAL_YEAR)
          .at("period")
          .value("periodStart", period.getStart())
          .value("periodEnd", period.getEnd())
          .value("reportingYear", String.valueOf(year))
          .report();
    }
  }
}
