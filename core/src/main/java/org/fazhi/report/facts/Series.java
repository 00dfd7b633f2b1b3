package org.fazhi.report.facts;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * One figure over several periods, as a report states it: {@code
 * 行政复议纠错率2021年至2023年分别为96.2%、97.5%、98.1%} is the series of {@code reconsideration.correction-rate}
 * with one point a year — not one value, and not the first value in the figure's field.
 *
 * <p>Where the series is of a typed figure ({@link #getConcept()}), validation checks its point for
 * the report's own period against that figure, and uses its other points as the base values of the
 * changes the report states.
 */
@Value.Immutable
@ModelStyle
@JsonPropertyOrder({"label", "concept", "scope", "points", "section"})
@JsonModel
public abstract class Series implements WithSeries, Anchored {

  /** What the series is of, in the report's words: {@code 行政复议纠错率}. */
  public abstract String getLabel();

  /** The typed figure the series is of, where it is one ({@link Concept#isSingle()}). */
  public abstract Optional<Concept> getConcept();

  /** Whose figures they are, when not the issuer's own (全省…). */
  public abstract Optional<@Valid Scope> getScope();

  /** The values, in the order written; at most one per period. */
  public abstract List<@Valid SeriesPoint> getPoints();

  @Override
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The point for {@code period}, if the series has one. */
  public Optional<SeriesPoint> pointFor(ReportingPeriod period) {
    return getPoints().stream().filter(p -> p.getPeriod().equals(period)).findFirst();
  }

  @Value.Check
  void check() {
    Invariants.notBlank(getLabel(), "label");
    Invariants.check(!getPoints().isEmpty(), "points", () -> "a series has at least one point");
    Invariants.check(
        getConcept().map(Concept::isSingle).orElse(true),
        "concept",
        () -> "a series is of a concept of one figure, not " + getConcept().get());
    Set<ReportingPeriod> periods = new HashSet<>();
    for (int i = 0; i < getPoints().size(); i++) {
      ReportingPeriod period = getPoints().get(i).getPeriod();
      Invariants.check(
          periods.add(period),
          "points/" + i + "/period",
          () ->
              "a series has one value per period; repeated: "
                  + period.getStart()
                  + " to "
                  + period.getEnd());
    }
  }

  /** Builds a {@link Series}. */
  public static final class Builder extends ImmutableSeries.Builder {
    Builder() {}
  }
}
