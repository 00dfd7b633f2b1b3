package org.fazhi.report.statistics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * One item of a {@link Breakdown}: its label as written, and its count, its share of the total, or
 * both ({@code 县直部门58件}, {@code 行政处罚类占38.4%}).
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"label", "count", "share"})
@JsonModel
public abstract class BreakdownItem implements WithBreakdownItem {

  /** The item as written: {@code 县直部门}, {@code 行政处罚类}. */
  public abstract String getLabel();

  /** The cases of the item, where given. */
  public abstract Optional<@Valid Count> getCount();

  /** The item's published share of the breakdown's total, where given. */
  public abstract Optional<@Valid Rate> getShare();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The item {@code label} with {@code count} cases. */
  public static BreakdownItem of(String label, Count count) {
    return builder().label(label).count(count).build();
  }

  /** The item {@code label} with a share of {@code share} of the total. */
  public static BreakdownItem ofShare(String label, Rate share) {
    return builder().label(label).share(share).build();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getLabel(), "label");
    Invariants.check(
        getCount().isPresent() || getShare().isPresent(),
        "count",
        () -> "a breakdown item has a count, a share or both: " + getLabel());
  }

  /** Builds a {@link BreakdownItem}. */
  public static final class Builder extends ImmutableBreakdownItem.Builder {
    Builder() {}
  }
}
