package org.fazhi.report.statistics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
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
 * People's mediation (人民调解): the committees (of which village and community, and professional ones)
 * and mediators (of which full-time), disputes found or received, mediated, and settled, with the
 * published success and handling rates. Figures are often approximate (700余件).
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({
  "committees",
  "villageCommittees",
  "professionalCommittees",
  "mediators",
  "fullTimeMediators",
  "disputes",
  "mediated",
  "settled",
  "successRate",
  "handlingRate",
  "breakdowns",
  "statement",
  "section"
})
@JsonModel
public abstract class Mediation implements WithMediation, Anchored {

  /** People's mediation committees (人民调解委员会). */
  public abstract Optional<@Valid Count> getCommittees();

  /** Of the committees, those of villages and communities (村（社区）人民调解委员会). */
  public abstract Optional<@Valid Count> getVillageCommittees();

  /** Of the committees, the professional and trade ones (行业性、专业性人民调解委员会). */
  public abstract Optional<@Valid Count> getProfessionalCommittees();

  /** People's mediators (人民调解员). */
  public abstract Optional<@Valid Count> getMediators();

  /** Of the mediators, the full-time ones (专职人民调解员). */
  public abstract Optional<@Valid Count> getFullTimeMediators();

  /** Disputes found or received (排查, 受理矛盾纠纷). */
  public abstract Optional<@Valid Count> getDisputes();

  /** Disputes mediated (调解). */
  public abstract Optional<@Valid Count> getMediated();

  /** Disputes settled by mediation (调解成功). */
  public abstract Optional<@Valid Count> getSettled();

  /** The published success rate (调解成功率), a share. */
  public abstract Optional<@Valid Rate> getSuccessRate();

  /** The published handling rate (处置率, 化解率), a share. */
  public abstract Optional<@Valid Rate> getHandlingRate();

  /** The disputes broken down by type, field or region, as published. */
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

  /** Builds a {@link Mediation}. */
  public static final class Builder extends ImmutableMediation.Builder {
    Builder() {}
  }
}
