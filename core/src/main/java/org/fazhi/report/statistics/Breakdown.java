package org.fazhi.report.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A block's cases broken down by one dimension, as a report publishes it: {@code
 * 从被申请人看，县政府12件、县直部门58件、乡镇16件}, or by share only: {@code 行政处罚类占38.4%、信息公开类占21.2%}.
 *
 * <p>The items are parts of one whole that do not overlap (each case counted under one item); a
 * figure that counts some of the same cases again (涉企案件 beside the case types) belongs in a
 * breakdown of its own.
 *
 * <p>The total the items break down is the block's figure for {@link #getOf() the stage broken
 * down} (received, accepted, handled, closed), or the breakdown's own {@link #getTotal() total}
 * where it states one. Validation checks the items against that total: never more, exactly as many
 * where the report says the items are complete, shares against counts, shares adding up to no more
 * than 100%.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"dimension", "label", "of", "total", "items", "complete"})
@JsonModel
public abstract class Breakdown implements WithBreakdown {

  /** What the cases are broken down by. */
  public abstract BreakdownDimension getDimension();

  /** The dimension in the report's words ({@code 从案件类型看}); required for {@code OTHER}. */
  public abstract Optional<String> getLabel();

  /** Which of the block's figures the items break down, where the report says. */
  public abstract Optional<CaseStage> getOf();

  /** The total the items break down, where the breakdown states its own. */
  public abstract Optional<@Valid Count> getTotal();

  /** The items, in the order written. */
  public abstract List<@Valid BreakdownItem> getItems();

  /** Whether the report says the items cover every case of the total (分别为, 全部). */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean isComplete() {
    return false;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getLabel(), "label");
    Invariants.check(
        getDimension() != BreakdownDimension.OTHER || getLabel().isPresent(),
        "label",
        () -> "a breakdown by another dimension (OTHER) says which in its label");
    Invariants.check(!getItems().isEmpty(), "items", () -> "a breakdown has at least one item");
  }

  /** Builds a {@link Breakdown}. */
  public static final class Builder extends ImmutableBreakdown.Builder {
    Builder() {}
  }
}
