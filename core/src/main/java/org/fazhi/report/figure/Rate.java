package org.fazhi.report.figure;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Optional;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.internal.Decimals;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * A published rate in percent, as written — {@code 100%}, {@code 58%}, {@code 114.63%}, {@code
 * 95%以上} — with, where the report gives them, the counts it was computed from and what it is a rate
 * of.
 *
 * <p>A published rate is data: it may disagree with its counts, and may exceed 100 (a completion
 * rate); validation, not construction, judges that. Only a negative percent is rejected. The
 * decimal keeps the digits written, so the precision of the published figure is known.
 *
 * <p>The canonical text is the percent with its marker: {@code "58%"}; {@code Rate.parse} reads it
 * back (without numerator, denominator or basis).
 */
@Value.Immutable
@ReportRules
@ModelStyle
@JsonPropertyOrder({"percent", "approximation", "numerator", "denominator", "basis"})
@JsonModel
public abstract class Rate implements WithRate {

  /** The percent as written: 58 for 58%, 114.63 for 114.63%. */
  public abstract BigDecimal getPercent();

  /** How exactly the rate was written; {@link Approximation#EXACT} by default. */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ExactApproximation.class)
  public Approximation getApproximation() {
    return Approximation.EXACT;
  }

  /** The count the rate was computed from, where the report gives it (32 of 32/55). */
  public abstract Optional<@Valid Count> getNumerator();

  /** The count the rate is of, where the report gives it (55 of 32/55). */
  public abstract Optional<@Valid Count> getDenominator();

  /** What the rate is of, in the report's words, where it says (按结案数计算). */
  public abstract Optional<String> getBasis();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An exact rate of {@code percent}: {@code Rate.of("58")} is 58%. */
  public static Rate of(String percent) {
    return of(new BigDecimal(percent));
  }

  /** An exact rate of {@code percent}. */
  public static Rate of(BigDecimal percent) {
    return builder().percent(percent).build();
  }

  /**
   * The rate written as {@code text}: {@code "58%"}, {@code "114.63%"}, {@code "95%以上"}, {@code
   * "30%以下"}, {@code "不到30%"}.
   */
  public static Rate parse(CharSequence text) {
    FigureText figure = FigureText.parse(text, "rate");
    if (!figure.unit.equals("%") || figure.scale != Scale.ONE) {
      throw new IllegalArgumentException(
          "not a rate: \"" + text + "\" (expected a percent such as \"58%\" or \"95%以上\")");
    }
    return builder().percent(figure.number).approximation(figure.approximation).build();
  }

  /** The rate as a fraction, exactly: 0.58 for 58%. */
  public BigDecimal toFraction() {
    return getPercent().movePointLeft(2);
  }

  /**
   * The least percent the rate can stand for, if it has a lower bound: the percent for an exact
   * rate and for 95%以上, 17.46 for 约19.4%; none for 30%以内.
   */
  public Optional<BigDecimal> minimum() {
    return getApproximation().lowerBound(getPercent());
  }

  /** The greatest percent the rate can stand for, if it has an upper bound; none for 95%以上. */
  public Optional<BigDecimal> maximum() {
    return getApproximation().upperBound(getPercent());
  }

  /** The canonical text: {@code "58%"}, {@code "95%以上"}. */
  @Override
  public String toString() {
    return FigureText.format(getApproximation(), getPercent(), Scale.ONE, "%");
  }

  /**
   * Rejects a percent beyond the model's bounds (more than 30 digits before the decimal point or 30
   * after), a negative percent and a blank basis; holds 1E+2 as 100.
   */
  @Value.Check
  Rate check() {
    BigDecimal percent = Decimals.bounded(getPercent(), "percent", "rate percent");
    Invariants.check(
        percent.signum() >= 0, "percent", () -> "rate must be >= 0%: " + percent.toPlainString());
    Invariants.notBlank(getBasis(), "basis");
    return percent == getPercent() ? this : ImmutableRate.copyOf(this).withPercent(percent);
  }

  /** Builds a {@link Rate}. */
  public static final class Builder extends ImmutableRate.Builder {
    Builder() {}
  }
}
