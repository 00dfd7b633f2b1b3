package org.fazhi.report.figure;

import java.util.OptionalLong;

/**
 * Chinese numerals as reports write them in facts and in outline labels: 三十七 (第三十七次常务会议),
 * 二十二, 两 (两期), 一百零五, 二〇二四 (a year read digit by digit).
 */
public final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /**
   * The value of {@code text} if it is a Chinese numeral: {@code "三十七"} is 37, {@code "两"} 2,
   * {@code "十"} 10, {@code "一百零五"} 105, {@code "二〇二四"} 2024, {@code "1.19万"} is not one.
   */
  public static OptionalLong parse(CharSequence text) {
    if (text.length() == 0) {
      return OptionalLong.empty();
    }
    boolean hasUnit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (digit(c) < 0 && unit(c) < 0) {
        return OptionalLong.empty();
      }
      hasUnit |= unit(c) > 0;
    }
    return hasUnit ? positional(text) : digitByDigit(text);
  }

  /**
   * The numeral for {@code value} as written in ordinals and counts: 1 is 一, 10 is 十, 37 is 三十七,
   * 105 is 一百零五; fails for a negative value or one of 10^8 or more.
   */
  public static String format(long value) {
    if (value < 0 || value >= 100_000_000L) {
      throw new IllegalArgumentException("no Chinese numeral written for " + value);
    }
    if (value == 0) {
      return "零";
    }
    if (value >= 10_000) {
      long rest = value % 10_000;
      String high = format(value / 10_000) + "万";
      return rest == 0 ? high : high + (rest < 1000 ? "零" : "") + format(rest);
    }
    StringBuilder text = new StringBuilder();
    int[] units = {1000, 100, 10, 1};
    String[] names = {"千", "百", "十", ""};
    boolean pendingZero = false;
    for (int i = 0; i < units.length; i++) {
      int d = (int) (value / units[i] % 10);
      if (d == 0) {
        pendingZero = text.length() > 0;
        continue;
      }
      if (pendingZero) {
        text.append('零');
        pendingZero = false;
      }
      boolean leadingTen = units[i] == 10 && d == 1 && text.length() == 0;
      if (!leadingTen) {
        text.append(DIGITS.charAt(d));
      }
      text.append(names[i]);
    }
    return text.toString();
  }

  private static OptionalLong positional(CharSequence text) {
    long total = 0;
    long section = 0;
    long number = 0;
    boolean sawDigit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        number = d;
        sawDigit = true;
        continue;
      }
      long u = unit(c);
      if (u >= 10_000) {
        section = (section + number) * u;
        total += section;
        section = 0;
      } else {
        section += (sawDigit ? number : 1) * u;
      }
      number = 0;
      sawDigit = false;
    }
    return OptionalLong.of(total + section + number);
  }

  private static OptionalLong digitByDigit(CharSequence text) {
    if (text.length() > 18) {
      return OptionalLong.empty();
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      value = value * 10 + digit(text.charAt(i));
    }
    return OptionalLong.of(value);
  }

  private static int digit(char c) {
    switch (c) {
      case '〇':
      case '零':
        return 0;
      case '两':
        return 2;
      default:
        return DIGITS.indexOf(c) > 0 ? DIGITS.indexOf(c) : -1;
    }
  }

  private static long unit(char c) {
    switch (c) {
      case '十':
        return 10;
      case '百':
        return 100;
      case '千':
        return 1000;
      case '万':
        return 10_000;
      case '亿':
        return 100_000_000;
      default:
        return -1;
    }
  }
}
