package org.fazhi.report.figure;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Optional;
import org.fazhi.report.internal.Decimals;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * An amount of money in yuan as written: {@code 1481.6万元}, {@code 723万元}, {@code 5000元}, {@code
 * 300余万元}. The decimal keeps the digits written; {@link #toYuan()} converts exactly.
 *
 * <p>The canonical text is the amount with its unit; {@code Money.parse(m.toString())} equals
 * {@code m}.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"amount", "unit", "approximation"})
@JsonModel
public abstract class Money implements WithMoney {

  /** The amount as written: 1481.6 for 1481.6万元. */
  public abstract BigDecimal getAmount();

  /** The unit written: 元, 万元, 亿元. */
  public abstract MoneyUnit getUnit();

  /** How exactly the amount was written; {@link Approximation#EXACT} by default. */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = ExactApproximation.class)
  public Approximation getApproximation() {
    return Approximation.EXACT;
  }

  /** An exact amount: {@code Money.of("1481.6", MoneyUnit.TEN_THOUSAND_YUAN)}. */
  public static Money of(String amount, MoneyUnit unit) {
    return ImmutableMoney.builder().amount(new BigDecimal(amount)).unit(unit).build();
  }

  /**
   * The amount written as {@code text}: {@code "1481.6万元"}, {@code "300余万元"} (also {@code
   * "300万余元"}), {@code "不超过5000元"}.
   */
  public static Money parse(CharSequence text) {
    FigureText figure = FigureText.parse(text, "money");
    MoneyUnit unit = null;
    for (MoneyUnit candidate : MoneyUnit.values()) {
      boolean scaleInUnit = figure.scale == Scale.ONE && figure.unit.equals(candidate.symbol());
      boolean scaleBeforeUnit = figure.scale == candidate.scale() && figure.unit.equals("元");
      if (scaleInUnit || scaleBeforeUnit) {
        unit = candidate;
      }
    }
    if (unit == null) {
      throw new IllegalArgumentException(
          "not money: \"" + text + "\" (expected an amount in 元, 万元 or 亿元, such as \"1481.6万元\")");
    }
    return ImmutableMoney.builder()
        .amount(figure.number)
        .unit(unit)
        .approximation(figure.approximation)
        .build();
  }

  /**
   * Refuses an amount beyond the model's bounds (more than 30 digits before the decimal point or 30
   * after) before expanding it; holds a decimal with a negative scale (1E+3) in its plain form
   * (1000).
   */
  @Value.Check
  Money normalize() {
    BigDecimal amount = Decimals.bounded(getAmount(), "amount", "money amount");
    return amount == getAmount() ? this : ImmutableMoney.copyOf(this).withAmount(amount);
  }

  /**
   * The least amount in 元 this figure can stand for, if it has a lower bound: an amount in 万元 or 亿元
   * is rounded to its last digit (1481.6万元: from 14815500).
   */
  public Optional<BigDecimal> minimumYuan() {
    return FigureBounds.of(getAmount(), getUnit().scale(), getApproximation()).lower;
  }

  /**
   * The amount in 元 below which this figure lies, if it has an upper bound (1481.6万元: 14816500).
   */
  public Optional<BigDecimal> maximumYuan() {
    return FigureBounds.of(getAmount(), getUnit().scale(), getApproximation()).upper;
  }

  /** The amount in 元, exactly: 14816000 for 1481.6万元. */
  public BigDecimal toYuan() {
    return getUnit().toYuan(getAmount());
  }

  /** The canonical text: {@code "1481.6万元"}. */
  @Override
  public String toString() {
    return FigureText.format(getApproximation(), getAmount(), Scale.ONE, getUnit().symbol());
  }
}
