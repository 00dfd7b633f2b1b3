package org.fazhi.report.statistics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * Legal aid (法律援助): applications, cases accepted, handled and closed, cases by type, documents
 * drafted, plea-bargain cases with a duty lawyer, consultations, and breakdowns of the cases.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({
  "applications",
  "accepted",
  "carriedOver",
  "handled",
  "closed",
  "casesByType",
  "documentsDrafted",
  "pleaBargainAssistance",
  "consultations",
  "hotlineConsultations",
  "satisfaction",
  "breakdowns",
  "statement",
  "section"
})
@JsonModel
public abstract class LegalAid implements WithLegalAid, Anchored {

  /** Applications received (申请). */
  public abstract Optional<@Valid Count> getApplications();

  /** Cases accepted (受理法律援助案件). */
  public abstract Optional<@Valid Count> getAccepted();

  /** Cases carried over from the previous year. */
  public abstract Optional<@Valid Count> getCarriedOver();

  /** The caseload handled (办理): cases accepted and carried over together. */
  public abstract Optional<@Valid Count> getHandled();

  /** Cases closed (办结). */
  public abstract Optional<@Valid Count> getClosed();

  /** Cases by type (刑事案件312件、民事案件251件、行政案件9件), as far as the report breaks them down. */
  @Value.NaturalOrder
  public abstract SortedMap<LegalAidCaseType, @Valid Count> getCasesByType();

  /** Legal documents drafted for applicants (代写法律文书). */
  public abstract Optional<@Valid Count> getDocumentsDrafted();

  /**
   * Plea-bargain cases in which a duty lawyer gave legal help or witnessed the plea (认罪认罚案件值班律师见证,
   * 提供法律帮助).
   */
  public abstract Optional<@Valid Count> getPleaBargainAssistance();

  /** Legal consultations given (接待群众咨询, 法律咨询). */
  public abstract Optional<@Valid Count> getConsultations();

  /** Consultations by the 12348 hotline, where counted apart. */
  public abstract Optional<@Valid Count> getHotlineConsultations();

  /** The published satisfaction rate (满意度), a share. */
  public abstract Optional<@Valid Rate> getSatisfaction();

  /** The cases broken down by type, field or region, where published as a breakdown. */
  public abstract List<@Valid Breakdown> getBreakdowns();

  /** The sentence as written when it states the block without figures. */
  public abstract Optional<String> getStatement();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getStatement(), "statement");
  }

  /** Builds a {@link LegalAid}. */
  public static final class Builder extends ImmutableLegalAid.Builder {
    Builder() {}
  }
}
