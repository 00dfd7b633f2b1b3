package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.fazhi.report.constraints.Information;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * What a report is: its title, who issued it and to whom, the division it speaks for, the days it
 * covers and the year it reports on, the date it bears, and where and when it was published.
 *
 * <p>The period is the truth: a report or release may cover a year, half a year (上半年), a term
 * (2021—2025年) or several years (近三年). The reporting year is derived from it where the period lies
 * within one calendar year; a report given only its year covers the whole of it. A document with
 * neither, or without a document date or issuer, is representable (a statistical release often
 * bears no date); validation reports what is missing. What is derived is kept: copying with another
 * year ({@code withReportingYear}) keeps the period, so change both together.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ReportRules(groups = Information.class)
@ModelStyle
@JsonPropertyOrder({
  "title",
  "issuers",
  "addressees",
  "division",
  "reportingYear",
  "period",
  "documentDate",
  "publicationDate",
  "publisher",
  "sourceUrl"
})
@JsonModel
public abstract class ReportMetadata implements WithReportMetadata {

  /** The title as written: {@code 阳高县2024年法治政府建设年度报告}. */
  public abstract String getTitle();

  /** The issuing bodies, in the order they sign; two for a joint Party–government report. */
  public abstract List<@Valid Issuer> getIssuers();

  /** The bodies the report is addressed to: {@code 市委}, {@code 市政府}. */
  public abstract List<String> getAddressees();

  /** The administrative division the report speaks for, if known. */
  public abstract Optional<@Valid AdministrativeDivision> getDivision();

  /**
   * The year reported on: as given, or the year of a period that lies within one calendar year;
   * empty for a period over several years given without one.
   */
  public abstract OptionalInt getReportingYear();

  /** The days covered: as given, or the whole reporting year; empty when neither is known. */
  public abstract Optional<@Valid ReportingPeriod> getPeriod();

  /** The date the document bears (成文日期), if known. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> getDocumentDate();

  /** The date it was made public, if known. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> getPublicationDate();

  /** Who published it, if not the issuer: a justice bureau, a city portal. */
  public abstract Optional<String> getPublisher();

  /** Where it was published, if known. */
  public abstract Optional<URI> getSourceUrl();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks the parts, and derives the period from the year or the year from the period. */
  @Value.Check
  ReportMetadata check() {
    Invariants.notBlank(getTitle(), "title");
    Invariants.noBlankElements(getAddressees(), "addressees");
    getReportingYear()
        .ifPresent(
            year ->
                Invariants.check(
                    year >= 1000 && year <= 9999,
                    "reportingYear",
                    () -> "a reporting year has four digits: " + year));
    Invariants.notBlank(getPublisher(), "publisher");
    if (getPeriod().isEmpty() && getReportingYear().isPresent()) {
      return ImmutableReportMetadata.copyOf(this)
          .withPeriod(ReportingPeriod.ofYear(getReportingYear().getAsInt()));
    }
    if (getReportingYear().isEmpty() && getPeriod().isPresent()) {
      ReportingPeriod period = getPeriod().get();
      if (period.getStart().getYear() == period.getEnd().getYear()) {
        return ImmutableReportMetadata.copyOf(this).withReportingYear(period.getStart().getYear());
      }
    }
    return this;
  }

  /** Builds {@link ReportMetadata}. */
  public static final class Builder extends ImmutableReportMetadata.Builder {
    Builder() {}
  }
}
