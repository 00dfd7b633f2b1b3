package org.fazhi.report.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import java.util.SortedMap;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * Administrative reconsideration (行政复议) handled in the year: applications received, accepted,
 * refused, carried over, closed and pending; how closed cases ended; and the published correction
 * rate with what it was computed over.
 *
 * <p>Every figure is optional: a report states what it states. Figures that do not add up (closed
 * more than accepted and carried over) are held as written; validation reports them.
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({
  "received", "accepted", "notAccepted", "carriedOver", "closed", "pending",
  "outcomes", "outcomesComplete", "correctionRate", "correctionRateBasis", "statement", "section"
})
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableReconsideration.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableReconsideration.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableReconsideration.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableReconsideration.class)
public abstract class Reconsideration implements WithReconsideration, Anchored {

  /** Applications received (收到申请, 新收). */
  public abstract Optional<@Valid Count> getReceived();

  /** Applications accepted (受理). */
  public abstract Optional<@Valid Count> getAccepted();

  /** Applications refused (不予受理, art. 30). */
  public abstract Optional<@Valid Count> getNotAccepted();

  /** Cases carried over from the previous year (上年结转); absent means none stated. */
  public abstract Optional<@Valid Count> getCarriedOver();

  /** Cases closed (办结, 审结). */
  public abstract Optional<@Valid Count> getClosed();

  /** Cases still pending at the end of the period (在办, 未结). */
  public abstract Optional<@Valid Count> getPending();

  /** Closed cases by how they ended, as far as the report breaks them down. */
  @Value.NaturalOrder
  public abstract SortedMap<ReconsiderationDecision, @Valid Count> getOutcomes();

  /** Whether the report says its breakdown of outcomes covers every closed case. */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean isOutcomesComplete() {
    return false;
  }

  /** The published correction rate (纠错率). */
  public abstract Optional<@Valid Rate> getCorrectionRate();

  /** What the correction rate was computed over, where the report says. */
  public abstract Optional<CaseStage> getCorrectionRateBasis();

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
  }

  /** Builds a {@link Reconsideration}. */
  public static final class Builder extends ImmutableReconsideration.Builder {
    Builder() {}
  }
}
