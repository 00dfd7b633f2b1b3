package org.fazhi.report.facts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/** One value of a {@link Series}: the period it is of, and the figure as written. */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"period", "value"})
@JsonModel
public abstract class SeriesPoint implements WithSeriesPoint {

  /** The days the value is of: usually a whole year. */
  public abstract @Valid ReportingPeriod getPeriod();

  /** The value as written: {@code 96.2%}, {@code 41件}. */
  public abstract @Valid Quantity getValue();

  /** The value {@code value} of {@code period}. */
  public static SeriesPoint of(ReportingPeriod period, Quantity value) {
    return ImmutableSeriesPoint.builder().period(period).value(value).build();
  }

  /**
   * The value {@code value} of the whole of {@code year}: {@code SeriesPoint.of(2023, "97.5%")}.
   */
  public static SeriesPoint of(int year, String value) {
    return of(ReportingPeriod.ofYear(year), Quantity.parse(value));
  }
}
