package org.fazhi.report.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * How exactly a figure was written: exactly, or as a bound such as 700余件 or 近30人.
 *
 * <p>An approximate figure is a bound, not a value: {@link #lowerBound} and {@link #upperBound} give the
 * range of values it can stand for, and rules that compare figures use those, so that no error ever
 * follows from treating 700余 as exactly 700.
 */
public enum Approximation {
  /** Written exactly: 35件. */
  EXACT("", Position.NONE, List.of()),
  /** More than: 700余件, 300多公里 (余, 多). */
  MORE_THAN("余", Position.AFTER_NUMBER, List.of("余", "多")),
  /** Nearly, a little less than: 近30人 (近, 将近). */
  NEARLY("近", Position.BEFORE_NUMBER, List.of("近", "将近", "接近")),
  /** About, either side: 约30人 (约, 大约). */
  ABOUT("约", Position.BEFORE_NUMBER, List.of("约", "大约")),
  /** Over: 超过30人 (超过, 超). */
  OVER("超过", Position.BEFORE_NUMBER, List.of("超过", "超")),
  /** At least: 30人以上 (以上). */
  AT_LEAST("以上", Position.AFTER_UNIT, List.of("以上")),
  ;

  /** Where the marker stands in the written figure. */
  public enum Position {
    /** No marker. */
    NONE,
    /** Before the number: 近30人. */
    BEFORE_NUMBER,
    /** After the number and its scale, before the unit: 700余件, 15万余件. */
    AFTER_NUMBER,
    /** After the unit: 30人以上. */
    AFTER_UNIT
  }

  private final String marker;
  private final Position position;
  private final List<String> spellings;

  Approximation(String marker, Position position, List<String> spellings) {
    this.marker = marker;
    this.position = position;
    this.spellings = spellings;
  }

  /** The canonical marker written with the figure ({@code "余"}); empty for {@link #EXACT}. */
  public String marker() {
    return marker;
  }

  /** Where the marker stands. */
  public Position position() {
    return position;
  }

  /** Every spelling of the marker that real reports use, canonical first; empty for {@link #EXACT}. */
  public List<String> spellings() {
    return spellings;
  }

  /** Whether the figure was written exactly. */
  public boolean isExact() {
    return this == EXACT;
  }

  /**
   * The smallest value a figure written as {@code value} with this approximation can stand for, if
   * there is one: the value itself for exact, more-than, over and at-least figures; none for nearly
   * and about.
   */
  public Optional<BigDecimal> lowerBound(BigDecimal value) {
    switch (this) {
      case EXACT:
      case MORE_THAN:
      case OVER:
      case AT_LEAST:
        return Optional.of(value);
      default:
        return Optional.empty();
    }
  }

  /**
   * The largest value a figure written as {@code value} with this approximation can stand for, if
   * there is one: the value itself for exact and nearly figures; none for the others.
   */
  public Optional<BigDecimal> upperBound(BigDecimal value) {
    switch (this) {
      case EXACT:
      case NEARLY:
        return Optional.of(value);
      default:
        return Optional.empty();
    }
  }

  /** The approximation whose spellings include {@code marker}, if any. */
  public static Optional<Approximation> fromMarker(String marker) {
    for (Approximation approximation : values()) {
      if (approximation.spellings.contains(marker)) {
        return Optional.of(approximation);
      }
    }
    return Optional.empty();
  }
}
