package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.constraints.Information;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * What a report is: its title, who issued it and to whom, the division it speaks for, the year and
 * days it covers, the date it bears, and where and when it was published.
 *
 * <p>The reporting period defaults to the whole reporting year. A missing document date or issuer
 * is representable (an imported text may lack one); validation reports it.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ReportRules(groups = Information.class)
@ModelStyle
@JsonPropertyOrder({
  "title", "issuers", "addressees", "division", "reportingYear", "period", "documentDate",
  "publicationDate", "publisher", "sourceUrl"
})
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableReportMetadata.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableReportMetadata.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReportMetadata.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReportMetadata.class)
public abstract class ReportMetadata implements WithReportMetadata {

  /** The title as written: {@code 阳高县2024年法治政府建设年度报告}. */
  public abstract String getTitle();

  /** The issuing bodies, in the order they sign; two for a joint Party–government report. */
  public abstract List<@Valid Issuer> getIssuers();

  /** The bodies the report is addressed to: {@code 市委}, {@code 市政府}. */
  public abstract List<String> getAddressees();

  /** The administrative division the report speaks for, if known. */
  public abstract Optional<@Valid AdministrativeDivision> getDivision();

  /** The year reported on. */
  public abstract int getReportingYear();

  /** The days covered; the whole reporting year by default. */
  @Value.Default
  public @Valid ReportingPeriod getPeriod() {
    return ReportingPeriod.ofYear(getReportingYear());
  }

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

  @Value.Check
  void check() {
    Invariants.notBlank(getTitle(), "title");
    Invariants.noBlankElements(getAddressees(), "addressees");
    Invariants.check(
        getReportingYear() >= 1000 && getReportingYear() <= 9999,
        "reportingYear",
        () -> "a reporting year has four digits: " + getReportingYear());
    Invariants.notBlank(getPublisher(), "publisher");
  }

  /** Builds {@link ReportMetadata}. */
  public static final class Builder extends ImmutableReportMetadata.Builder {
    Builder() {}
  }
}
