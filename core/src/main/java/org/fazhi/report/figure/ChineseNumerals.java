package org.fazhi.report.figure;

import java.util.OptionalLong;

/**
 * Chinese numerals as reports write them in facts and in outline labels: 三十七 (第三十七次常务会议), 二十二, 两
 * (两期), 一百零五, 二〇二四 (a year read digit by digit).
 */
public final class ChineseNumerals {
  private static final String DIGITS = "零一二三四五六七八九";

  /** The big place words, largest first, and what they multiply by. */
  private static final char[] BIG_UNITS = {'亿', '万'};

  private static final long[] BIG_MULTIPLIERS = {100_000_000L, 10_000L};

  private ChineseNumerals() {}

  /**
   * The value of {@code text} if it is a Chinese numeral: {@code "三十七"} is 37, {@code "两"} 2,
   * {@code "十"} 10, {@code "一百零五"} 105, {@code "二〇二四"} 2024 (digits without place words are read
   * one by one, as years are written); {@code "1.19万"} is not one.
   *
   * <p>Only well-formed numerals are read: place words descend (三十七, not 十三百), a skipped place is
   * written 零 (一百零五), and the abbreviated spoken forms that say something else than their digits
   * (一百五 for 150, 三万五 for 35000) are refused rather than misread, as is anything like 十十.
   */
  public static OptionalLong parse(CharSequence text) {
    String value = text.toString();
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    boolean hasUnit = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (digit(c) < 0 && unit(c) < 0) {
        return OptionalLong.empty();
      }
      hasUnit |= unit(c) > 0;
    }
    long parsed = hasUnit ? positional(value, 0) : digitByDigit(value);
    return parsed < 0 ? OptionalLong.empty() : OptionalLong.of(parsed);
  }

  /**
   * The numeral for {@code value} as written in ordinals and counts: 1 is 一, 10 is 十, 37 is 三十七,
   * 105 is 一百零五, 10010 is 一万零一十; fails for a negative value or one of 10^8 or more.
   */
  public static String format(long value) {
    if (value < 0 || value >= 100_000_000L) {
      throw new IllegalArgumentException("no Chinese numeral written for " + value);
    }
    if (value == 0) {
      return "零";
    }
    if (value < 10_000) {
      return formatSection((int) value, false);
    }
    int high = (int) (value / 10_000);
    int rest = (int) (value % 10_000);
    StringBuilder text = new StringBuilder(formatSection(high, false)).append('万');
    if (rest > 0) {
      if (rest < 1000) {
        text.append('零');
      }
      text.append(formatSection(rest, rest < 1000));
    }
    return text.toString();
  }

  /** A value of 1 to 9999; after 零 a ten is written 一十 (一万零一十), else 十 (十五). */
  private static String formatSection(int value, boolean afterZero) {
    StringBuilder text = new StringBuilder();
    int[] units = {1000, 100, 10, 1};
    String[] names = {"千", "百", "十", ""};
    boolean pendingZero = false;
    for (int i = 0; i < units.length; i++) {
      int d = value / units[i] % 10;
      if (d == 0) {
        pendingZero = text.length() > 0;
        continue;
      }
      if (pendingZero) {
        text.append('零');
        pendingZero = false;
      }
      boolean leadingTen = units[i] == 10 && d == 1 && text.length() == 0 && !afterZero;
      if (!leadingTen) {
        text.append(DIGITS.charAt(d));
      }
      text.append(names[i]);
    }
    return text.toString();
  }

  /**
   * The value of a numeral with place words, from the big place word at {@code level} down; -1 if
   * it is not well formed.
   */
  private static long positional(String text, int level) {
    if (level == BIG_UNITS.length) {
      return section(text);
    }
    int at = text.indexOf(BIG_UNITS[level]);
    if (at < 0) {
      return positional(text, level + 1);
    }
    long multiplier = BIG_MULTIPLIERS[level];
    long high = positional(text.substring(0, at), level + 1);
    if (high <= 0) {
      return -1;
    }
    String rest = text.substring(at + 1);
    if (rest.isEmpty()) {
      return high * multiplier;
    }
    boolean zero = isZero(rest.charAt(0));
    long low = positional(zero ? rest.substring(1) : rest, level + 1);
    if (low <= 0) {
      return -1;
    }
    // Below a tenth of the place word the rest follows 零 (一万零五); 一万五 says 15000, not 10005.
    if (zero != (low < multiplier / 10)) {
      return -1;
    }
    return high * multiplier + low;
  }

  /** The value of a numeral below 一万 (1 to 9999), or -1 if it is not well formed. */
  private static long section(String text) {
    int length = text.length();
    if (length == 0) {
      return -1;
    }
    long value = 0;
    long previousUnit = 10_000;
    boolean zero = false;
    int i = 0;
    if (text.charAt(0) == '十') {
      // 十五: a leading 一十 is written without its 一.
      value = 10;
      previousUnit = 10;
      i = 1;
    }
    while (i < length) {
      char c = text.charAt(i);
      if (isZero(c)) {
        // 零 stands for skipped places after 千 or 百, once: 一百零五, 一千零五十.
        if (zero || previousUnit == 10_000 || previousUnit == 10) {
          return -1;
        }
        zero = true;
        i++;
        continue;
      }
      int d = digit(c);
      if (d <= 0) {
        return -1;
      }
      long u = i + 1 < length ? unit(text.charAt(i + 1)) : 1;
      if (u < 0 || u >= previousUnit || u >= 10_000) {
        return -1;
      }
      boolean skipsPlace = previousUnit != 10_000 && u < previousUnit / 10;
      if (skipsPlace != zero) {
        return -1;
      }
      value += d * u;
      previousUnit = u;
      zero = false;
      i += u == 1 ? 1 : 2;
    }
    return zero ? -1 : value;
  }

  /** Digits read one by one, as in 二〇二四; -1 if there are too many to be a {@code long}. */
  private static long digitByDigit(String text) {
    if (text.length() > 18 || (text.length() > 1 && text.indexOf('两') >= 0)) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      value = value * 10 + digit(text.charAt(i));
    }
    return value;
  }

  private static boolean isZero(char c) {
    return c == '零' || c == '〇';
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
