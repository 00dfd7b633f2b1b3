package org.fazhi.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Pattern;
import org.fazhi.report.internal.Invariants;
import org.fazhi.report.internal.ModelStyle;
import org.immutables.value.Value;

/**
 * An administrative division code: six digits (GB/T 2260: two for the province, two for the
 * prefecture, two for the county) or nine for a township (GB/T 10114: the county's code and three
 * more). 山西省 is 140000, 大同市 140200, 阳高县 140221.
 *
 * <p>Codes change over time, so a code is meaningful with the date it was valid on (see {@link
 * AdministrativeDivision#getCodeValidOn()}). Any six or nine digits are accepted here; whether the
 * province exists and whether the level agrees with the division's is validation's business. The
 * canonical text is the digits; in JSON a string.
 */
@Value.Immutable(builder = false, copy = false)
@ModelStyle
public abstract class DivisionCode {

  /** The digits. */
  @Value.Parameter
  @JsonValue
  public abstract String getValue();

  /** The code written as {@code text}; fails unless it is six or nine ASCII digits. */
  @JsonCreator
  public static DivisionCode parse(CharSequence text) {
    return ImmutableDivisionCode.of(text.toString());
  }

  /** The level the code's form implies: a province ends in 0000, a prefecture in 00. */
  public DivisionLevel level() {
    String value = getValue();
    if (value.length() == 9) {
      return DivisionLevel.TOWNSHIP;
    }
    if (value.endsWith("0000")) {
      return DivisionLevel.PROVINCE;
    }
    return value.endsWith("00") ? DivisionLevel.PREFECTURE : DivisionLevel.COUNTY;
  }

  /** The first two digits: {@code "14"} for Shanxi. */
  public String provincePart() {
    return getValue().substring(0, 2);
  }

  /** The code of the enclosing division one level up, if there is one: 140200 for 140221. */
  public java.util.Optional<DivisionCode> parent() {
    switch (level()) {
      case TOWNSHIP:
        return java.util.Optional.of(parse(getValue().substring(0, 6)));
      case COUNTY:
        return java.util.Optional.of(parse(getValue().substring(0, 4) + "00"));
      case PREFECTURE:
        return java.util.Optional.of(parse(getValue().substring(0, 2) + "0000"));
      default:
        return java.util.Optional.empty();
    }
  }

  /** The digits. */
  @Override
  public String toString() {
    return getValue();
  }

  private static final Pattern DIGITS = Pattern.compile("[0-9]{6}|[0-9]{9}");

  @Value.Check
  void check() {
    Invariants.check(
        DIGITS.matcher(getValue()).matches(),
        "",
        () -> "a division code is six or nine digits: \"" + getValue() + "\"");
  }
}
