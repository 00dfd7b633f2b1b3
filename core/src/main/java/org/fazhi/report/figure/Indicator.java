package org.fazhi.report.figure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.Optional;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * A figure that has no dedicated typed block: what was counted, in the report's words, and the
 * quantity as written — {@code 划转事项} 237项, {@code 项目总投资} 1481.6万元, {@code 防火隔离带} 300多公里.
 *
 * <p>An optional {@link #getCode() code} from the caller's own vocabulary (lower-case words joined by
 * dots or hyphens, such as {@code approval.items-transferred}) makes indicators comparable across
 * reports.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"label", "quantity", "code", "section"})
@com.fasterxml.jackson.databind.annotation.JsonSerialize(as = ImmutableIndicator.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(as = ImmutableIndicator.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableIndicator.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator implements WithIndicator, Anchored {

  /** What was counted, in the report's words: {@code 划转事项}. */
  public abstract String getLabel();

  /** The figure as written. */
  public abstract @Valid Quantity getQuantity();

  /** A code from the caller's vocabulary, if assigned. */
  public abstract Optional<String> getCode();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The indicator {@code label}: {@code quantity}, as in {@code Indicator.of("划转事项", "237项")}. */
  public static Indicator of(String label, String quantity) {
    return builder().label(label).quantity(Quantity.parse(quantity)).build();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getLabel(), "label");
    getCode()
        .ifPresent(
            code ->
                Invariants.check(
                    code.matches("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*"),
                    "code",
                    () -> "an indicator code is lower-case words joined by dots or hyphens: \""
                        + code
                        + "\""));
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
