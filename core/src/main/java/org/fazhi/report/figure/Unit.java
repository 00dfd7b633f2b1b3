package org.fazhi.report.figure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.internal.Texts;
import org.immutables.value.Value;

/**
 * The unit or measure word of a figure, as written: 件, 人次, 学时, 公里, %, 个百分点, 元.
 *
 * <p>An open list: any non-blank word without digits is a unit. The canonical text is the word
 * itself; in JSON a unit is a string.
 */
@Value.Immutable(builder = false, copy = false)
@ModelStyle
public abstract class Unit {
  /** Percent, {@code %}. */
  public static final Unit PERCENT = of("%");

  /** Percentage points, {@code 个百分点}. */
  public static final Unit PERCENTAGE_POINT = of("个百分点");

  /** Yuan, {@code 元}. */
  public static final Unit YUAN = of("元");

  /** The word as written. */
  @Value.Parameter
  @JsonValue
  public abstract String getSymbol();

  /** The unit written as {@code symbol}; fails when it is blank or holds a digit. */
  @JsonCreator
  public static Unit of(String symbol) {
    return ImmutableUnit.of(symbol);
  }

  /** Same as {@link #of}: the canonical text of a unit is its symbol. */
  public static Unit parse(CharSequence text) {
    return of(text.toString());
  }

  /** The symbol. */
  @Override
  public String toString() {
    return getSymbol();
  }

  @Value.Check
  void check() {
    Invariants.check(
        !getSymbol().isBlank(), "", () -> "a unit must not be blank: \"" + getSymbol() + "\"");
    Invariants.check(
        getSymbol().codePoints().noneMatch(Character::isDigit),
        "",
        () -> "a unit holds no digits: \"" + getSymbol() + "\"");
    Texts.unicode(getSymbol(), "");
  }
}
