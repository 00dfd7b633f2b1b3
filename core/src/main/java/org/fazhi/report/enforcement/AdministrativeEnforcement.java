package org.fazhi.report.enforcement;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Money;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * Administrative enforcement (行政执法) and its supervision: officers and their certificates,
 * inspections, penalty cases and amounts, case-file reviews, the supervision network and whom it
 * inspected, enforcement training, and the powers delegated to townships.
 */
@Value.Immutable
@ReportRules
@ModelStyle
@JsonPropertyOrder({
  "officers",
  "certificateHoldingRate",
  "inspections",
  "penaltyCases",
  "penaltyAmount",
  "caseFilesReviewed",
  "supervisionOffices",
  "townshipsInspected",
  "agenciesInspected",
  "training",
  "delegatedPowers",
  "section"
})
@JsonModel
public abstract class AdministrativeEnforcement implements WithAdministrativeEnforcement, Anchored {

  /** Enforcement officers (执法人员). */
  public abstract Optional<@Valid Count> getOfficers();

  /** The published certificate-holding rate (持证率), a share. */
  public abstract Optional<@Valid Rate> getCertificateHoldingRate();

  /** Inspections carried out (检查). */
  public abstract Optional<@Valid Count> getInspections();

  /** Administrative penalty cases (行政处罚案件). */
  public abstract Optional<@Valid Count> getPenaltyCases();

  /** Fines and confiscations imposed (罚没金额). */
  public abstract Optional<@Valid Money> getPenaltyAmount();

  /** Case files reviewed (评查案卷). */
  public abstract Optional<@Valid Count> getCaseFilesReviewed();

  /** Offices acting as enforcement supervision offices (行政执法监督办公室). */
  public abstract Optional<@Valid Count> getSupervisionOffices();

  /** Townships whose enforcement was inspected. */
  public abstract Optional<@Valid Count> getTownshipsInspected();

  /** Enforcement agencies inspected. */
  public abstract Optional<@Valid Count> getAgenciesInspected();

  /** Enforcement training (执法培训). */
  public abstract List<@Valid TrainingActivity> getTraining();

  /** Powers delegated to townships and their review. */
  public abstract Optional<@Valid DelegatedPowers> getDelegatedPowers();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Nothing reported on enforcement. */
  public static AdministrativeEnforcement empty() {
    return builder().build();
  }

  /** Builds {@link AdministrativeEnforcement}. */
  public static final class Builder extends ImmutableAdministrativeEnforcement.Builder {
    Builder() {}
  }
}
