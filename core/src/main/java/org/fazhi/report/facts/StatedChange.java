package org.fazhi.report.facts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import org.fazhi.report.figure.Change;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * A change the report states for one of its typed figures: {@code 收到行政复议申请35件，同比增长12.5%} is the
 * change {@code 同比增长12.5%} of {@code reconsideration.received}. Indicators carry their own change
 * ({@link org.fazhi.report.figure.Indicator#getChange()}).
 *
 * <p>Validation checks the change against the figure and its value in the base period, where a
 * {@link Series} of the same concept gives that value.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"concept", "change", "section"})
@JsonModel
public abstract class StatedChange implements WithStatedChange, Anchored {

  /** The figure that changed: a concept of one figure per report ({@link Concept#isSingle()}). */
  public abstract Concept getConcept();

  /** The change as written. */
  public abstract @Valid Change getChange();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The change {@code change} of the figure of {@code concept}. */
  public static StatedChange of(Concept concept, Change change) {
    return builder().concept(concept).change(change).build();
  }

  @Value.Check
  void check() {
    Invariants.check(
        getConcept().isSingle(),
        "concept",
        () ->
            "a stated change names a concept of one figure, not "
                + getConcept()
                + " (an indicator carries its own change)");
  }

  /** Builds a {@link StatedChange}. */
  public static final class Builder extends ImmutableStatedChange.Builder {
    Builder() {}
  }
}
