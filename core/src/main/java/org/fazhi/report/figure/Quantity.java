package org.fazhi.report.figure;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Optional;
import org.fazhi.report.internal.Decimals;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A figure with its unit, scale and approximation, as written: {@code 1481.6万元}, {@code 700余件},
 * {@code 300多公里}, {@code 1.19万人}, {@code 114.63%}. The decimal keeps the digits written (1481.6
 * stays 1481.6, 1481.60 stays 1481.60); no floating point is involved.
 *
 * <p>The canonical text is the figure as a report writes it; {@code Quantity.parse(q.toString())}
 * equals {@code q}, except where the unit itself begins with a scale word or a marker: a quantity
 * of 5 {@code 千克} is written {@code 5千克}, which reads back as 5 {@code 克} at {@link Scale#THOUSAND}
 * — the same amount ({@link #toBaseValue()}), told apart differently. A decimal with a negative
 * scale (1E+3) is held as its plain form (1000).
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"value", "scale", "unit", "approximation"})
@JsonModel
public abstract class Quantity implements WithQuantity {

  /** The number as written, before its scale: 1481.6 for 1481.6万元. */
  public abstract BigDecimal getValue();

  /** The scale word written after the number; {@link Scale#ONE} when there is none. */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = DefaultScale.class)
  public Scale getScale() {
    return Scale.ONE;
  }

  /** The unit or measure word, if one was written. */
  public abstract Optional<Unit> getUnit();

  /** How exactly the figure was written; {@link Approximation#EXACT} by default. */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ExactApproximation.class)
  public Approximation getApproximation() {
    return Approximation.EXACT;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An exact quantity of {@code value} {@code unit}. */
  public static Quantity of(BigDecimal value, Unit unit) {
    return builder().value(value).unit(unit).build();
  }

  /** An exact quantity of {@code value} {@code unit}: {@code Quantity.of("1481.6", "元")}. */
  public static Quantity of(String value, String unit) {
    return of(new BigDecimal(value), Unit.of(unit));
  }

  /**
   * The figure written as {@code text}: {@code "700余件"}, {@code "1.19万人"}, {@code "30人以上"}, {@code
   * "不超过3天"}. 余 and 多 may stand after the number or after its scale word: {@code "300余万元"} and
   * {@code "300万余元"} are both 300 at {@link Scale#TEN_THOUSAND} of 元, more than.
   */
  public static Quantity parse(CharSequence text) {
    FigureText figure = FigureText.parse(text, "quantity");
    Builder builder =
        builder().value(figure.number).scale(figure.scale).approximation(figure.approximation);
    if (!figure.unit.isEmpty()) {
      builder.unit(Unit.of(figure.unit));
    }
    return builder.build();
  }

  /** The value with its scale applied, exactly: 14816000 for 1481.6万元. */
  public BigDecimal toBaseValue() {
    return getScale().apply(getValue());
  }

  /**
   * The least value, scale applied, this figure can stand for, if it has a lower bound: 11850 for
   * 1.19万 (rounded to its last digit), 700 for 700余, 27 for 约30; none for 近30 and 30以内.
   */
  public Optional<BigDecimal> minimum() {
    return FigureBounds.of(getValue(), getScale(), getApproximation()).lower;
  }

  /**
   * The value, scale applied, below which this figure lies, if it has an upper bound: 11950 for
   * 1.19万 (a value rounded to 1.19万 is less than that), 30 for 近30, 33 for 约30; none for 700余.
   */
  public Optional<BigDecimal> maximum() {
    return FigureBounds.of(getValue(), getScale(), getApproximation()).upper;
  }

  /** Whether the figure was written exactly. */
  @JsonIgnore
  public boolean isExact() {
    return getApproximation().isExact();
  }

  /**
   * The canonical text: {@code "1481.6万元"}, {@code "700余件"}; a marker 余 stands before the scale
   * word: {@code "15余万件"}.
   */
  @Override
  public String toString() {
    return FigureText.format(
        getApproximation(), getValue(), getScale(), getUnit().map(Unit::getSymbol).orElse(""));
  }

  /**
   * Refuses a value beyond the model's bounds (more than 30 digits before the decimal point or 30
   * after: 1E+65, 1E-400) before expanding it; holds a decimal with a negative scale (1E+3) in its
   * plain form (1000).
   */
  @Value.Check
  Quantity normalize() {
    BigDecimal value = Decimals.bounded(getValue(), "value", "quantity value");
    return value == getValue() ? this : ImmutableQuantity.copyOf(this).withValue(value);
  }

  /** Builds a {@link Quantity}. */
  public static final class Builder extends ImmutableQuantity.Builder {
    Builder() {}
  }
}
