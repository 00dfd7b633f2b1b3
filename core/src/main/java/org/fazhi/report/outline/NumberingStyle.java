package org.fazhi.report.outline;

import java.util.Optional;
import java.util.OptionalInt;
import org.fazhi.report.figure.ChineseNumerals;

/**
 * How an outline label is written. Each style reads its labels and writes a canonical one, for the
 * ordinals it can write: 1 to 999 in the Chinese styles, 1 to 9999 in the Arabic ones, 1 to 50
 * circled.
 */
public enum NumberingStyle {
  /** {@code 一、}: Chinese numeral and enumeration comma; the top level of most reports. */
  CHINESE("%s、"),
  /** {@code （一）} or {@code (一)}: Chinese numeral in full-width or ASCII parentheses. */
  PARENTHESIZED_CHINESE("\uFF08%s\uFF09"),
  /** {@code 1.}, {@code 1、}, {@code １．}: Arabic numeral, half- or full-width. */
  ARABIC("%s."),
  /** {@code （1）} or {@code (1)}: Arabic numeral in full-width or ASCII parentheses. */
  PARENTHESIZED_ARABIC("\uFF08%s\uFF09"),
  /** {@code ①}: circled numeral. */
  CIRCLED("%s"),
  /** {@code 一是}: run-in marker inside a paragraph. */
  RUN_IN("%s是"),
  ;

  /** The characters of a Chinese numeral in a label. */
  private static final String CHINESE_DIGITS = "一二三四五六七八九十百零〇";

  /** The most digits an Arabic label has. */
  private static final int MAX_ARABIC_DIGITS = 4;

  private final String format;

  NumberingStyle(String format) {
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
    // Scanned by hand, not matched: every section of every report read checks its label.
    int length = label.length();
    switch (this) {
      case CHINESE:
        return length >= 2 && isSeparator(label.charAt(length - 1))
            ? chinese(label, 0, length - 1)
            : OptionalInt.empty();
      case RUN_IN:
        return length >= 2 && label.charAt(length - 1) == '是'
            ? chinese(label, 0, length - 1)
            : OptionalInt.empty();
      case PARENTHESIZED_CHINESE:
        {
          int close = closing(label);
          return close > 1 ? chinese(label, 1, close) : OptionalInt.empty();
        }
      case ARABIC:
        return length >= 2 && isSeparator(label.charAt(length - 1))
            ? arabic(label, 0, length - 1)
            : OptionalInt.empty();
      case PARENTHESIZED_ARABIC:
        {
          int close = closing(label);
          return close > 1 ? arabic(label, 1, close) : OptionalInt.empty();
        }
      default:
        return length == 1 && isCircled(label.charAt(0))
            ? OptionalInt.of(fromCircled(label.charAt(0)))
            : OptionalInt.empty();
    }
  }

  /**
   * Where the closing parenthesis of a parenthesized label stands — last, or before a final
   * separator — if the label opens with a parenthesis; otherwise -1.
   */
  private static int closing(String label) {
    int length = label.length();
    if (length < 3 || label.charAt(0) != '(' && label.charAt(0) != '\uFF08') {
      return -1;
    }
    int close = isSeparator(label.charAt(length - 1)) ? length - 2 : length - 1;
    char c = label.charAt(close);
    return c == ')' || c == '\uFF09' ? close : -1;
  }

  private static boolean isSeparator(char c) {
    return c == '、' || c == '.' || c == '．' || c == ',' || c == '\uFF0C';
  }

  private static boolean isCircled(char c) {
    return c >= '①' && c <= '⑳' || c >= '㉑' && c <= '㉟' || c >= '㊱' && c <= '㊿';
  }

  /** The value of the Chinese numeral at [from, to), if every character there is one. */
  private static OptionalInt chinese(String label, int from, int to) {
    if (from >= to) {
      return OptionalInt.empty();
    }
    for (int i = from; i < to; i++) {
      if (CHINESE_DIGITS.indexOf(label.charAt(i)) < 0) {
        return OptionalInt.empty();
      }
    }
    long parsed = ChineseNumerals.parse(label.substring(from, to)).orElse(0);
    return parsed >= 1 && parsed <= Integer.MAX_VALUE
        ? OptionalInt.of((int) parsed)
        : OptionalInt.empty();
  }

  /** The value of the one to four Arabic digits, half- or full-width, at [from, to). */
  private static OptionalInt arabic(String label, int from, int to) {
    if (from >= to || to - from > MAX_ARABIC_DIGITS) {
      return OptionalInt.empty();
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = label.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= '０' && c <= '９')) {
        return OptionalInt.empty();
      }
      value = value * 10 + Character.digit(c, 10);
    }
    return value >= 1 ? OptionalInt.of(value) : OptionalInt.empty();
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
