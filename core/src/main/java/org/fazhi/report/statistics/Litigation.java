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
 * Administrative litigation (行政诉讼, 行政应诉) in which the government or its agencies were sued: cases
 * (by instance where counted apart), concluded and pending cases and their outcomes, the published
 * win, loss and concluded rates, the appearance in court of agency heads (负责人出庭应诉), which the law
 * expects (art. 3), and breakdowns of the cases.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ReportRules(groups = Information.class)
@ModelStyle
@JsonPropertyOrder({
  "cases",
  "carriedOver",
  "firstInstance",
  "secondInstance",
  "concluded",
  "pending",
  "won",
  "lost",
  "withdrawn",
  "judgments",
  "judgmentsComplete",
  "hearings",
  "headAppearances",
  "headAppearanceRate",
  "winRate",
  "lossRate",
  "concludedRate",
  "breakdowns",
  "statement",
  "section"
})
@JsonModel
public abstract class Litigation implements WithLitigation, Anchored {

  /** Cases of the year (行政诉讼案件, 新收). */
  public abstract Optional<@Valid Count> getCases();

  /** Cases carried over from the previous year. */
  public abstract Optional<@Valid Count> getCarriedOver();

  /** Cases of first instance (一审), where the report counts them apart. */
  public abstract Optional<@Valid Count> getFirstInstance();

  /** Cases of second instance (二审), where the report counts them apart. */
  public abstract Optional<@Valid Count> getSecondInstance();

  /** Cases concluded (审结). */
  public abstract Optional<@Valid Count> getConcluded();

  /** Cases still pending at the end of the period (尚在审理中, 未结). */
  public abstract Optional<@Valid Count> getPending();

  /** Cases the agency won (胜诉). */
  public abstract Optional<@Valid Count> getWon();

  /** Cases the agency lost (败诉). */
  public abstract Optional<@Valid Count> getLost();

  /** Cases withdrawn by the plaintiff (撤诉). */
  public abstract Optional<@Valid Count> getWithdrawn();

  /** Concluded cases by the court's decision, as far as the report breaks them down. */
  @Value.NaturalOrder
  public abstract SortedMap<JudgmentType, @Valid Count> getJudgments();

  /** Whether the report says its breakdown of judgments covers every concluded case. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean isJudgmentsComplete() {
    return false;
  }

  /** Hearings at which an agency head was expected in court (应出庭). */
  public abstract Optional<@Valid Count> getHearings();

  /** Hearings an agency head attended (负责人出庭). */
  public abstract Optional<@Valid Count> getHeadAppearances();

  /** The published head-of-agency appearance rate (出庭应诉率), a share. */
  public abstract Optional<@Valid Rate> getHeadAppearanceRate();

  /** The published win rate (胜诉率): won of concluded cases, a share. */
  public abstract Optional<@Valid Rate> getWinRate();

  /** The published loss rate (败诉率), a share. */
  public abstract Optional<@Valid Rate> getLossRate();

  /** The published concluded rate (审结率): concluded of the cases and those carried over. */
  public abstract Optional<@Valid Rate> getConcludedRate();

  /** The cases broken down by defendant, type, field or region, as published. */
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

  /** Builds a {@link Litigation}. */
  public static final class Builder extends ImmutableLitigation.Builder {
    Builder() {}
  }
}
