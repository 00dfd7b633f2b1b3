package org.fazhi.report.accountability;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/** One problem on a rectification list, with its measures, owner, deadline and status. */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"problem", "measures", "owner", "deadline", "status"})
@JsonModel
public abstract class RectificationItem implements WithRectificationItem {

  /** The problem found. */
  public abstract String getProblem();

  /** The measures taken or planned, if given. */
  public abstract Optional<String> getMeasures();

  /** The responsible body, if given. */
  public abstract Optional<String> getOwner();

  /** The deadline, if given. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> getDeadline();

  /** How far it has come, if the report says. */
  public abstract Optional<RectificationStatus> getStatus();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getProblem(), "problem");
    Invariants.notBlank(getMeasures(), "measures");
    Invariants.notBlank(getOwner(), "owner");
  }

  /** Builds a {@link RectificationItem}. */
  public static final class Builder extends ImmutableRectificationItem.Builder {
    Builder() {}
  }
}
