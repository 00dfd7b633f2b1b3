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

/**
 * People's mediation (人民调解) of disputes: disputes found or received, mediated, and settled, with
 * the published success and handling rates. Figures are often approximate (700余件).
 */
@Value.Immutable
@ReportRules
@ReportRules(groups = Warnings.class)
@ModelStyle
@JsonPropertyOrder({
  "disputes", "mediated", "settled", "successRate", "handlingRate", "statement", "section"
})
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableMediation.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableMediation.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableMediation.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableMediation.class)
public abstract class Mediation implements WithMediation, Anchored {

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
