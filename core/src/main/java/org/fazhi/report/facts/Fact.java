package org.fazhi.report.facts;

import java.math.BigDecimal;
import java.util.Optional;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStage;
import org.immutables.value.Value;

/**
 * One figure of a report, flat, the way XBRL tools list facts: its {@link Concept}, what tells it
 * apart from other facts of the concept (the breakdown {@link #getDimension() dimension} and {@link
 * #getMember() member}), what it is of ({@link #getBasis() basis}), the value as written with its
 * scale, unit and approximation, the bounds it stands for, the counts of a rate, the period and
 * scope, the change stated with it, and where it stands: the JSON Pointer and the section.
 *
 * <p>A fact whose {@link #getValue() value} is empty carries only a change the report states for a
 * figure it does not give. Immutable; {@link Facts#of} lists a report's facts, {@link FactsCsv}
 * writes and reads them as CSV.
 */
@Value.Immutable
@ModelStyle
public abstract class Fact {

  /** The concept. */
  public abstract Concept getConcept();

  /**
   * For a breakdown item or total, the dimension of its breakdown: {@code RESPONDENT}, {@code
   * CASE_TYPE}, …, or the report's own words for another dimension.
   */
  public abstract Optional<String> getDimension();

  /**
   * What tells this fact apart from others of its concept, for a concept of many figures ({@link
   * Concept#dimension()}): a breakdown item's label, an indicator's label, an activity's title, a
   * list's title, the kinds of an outcome group ({@code CHANGED+REVOKED+…}).
   */
  public abstract Optional<String> getMember();

  /** What the figure is of: the stated basis of a rate, the stage a breakdown breaks down. */
  public abstract Optional<CaseStage> getBasis();

  /** The number as written, before its scale; empty for a change without its figure. */
  public abstract Optional<BigDecimal> getValue();

  /** The scale word written after the number. */
  @Value.Default
  public Scale getScale() {
    return Scale.ONE;
  }

  /** The unit as written: {@code %}, {@code 万元}, {@code 件}; empty for a count. */
  public abstract Optional<String> getUnit();

  /** How exactly the number was written. */
  @Value.Default
  public Approximation getApproximation() {
    return Approximation.EXACT;
  }

  /** The least value the figure stands for, scale applied (元 for money, percent for a rate). */
  public abstract Optional<BigDecimal> getLowerBound();

  /**
   * The greatest value the figure stands for, scale applied: for a count the greatest whole number
   * (3.6万: 36499); for a quantity or money written with a scale word and rounded, the limit it
   * stays below (1.19万人次: 11950).
   */
  public abstract Optional<BigDecimal> getUpperBound();

  /** For a rate, the numerator it states. */
  public abstract Optional<Count> getNumerator();

  /** For a rate, the denominator it states. */
  public abstract Optional<Count> getDenominator();

  /** The days the figure covers: the report's period unless the figure states its own. */
  public abstract Optional<ReportingPeriod> getPeriod();

  /** Whose figure it is, when not the issuer's own. */
  public abstract Optional<Scope> getScope();

  /** The change stated with the figure. */
  public abstract Optional<Change> getChange();

  /** The JSON Pointer of the figure in the report's JSON form. */
  public abstract String getPointer();

  /** The section the figure was reported in, where known. */
  public abstract Optional<SectionId> getSection();

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Fact}. */
  public static final class Builder extends ImmutableFact.Builder {
    Builder() {}
  }
}
