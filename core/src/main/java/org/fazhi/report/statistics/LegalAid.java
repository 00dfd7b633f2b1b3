package org.fazhi.report.statistics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/** Legal aid (法律援助): applications, cases accepted and closed, and consultations given. */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({
  "applications", "accepted", "carriedOver", "closed", "consultations", "satisfaction",
  "statement", "section"
})
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableLegalAid.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableLegalAid.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableLegalAid.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableLegalAid.class)
public abstract class LegalAid implements WithLegalAid, Anchored {

  /** Applications received (申请). */
  public abstract Optional<@Valid Count> getApplications();

  /** Cases accepted (受理法律援助案件). */
  public abstract Optional<@Valid Count> getAccepted();

  /** Cases carried over from the previous year. */
  public abstract Optional<@Valid Count> getCarriedOver();

  /** Cases closed (办结). */
  public abstract Optional<@Valid Count> getClosed();

  /** Legal consultations given (法律咨询). */
  public abstract Optional<@Valid Count> getConsultations();

  /** The published satisfaction rate (满意度), a share. */
  public abstract Optional<@Valid Rate> getSatisfaction();

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
