package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.Year;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * The days a report covers, both inclusive: usually its whole reporting year, but a report
 * published before the year ends (今年以来, 截至目前) covers only part of it.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"start", "end"})
@JsonModel
public abstract class ReportingPeriod implements WithReportingPeriod {

  /** The first day covered. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate getStart();

  /** The last day covered. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract LocalDate getEnd();

  /** The days from {@code start} to {@code end}; fails if {@code end} is before {@code start}. */
  public static ReportingPeriod of(LocalDate start, LocalDate end) {
    return ImmutableReportingPeriod.builder().start(start).end(end).build();
  }

  /** The whole of {@code year}. */
  public static ReportingPeriod ofYear(int year) {
    Year whole = Year.of(year);
    return of(whole.atDay(1), whole.atMonth(12).atEndOfMonth());
  }

  /** Whether the period is a whole calendar year. */
  @JsonIgnore
  public boolean isWholeYear() {
    return getStart().getDayOfYear() == 1
        && getStart().getYear() == getEnd().getYear()
        && getEnd().equals(Year.of(getEnd().getYear()).atMonth(12).atEndOfMonth());
  }

  /** Whether {@code date} lies in the period. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(getStart()) && !date.isAfter(getEnd());
  }

  @Value.Check
  void check() {
    Invariants.check(
        !getEnd().isBefore(getStart()),
        "end",
        () -> "a period cannot end (" + getEnd() + ") before it starts (" + getStart() + ")");
  }
}
