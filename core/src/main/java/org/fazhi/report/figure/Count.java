package org.fazhi.report.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.InvalidPropertyException;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A number of things — cases, people, sessions — as the report wrote it: exactly ({@code 35}) or
 * approximately ({@code 700余}). Never negative.
 *
 * <p>The canonical text is the number with its approximation marker and no unit: {@code "35"},
 * {@code "700余"}, {@code "近30"}, {@code "30以上"}, {@code "30以内"}; {@code
 * Count.parse(c.toString())} equals {@code c}. In JSON an exact count is a plain integer ({@code
 * 35}) and an approximate one an object ({@code {"value": 700, "approximation": "MORE_THAN"}}).
 */
@Value.Immutable(builder = false, copy = false)
@ModelStyle
public abstract class Count {

  /** The number as written: 700 for 700余. */
  @Value.Parameter
  public abstract long getValue();

  /** How exactly the number was written. */
  @Value.Parameter
  public abstract Approximation getApproximation();

  /** An exact count; fails for a negative value. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Count of(long value) {
    return of(value, Approximation.EXACT);
  }

  /** A count written with {@code approximation}; fails for a negative value. */
  public static Count of(long value, Approximation approximation) {
    return ImmutableCount.of(value, approximation);
  }

  /** The exact count zero, as in 未发生行政复议案件. */
  public static Count zero() {
    return of(0);
  }

  /**
   * The count written as {@code text}: {@code "35"}, {@code "700余"}, {@code "近30"}, {@code
   * "不超过30"}, {@code "30以下"}.
   */
  public static Count parse(CharSequence text) {
    FigureText figure = FigureText.parse(text, "count");
    if (!figure.unit.isEmpty() || figure.scale != Scale.ONE || figure.number.scale() > 0) {
      throw new IllegalArgumentException(
          "not a count: \"" + text + "\" (expected an integer with an optional marker, such as"
              + " \"35\" or \"700余\")");
    }
    if (figure.number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      throw new IllegalArgumentException(
          "not a count: \"" + text + "\" (larger than " + Long.MAX_VALUE + ")");
    }
    return of(figure.number.longValueExact(), figure.approximation);
  }

  /** Whether the count was written exactly. */
  public boolean isExact() {
    return getApproximation().isExact();
  }

  /** The smallest number this count can stand for, if it has one (none for 近, 约, 以内). */
  public OptionalLong minimum() {
    return getApproximation()
        .lowerBound(BigDecimal.valueOf(getValue()))
        .map(v -> OptionalLong.of(v.longValueExact()))
        .orElse(OptionalLong.empty());
  }

  /** The largest number this count can stand for, if it has one (none for 余, 以上, 约). */
  public OptionalLong maximum() {
    return getApproximation()
        .upperBound(BigDecimal.valueOf(getValue()))
        .map(v -> OptionalLong.of(v.longValueExact()))
        .orElse(OptionalLong.empty());
  }

  /** The canonical text: {@code "35"}, {@code "700余"}. */
  @Override
  public String toString() {
    return FigureText.format(getApproximation(), BigDecimal.valueOf(getValue()), Scale.ONE, "");
  }

  @Value.Check
  void check() {
    Invariants.check(getValue() >= 0, "", () -> "count must be >= 0: " + getValue());
  }

  /** JSON: a plain integer when exact, else an object with the value and its approximation. */
  @JsonValue
  Object toJson() {
    if (isExact()) {
      return getValue();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("value", getValue());
    json.put("approximation", getApproximation());
    return json;
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  static Count fromJson(
      @JsonProperty(value = "value", required = true) long value,
      @JsonProperty(value = "approximation", required = true) Approximation approximation) {
    Invariants.check(value >= 0, "value", () -> "count must be >= 0: " + value);
    if (approximation.isExact()) {
      throw new InvalidPropertyException(
          "approximation",
          "an exact count is written as a plain integer, not as an object with approximation EXACT");
    }
    return of(value, approximation);
  }
}
