package org.fazhi.report.outline;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.figure.ChineseNumerals;

/**
 * How an outline label is written. Each style reads its labels and writes a canonical one, for the
 * ordinals it can write: 1 to 999 in the Chinese styles, 1 to 9999 in the Arabic ones, 1 to 50
 * circled.
 */
public enum NumberingStyle {
  /** {@code 一、}: Chinese numeral and enumeration comma; the top level of most reports. */
  CHINESE("([一二三四五六七八九十百零〇]+)[、.．,\\uFF0C]", "%s、"),
  /** {@code （一）} or {@code (一)}: Chinese numeral in full-width or ASCII parentheses. */
  PARENTHESIZED_CHINESE("[(\\uFF08]([一二三四五六七八九十百零〇]+)[)\\uFF09][、.．,\\uFF0C]?", "\uFF08%s\uFF09"),
  /** {@code 1.}, {@code 1、}, {@code １．}: Arabic numeral, half- or full-width. */
  ARABIC("([0-9０-９]{1,4})[.．、,\\uFF0C]", "%s."),
  /** {@code （1）} or {@code (1)}: Arabic numeral in full-width or ASCII parentheses. */
  PARENTHESIZED_ARABIC("[(\\uFF08]([0-9０-９]{1,4})[)\\uFF09][、.．,\\uFF0C]?", "\uFF08%s\uFF09"),
  /** {@code ①}: circled numeral. */
  CIRCLED("([①-⑳㉑-㉟㊱-㊿])", "%s"),
  /** {@code 一是}: run-in marker inside a paragraph. */
  RUN_IN("([一二三四五六七八九十百零〇]+)是", "%s是"),
  ;

  private final Pattern pattern;
  private final String format;

  NumberingStyle(String regex, String format) {
    this.pattern = Pattern.compile(regex);
    this.format = format;
  }

  /**
   * The canonical label of the {@code ordinal}-th item: {@code （三）} for the third in this style;
   * fails for an ordinal below one or beyond what the style writes.
   */
  public String label(int ordinal) {
    if (ordinal < 1) {
      throw new IllegalArgumentException("ordinals count from 1: " + ordinal);
    }
    String label;
    switch (this) {
      case ARABIC:
      case PARENTHESIZED_ARABIC:
        label = String.format(format, ordinal);
        break;
      case CIRCLED:
        label = ordinal <= 50 ? String.valueOf(Character.toChars(circled(ordinal))) : "";
        break;
      default:
        label = ordinal < 1000 ? String.format(format, ChineseNumerals.format(ordinal)) : "";
        break;
    }
    if (!ordinal(label).equals(OptionalInt.of(ordinal))) {
      throw new IllegalArgumentException("no " + this + " label for ordinal " + ordinal);
    }
    return label;
  }

  /** The ordinal that {@code label} writes in this style, if it is such a label. */
  public OptionalInt ordinal(String label) {
    Matcher matcher = pattern.matcher(label);
    if (!matcher.matches()) {
      return OptionalInt.empty();
    }
    String number = matcher.group(1);
    switch (this) {
      case ARABIC:
      case PARENTHESIZED_ARABIC:
        int value = 0;
        for (int i = 0; i < number.length(); i++) {
          value = value * 10 + Character.digit(number.charAt(i), 10);
        }
        return value >= 1 ? OptionalInt.of(value) : OptionalInt.empty();
      case CIRCLED:
        return OptionalInt.of(fromCircled(number.codePointAt(0)));
      default:
        long parsed = ChineseNumerals.parse(number).orElse(0);
        return parsed >= 1 && parsed <= Integer.MAX_VALUE
            ? OptionalInt.of((int) parsed)
            : OptionalInt.empty();
    }
  }

  /** The style {@code label} is written in, if any. */
  public static Optional<NumberingStyle> of(String label) {
    for (NumberingStyle style : values()) {
      if (style.ordinal(label).isPresent()) {
        return Optional.of(style);
      }
    }
    return Optional.empty();
  }

  private static int circled(int ordinal) {
    if (ordinal <= 20) {
      return 0x2460 + ordinal - 1;
    }
    if (ordinal <= 35) {
      return 0x3251 + ordinal - 21;
    }
    return 0x32B1 + ordinal - 36;
  }

  private static int fromCircled(int codePoint) {
    if (codePoint <= 0x2473) {
      return codePoint - 0x2460 + 1;
    }
    if (codePoint <= 0x325F) {
      return codePoint - 0x3251 + 21;
    }
    return codePoint - 0x32B1 + 36;
  }
}
