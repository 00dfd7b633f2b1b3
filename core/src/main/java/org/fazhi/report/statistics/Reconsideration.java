package org.fazhi.report.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.fazhi.report.constraints.Information;
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
 * Administrative reconsideration (行政复议) handled in the period: applications received, accepted,
 * refused, carried over, the caseload handled, closed and pending; how closed cases ended, kind by
 * kind and in combined groups; the published rates (correction, closure, mediation, outcome shares)
 * with what each was computed over; and breakdowns of the cases by respondent, type, field or
 * region.
 *
 * <p>Every figure is optional: a report states what it states. Figures that do not add up (closed
 * more than accepted and carried over) are held as written; validation reports them.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ReportRules(groups = Information.class)
@ModelStyle
@JsonPropertyOrder({
  "received",
  "newCases",
  "newCasesTerm",
  "accepted",
  "notAccepted",
  "carriedOver",
  "handled",
  "closed",
  "pending",
  "outcomes",
  "outcomeGroups",
  "outcomesComplete",
  "outcomeShares",
  "outcomeSharesBasis",
  "correctionRate",
  "correctionRateBasis",
  "closureRate",
  "mediationRate",
  "mediationRateBasis",
  "mediationWithdrawalRate",
  "mediationWithdrawalRateBasis",
  "breakdowns",
  "statement",
  "section"
})
@JsonModel
public abstract class Reconsideration implements WithReconsideration, Anchored {

  /** Applications received (收到申请). */
  public abstract Optional<@Valid Count> getReceived();

  /**
   * New cases, in a word that may mean received or accepted (新收): kept apart from both, as written.
   * Validation reads it as lying between accepted and received.
   */
  public abstract Optional<@Valid Count> getNewCases();

  /** The word the report used for {@link #getNewCases() new cases}, as written: {@code 新收}. */
  public abstract Optional<String> getNewCasesTerm();

  /** Applications accepted (受理). */
  public abstract Optional<@Valid Count> getAccepted();

  /** Applications refused (不予受理, art. 30). */
  public abstract Optional<@Valid Count> getNotAccepted();

  /** Cases carried over from the previous year (上年结转); absent means none stated. */
  public abstract Optional<@Valid Count> getCarriedOver();

  /**
   * The caseload handled in the period (办理, 共办理…件（含上年结转…件）): cases accepted and carried over
   * together, not the cases accepted.
   */
  public abstract Optional<@Valid Count> getHandled();

  /** Cases closed (办结, 审结). */
  public abstract Optional<@Valid Count> getClosed();

  /** Cases still pending at the end of the period (在办, 未结). */
  public abstract Optional<@Valid Count> getPending();

  /** Closed cases by how they ended, as far as the report breaks them down. */
  @Value.NaturalOrder
  public abstract SortedMap<ReconsiderationDecision, @Valid Count> getOutcomes();

  /**
   * Decision kinds published as one count (作出撤销、变更等纠错决定14件), in the order written. A kind may be in
   * a group and also in {@link #getOutcomes()}, where the report states it apart too.
   */
  public abstract List<@Valid OutcomeGroup> getOutcomeGroups();

  /** Whether the report says its outcomes and outcome groups together cover every closed case. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean isOutcomesComplete() {
    return false;
  }

  /** Published shares of one decision kind (维持率41.5%): of closed cases unless a basis is stated. */
  @Value.NaturalOrder
  public abstract SortedMap<ReconsiderationDecision, @Valid Rate> getOutcomeShares();

  /** What the outcome shares were computed over, where the report says. */
  public abstract Optional<CaseStage> getOutcomeSharesBasis();

  /** The published correction rate (纠错率, 直接纠错率): of closed cases unless a basis is stated. */
  public abstract Optional<@Valid Rate> getCorrectionRate();

  /** What the correction rate was computed over, where the report says. */
  public abstract Optional<CaseStage> getCorrectionRateBasis();

  /** The published closure rate (结案率): closed of the cases handled. */
  public abstract Optional<@Valid Rate> getClosureRate();

  /** The published mediation rate (调解率): of closed cases unless a basis is stated. */
  public abstract Optional<@Valid Rate> getMediationRate();

  /** What the mediation rate was computed over, where the report says. */
  public abstract Optional<CaseStage> getMediationRateBasis();

  /**
   * The published mediation-and-withdrawal rate (调撤率): cases mediated, settled or withdrawn, of
   * closed cases unless a basis is stated.
   */
  public abstract Optional<@Valid Rate> getMediationWithdrawalRate();

  /** What the mediation-and-withdrawal rate was computed over, where the report says. */
  public abstract Optional<CaseStage> getMediationWithdrawalRateBasis();

  /** The cases broken down by respondent, type, field or region, as published. */
  public abstract List<@Valid Breakdown> getBreakdowns();

  /** The sentence as written when it states the block without figures: 未发生行政复议案件. */
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
    Invariants.notBlank(getNewCasesTerm(), "newCasesTerm");
  }

  /** Builds a {@link Reconsideration}. */
  public static final class Builder extends ImmutableReconsideration.Builder {
    Builder() {}
  }
}
