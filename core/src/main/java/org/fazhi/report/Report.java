package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.facts.Series;
import org.fazhi.report.facts.StatedChange;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.statistics.CaseStatistics;
import org.immutables.value.Value;

/**
 * An annual rule-of-law government report (法治政府建设年度报告): what it is ({@link ReportMetadata}), the
 * document as written ({@link Outline}), and every fact it states, typed — case statistics,
 * decision-making, enforcement, accountability, emergencies, {@link Indicator indicators} for the
 * figures that have no block of their own, and what it says about its figures over time: {@link
 * StatedChange changes} and {@link Series series}. {@link org.fazhi.report.facts.Facts} lists every
 * figure as a flat fact.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder()}, copy with {@code with…} methods,
 * read and write JSON with {@link org.fazhi.report.json.ReportJson}. A report holds what was
 * published, including figures that do not add up; validation reports those.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({
  "schemaVersion",
  "metadata",
  "outline",
  "statistics",
  "decisions",
  "enforcement",
  "accountability",
  "emergencies",
  "indicators",
  "changes",
  "series"
})
@JsonModel
public abstract class Report implements WithReport {

  /**
   * The version of the JSON form; {@link SchemaVersion#CURRENT} for a report built with {@link
   * #builder()}.
   */
  public abstract SchemaVersion getSchemaVersion();

  /** What the report is. */
  public abstract @Valid ReportMetadata getMetadata();

  /** The document as written. */
  @Value.Default
  public @Valid Outline getOutline() {
    return Outline.empty();
  }

  /** Case statistics. */
  @Value.Default
  public @Valid CaseStatistics getStatistics() {
    return CaseStatistics.empty();
  }

  /**
   * Decision-making: the decision catalog, legality review, normative documents, legal advisers.
   */
  @Value.Default
  public @Valid DecisionMaking getDecisions() {
    return DecisionMaking.empty();
  }

  /** Administrative enforcement and its supervision. */
  @Value.Default
  public @Valid AdministrativeEnforcement getEnforcement() {
    return AdministrativeEnforcement.empty();
  }

  /** Duty lists, rectification lists, leaders' study and reporting on law. */
  @Value.Default
  public @Valid Accountability getAccountability() {
    return Accountability.empty();
  }

  /** Emergencies and how they were handled. */
  public abstract List<@Valid Emergency> getEmergencies();

  /** Every figure that has no typed block of its own. */
  public abstract List<@Valid Indicator> getIndicators();

  /** The changes the report states for its typed figures (同比增长12.5%), in document order. */
  public abstract List<@Valid StatedChange> getChanges();

  /** Figures the report states over several periods (2021年至2023年分别为…), in document order. */
  public abstract List<@Valid Series> getSeries();

  /** A builder, with the schema version set to {@link SchemaVersion#CURRENT}. */
  public static Builder builder() {
    Builder builder = new Builder();
    builder.schemaVersion(SchemaVersion.CURRENT);
    return builder;
  }

  @Value.Check
  void check() {
    Invariants.check(
        getSchemaVersion().isSupported(),
        "schemaVersion",
        () ->
            "unsupported schemaVersion "
                + getSchemaVersion()
                + ": this library holds schema "
                + SchemaVersion.CURRENT.getMajor()
                + ".x reports");
  }

  /** Builds a {@link Report}. */
  public static final class Builder extends ImmutableReport.Builder {
    Builder() {}
  }
}
