package org.fazhi.report.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How exactly a figure was written: exactly, or as a bound such as 700余件, 近30人 or 5个工作日以内.
 *
 * <p>An approximate figure is a bound, not a value: {@link #lowerBound} and {@link #upperBound}
 * give the range of values it can stand for, and rules that compare figures use those, so that no
 * error ever follows from treating 700余 as exactly 700. 约 (about) is a range on both sides: {@value
 * #ABOUT_TOLERANCE_PERCENT} percent of the value (约30 is 27 to 33, 约19.4% is 17.46% to 21.34%).
 *
 * <p>Each approximation has a canonical marker, written at its {@link #position() position}, and
 * the other spellings real reports use, each at its own place ({@link #spellings(Position)}): an
 * upper bound is written 5个工作日以内 or 30%以下 after the unit, and 不超过3天, 不到10人 or 不足10人 before the
 * number.
 */
public enum Approximation {
  /** Written exactly: 35件. */
  EXACT("", Position.NONE, List.of(), List.of()),
  /** More than: 700余件, 300多公里, 15万余件 (余, 多). */
  MORE_THAN("余", Position.AFTER_NUMBER, List.of("余", "多"), List.of()),
  /** Nearly, a little less than: 近30人 (近, 将近). */
  NEARLY("近", Position.BEFORE_NUMBER, List.of("近", "将近", "接近"), List.of()),
  /**
   * About, either side: 约30人 (约, 大约), within {@value #ABOUT_TOLERANCE_PERCENT} percent of the value
   * written.
   */
  ABOUT("约", Position.BEFORE_NUMBER, List.of("约", "大约"), List.of()),
  /** Over: 超过30人 (超过, 超). */
  OVER("超过", Position.BEFORE_NUMBER, List.of("超过", "超"), List.of()),
  /** At least: 30人以上 (以上, after the unit), 不少于30日, 不低于95%, 至少30人 (before the number). */
  AT_LEAST("以上", Position.AFTER_UNIT, List.of("以上"), List.of("不少于", "不低于", "至少")),
  /** At most: 5个工作日以内, 30%以下 (以内, 以下, after the unit), 不超过3天, 不到10人, 不足10人 (before the number). */
  AT_MOST("以内", Position.AFTER_UNIT, List.of("以内", "以下"), List.of("不超过", "不到", "不足")),
  ;

  /**
   * How far, in percent of the value written, a figure written with 约 may lie from it: 约30 stands
   * for 27 to 33. Wide enough for the rounding 约 usually hides, narrow enough to still catch a
   * figure that cannot be meant.
   */
  public static final int ABOUT_TOLERANCE_PERCENT = 10;

  private static final BigDecimal ABOUT_FRACTION =
      BigDecimal.valueOf(ABOUT_TOLERANCE_PERCENT).movePointLeft(2);

  /** Where the marker stands in the written figure. */
  public enum Position {
    /** No marker. */
    NONE,
    /** Before the number: 近30人. */
    BEFORE_NUMBER,
    /**
     * After the number, before its scale and unit: 700余件, 300余万元 (the canonical place); read also
     * after the scale: 15万余件.
     */
    AFTER_NUMBER,
    /** After the unit: 30人以上. */
    AFTER_UNIT
  }

  private final String marker;
  private final Position position;
  private final List<String> spellings;
  private final List<String> spellingsAtPosition;
  private final List<String> spellingsBeforeNumber;

  /**
   * {@code spellingsAtPosition} stand where the canonical {@code marker} stands; {@code
   * spellingsBeforeNumber} stand before the number.
   */
  Approximation(
      String marker,
      Position position,
      List<String> spellingsAtPosition,
      List<String> spellingsBeforeNumber) {
    this.marker = marker;
    this.position = position;
    List<String> all = new ArrayList<>(spellingsAtPosition);
    all.addAll(spellingsBeforeNumber);
    this.spellings = List.copyOf(all);
    this.spellingsAtPosition = spellingsAtPosition;
    this.spellingsBeforeNumber = spellingsBeforeNumber;
  }

  /** The canonical marker written with the figure ({@code "余"}); empty for {@link #EXACT}. */
  public String marker() {
    return marker;
  }

  /** Where the canonical marker stands. */
  public Position position() {
    return position;
  }

  /**
   * Every spelling of the marker that real reports use, canonical first; empty for {@link #EXACT}.
   */
  public List<String> spellings() {
    return spellings;
  }

  /**
   * The spellings written at {@code position}, canonical first where it stands there: for {@link
   * #AT_MOST}, 以内 and 以下 after the unit, 不超过, 不到 and 不足 before the number. The spellings {@link
   * Position#AFTER_NUMBER after the number} are also read after a scale word.
   */
  public List<String> spellings(Position position) {
    List<String> here = new ArrayList<>();
    if (position == this.position) {
      here.addAll(spellingsAtPosition);
    }
    if (position == Position.BEFORE_NUMBER) {
      here.addAll(spellingsBeforeNumber);
    }
    return List.copyOf(here);
  }

  /** Whether the figure was written exactly. */
  public boolean isExact() {
    return this == EXACT;
  }

  /**
   * The smallest value a figure written as {@code value} with this approximation can stand for, if
   * there is one: the value itself for exact, more-than, over and at-least figures; {@value
   * #ABOUT_TOLERANCE_PERCENT} percent below it for about; none for nearly and at-most.
   */
  public Optional<BigDecimal> lowerBound(BigDecimal value) {
    return switch (this) {
      case EXACT, MORE_THAN, OVER, AT_LEAST -> Optional.of(value);
      case ABOUT -> Optional.of(value.subtract(value.abs().multiply(ABOUT_FRACTION)));
      case NEARLY, AT_MOST -> Optional.empty();
    };
  }

  /**
   * The largest value a figure written as {@code value} with this approximation can stand for, if
   * there is one: the value itself for exact, nearly and at-most figures; {@value
   * #ABOUT_TOLERANCE_PERCENT} percent above it for about; none for the others.
   */
  public Optional<BigDecimal> upperBound(BigDecimal value) {
    return switch (this) {
      case EXACT, NEARLY, AT_MOST -> Optional.of(value);
      case ABOUT -> Optional.of(value.add(value.abs().multiply(ABOUT_FRACTION)));
      case MORE_THAN, OVER, AT_LEAST -> Optional.empty();
    };
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
