package org.fazhi.report.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.fazhi.report.internal.Decimals;
import org.fazhi.report.internal.InvalidPropertyException;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A number of things — cases, people, sessions — as the report wrote it: exactly ({@code 35}),
 * approximately ({@code 700余}), or with a scale word ({@code 3.6万}, {@code 1.2万余}). Never negative.
 *
 * <p>A count written with a scale word is rounded: 3.6万 stands for 35,500 to 36,499, and {@link
 * #minimum()} and {@link #maximum()} say so; an approximation marker bounds the scaled value
 * (1.2万余: at least 12,000). The value keeps the digits written (3.6, not 36000).
 *
 * <p>The canonical text is the number with its marker and scale word and no unit: {@code "35"},
 * {@code "700余"}, {@code "近30"}, {@code "3.6万"}, {@code "1.2余万"}; {@code Count.parse(c.toString())}
 * equals {@code c}. In JSON an exact count without a scale word is a plain integer ({@code 35});
 * any other an object ({@code {"value": 700, "approximation": "MORE_THAN"}}, {@code {"value": 3.6,
 * "scale": "TEN_THOUSAND"}}).
 */
@Value.Immutable(builder = false, copy = false)
@ModelStyle
public abstract class Count {
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /** The number as written, before its scale word: 700 for 700余, 3.6 for 3.6万. */
  @Value.Parameter
  public abstract BigDecimal getValue();

  /** The scale word written after the number; {@link Scale#ONE} when there is none. */
  @Value.Parameter
  public abstract Scale getScale();

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
    return of(BigDecimal.valueOf(value), Scale.ONE, approximation);
  }

  /**
   * A count of {@code value} at {@code scale}, written with {@code approximation}: {@code
   * Count.of(new BigDecimal("3.6"), Scale.TEN_THOUSAND, Approximation.EXACT)} is 3.6万. Fails for a
   * negative value, for a fraction without a scale word, for more decimals than the scale word has
   * zeros (0.12345万 is no number of things), and beyond {@link Long#MAX_VALUE} once scaled.
   */
  public static Count of(BigDecimal value, Scale scale, Approximation approximation) {
    return ImmutableCount.of(value, scale, approximation);
  }

  /** The exact count zero, as in 未发生行政复议案件. */
  public static Count zero() {
    return of(0);
  }

  /**
   * The count written as {@code text}: {@code "35"}, {@code "700余"}, {@code "近30"}, {@code
   * "不超过30"}, {@code "30以下"}, {@code "3.6万"}, {@code "1.2万余"}.
   */
  public static Count parse(CharSequence text) {
    FigureText figure = FigureText.parse(text, "count");
    if (!figure.unit.isEmpty() || (figure.scale == Scale.ONE && figure.number.scale() > 0)) {
      throw new IllegalArgumentException(
          "not a count: \""
              + text
              + "\" (expected a whole number with an optional marker or"
              + " scale word, such as \"35\", \"700余\" or \"3.6万\")");
    }
    long integerDigits = Decimals.integerDigits(figure.number) + figure.scale.exponent();
    if (integerDigits > 19 || figure.scale.apply(figure.number).compareTo(LONG_MAX) > 0) {
      throw new IllegalArgumentException(
          "not a count: \"" + text + "\" (larger than " + Long.MAX_VALUE + ")");
    }
    return of(figure.number, figure.scale, figure.approximation);
  }

  /**
   * Whether the count stands for exactly one number: written without a marker and without a scale
   * word (3.6万 is rounded, so not exact).
   */
  public boolean isExact() {
    return getApproximation().isExact() && getScale() == Scale.ONE;
  }

  /** The value with its scale applied, exactly: 36000 for 3.6万, 700 for 700余. */
  public BigDecimal toBaseValue() {
    return getScale().apply(getValue());
  }

  /**
   * The smallest number this count can stand for, if it has a lower bound: 35 for 35, 700 for 700余,
   * 35500 for 3.6万, 12000 for 1.2万余, 27 for 约30; none for 近30 and 30以内.
   */
  public OptionalLong minimum() {
    if (isExact()) {
      return OptionalLong.of(getValue().longValueExact()); // most counts: no range to work out
    }
    return FigureBounds.of(getValue(), getScale(), getApproximation())
        .wholeLower()
        .map(v -> OptionalLong.of(Math.max(0, v.longValueExact())))
        .orElse(OptionalLong.empty());
  }

  /**
   * The largest number this count can stand for, if it has an upper bound: 35 for 35, 36499 for
   * 3.6万, 33 for 约30, 30 for 近30; none for 700余, 30以上 and 超过30.
   */
  public OptionalLong maximum() {
    if (isExact()) {
      return OptionalLong.of(getValue().longValueExact());
    }
    return FigureBounds.of(getValue(), getScale(), getApproximation())
        .wholeUpper()
        .map(v -> OptionalLong.of(v.min(LONG_MAX).longValueExact()))
        .orElse(OptionalLong.empty());
  }

  /** The canonical text: {@code "35"}, {@code "700余"}, {@code "3.6万"}. */
  @Override
  public String toString() {
    return FigureText.format(getApproximation(), getValue(), getScale(), "");
  }

  /** Holds a decimal with a negative scale (1E+3) as its plain digits (1000). */
  @Value.Check
  Count check() {
    BigDecimal value = getValue();
    Invariants.check(value.signum() >= 0, "", () -> "count must be >= 0: " + plain(value));
    int decimals = Math.max(0, value.scale());
    Invariants.check(
        decimals <= getScale().exponent(),
        "",
        () ->
            getScale() == Scale.ONE
                ? "a count without a scale word is a whole number: " + plain(value)
                : "a count of "
                    + getScale().marker()
                    + " has at most "
                    + getScale().exponent()
                    + " decimals: "
                    + plain(value));
    // Digits before the point once scaled, counted without expanding the number (1e99999999).
    long integerDigits = Decimals.integerDigits(value) + getScale().exponent();
    Invariants.check(
        integerDigits <= 19 && getScale().apply(value).compareTo(LONG_MAX) <= 0,
        "",
        () -> "count must be <= " + Long.MAX_VALUE + ": " + plain(value) + getScale().marker());
    return Decimals.isPlain(value)
        ? this
        : ImmutableCount.of(Decimals.plain(value), getScale(), getApproximation());
  }

  /** The number as written, in exponent form where plain digits would run long (1E+99999999). */
  private static String plain(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    return integerDigits > 64 || value.scale() > 64 ? value.toString() : value.toPlainString();
  }

  /**
   * JSON: a plain integer when exact without a scale word, else an object with the value, the scale
   * word and the approximation, leaving out the defaults.
   */
  @JsonValue
  Object toJson() {
    if (isExact()) {
      return getValue();
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("value", getValue());
    if (getScale() != Scale.ONE) {
      json.put("scale", getScale());
    }
    if (!getApproximation().isExact()) {
      json.put("approximation", getApproximation());
    }
    return json;
  }

  /**
   * JSON: the object form. The scale and approximation may be left out (a null for either reads as
   * left out: a creator cannot tell the two apart); the value is required.
   */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  static Count fromJson(
      @JsonProperty(value = "value", required = true) BigDecimal value,
      @JsonProperty(value = "scale") @JsonSetter(nulls = Nulls.SET) Scale scale,
      @JsonProperty(value = "approximation") @JsonSetter(nulls = Nulls.SET)
          Approximation approximation) {
    Scale written = scale == null ? Scale.ONE : scale;
    Approximation marker = approximation == null ? Approximation.EXACT : approximation;
    if (written == Scale.ONE && marker.isExact()) {
      throw new InvalidPropertyException(
          approximation == null ? "" : "approximation",
          "an exact count without a scale word is written as a plain integer, not as an object");
    }
    try {
      return of(value, written, marker);
    } catch (InvalidPropertyException e) {
      throw new InvalidPropertyException("value", e.getMessage());
    }
  }
}
