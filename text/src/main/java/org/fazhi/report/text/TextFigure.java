package org.fazhi.report.text;

import java.util.Optional;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.outline.SectionId;
import org.immutables.value.Value;

/**
 * A figure found in the report's text, and where the importer put it: into a field of a typed block
 * ({@code /statistics/reconsideration/received}), into an {@link org.fazhi.report.figure.Indicator}
 * ({@code /indicators/3}), or nowhere, with the reason.
 *
 * <p>A figure is a number stated as a fact: Arabic or full-width digits, or a Chinese numeral with
 * a measure word ({@code 两期}, {@code 二十二名}), with its scale, unit and approximation, a percent, a
 * zero statement ({@code 未发生行政复议案件}), or a session number that a typed block holds ({@code
 * 第三十七次常务会议}). Years, dates and times, document numbers, numbers inside titles 《…》 and quotations
 * “…”, and ordinals are no figures (dates and times feed the typed blocks that hold them).
 */
@Value.Immutable
@ResultStyle
public abstract class TextFigure {

  /** Where a figure went. */
  public enum Placement {
    /**
     * Into a field of a typed block: statistics, decisions, enforcement, accountability,
     * emergencies.
     */
    BLOCK,
    /** Into an indicator of its own. */
    INDICATOR,
    /**
     * Into the label of another figure's indicator, as a qualifier of what it counts: the 1 of
     * {@code 有1名以上“法律明白人”的行政村达100%}.
     */
    QUALIFIER,
    /** Nowhere; {@link #getReason()} says why. */
    UNPLACED,
    /**
     * The amount of a change stated for another figure ({@code 同比增长12.5%}): the target is the
     * change.
     */
    CHANGE,
    /** Into a series over periods ({@code 2021年至2023年分别为…}): the target is the point. */
    SERIES,
  }

  /** The figure as written, with its markers and unit: {@code 700余件}, {@code 不少于30日}. */
  public abstract String getText();

  /** The figure read: value, scale, unit and approximation. */
  public abstract Quantity getQuantity();

  /** The line of the input, from 1. */
  public abstract int getLine();

  /** The column of the figure's first character, from 1. */
  public abstract int getColumn();

  /** The sentence the figure stands in, as written. */
  public abstract String getSentence();

  /** The section the figure stands in; empty in the opening paragraphs. */
  public abstract Optional<SectionId> getSection();

  /** Where the figure went. */
  public abstract Placement getPlacement();

  /**
   * The JSON Pointer, in the report's JSON form, of the value the figure became — {@code
   * /statistics/reconsideration/received}, {@code /indicators/3} — or of the indicator whose label
   * it qualifies; empty when unplaced.
   */
  public abstract Optional<String> getTarget();

  /** Why the figure could not be placed; empty when it was. */
  public abstract Optional<String> getReason();

  static ImmutableTextFigure.Builder builder() {
    return ImmutableTextFigure.builder();
  }

  /** {@code line:column text → target}. */
  @Override
  public String toString() {
    return getLine()
        + ":"
        + getColumn()
        + " "
        + getText()
        + " → "
        + getTarget().orElse(getPlacement() + getReason().map(r -> " (" + r + ")").orElse(""));
  }
}
