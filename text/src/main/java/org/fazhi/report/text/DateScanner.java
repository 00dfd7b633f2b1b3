package org.fazhi.report.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.figure.ChineseNumerals;
import org.fazhi.report.text.FigureScanner.DateMention;

/**
 * The dates, times and other numbers of a sentence that are no figures: dates ({@code
 * 2024年5月19日3时35分}, {@code 二〇二五年三月十五日}, {@code 6月27日、28日}), years and year ranges, months, times,
 * ISO dates, document numbers ({@code 〔2024〕6号}) and products ({@code 7×24}). They are masked, so
 * the figure scanner reads none of them; the dates are kept. Each pattern runs only on text that
 * holds the characters it needs.
 */
final class DateScanner {
  private DateScanner() {}

  /** Whether some 年 has four Chinese numerals before it ({@code 二〇二五年}). */
  private static boolean hasChineseYear(String text) {
    for (int at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
      if (at >= 4
          && "〇零一二三四五六七八九".indexOf(text.charAt(at - 1)) >= 0
          && "〇零一二三四五六七八九".indexOf(text.charAt(at - 4)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"
              + "(?:\\s*(\\d{1,2})\\s*[时点:\uFF1A]\\s*(?:(\\d{1,2})\\s*分?)?)?");

  private static final Pattern CHINESE_DATE =
      Pattern.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");

  private static final Pattern MONTH_DAY =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");

  private static final Pattern DAY_AFTER =
      Pattern.compile("^\\s*[、和及至到—\\-－~～]\\s*(\\d{1,2})\\s*[日号]");

  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月");

  private static final Pattern YEAR_RANGE =
      Pattern.compile("(?<![\\d.])\\d{4}\\s*年?\\s*[—–\\-－~～至到]+\\s*\\d{4}\\s*年?度?");

  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d.])(?:1[89]\\d{2}|20\\d{2}|21\\d{2})\\s*(?:年度|年|届)");

  private static final Pattern CHINESE_YEAR = Pattern.compile("[〇零一二三四五六七八九]{4}年");

  private static final Pattern MONTH = Pattern.compile("(?<![\\d.个])(\\d{1,2})\\s*月(?!\\s*\\d)");

  /** A range of months ({@code 2024年1—6月}, {@code 1至11月}): both months are no figures. */
  private static final Pattern MONTH_RANGE =
      Pattern.compile("(?<![\\d.个])(\\d{1,2})\\s*[—–\\-－~～至到]+\\s*(\\d{1,2})\\s*月(?!\\s*\\d)");

  private static final Pattern TIME =
      Pattern.compile("(?<![\\d.])\\d{1,2}\\s*[时点:\uFF1A]\\s*\\d{1,2}\\s*分?");

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

  private static final Pattern DOCUMENT_NUMBER =
      Pattern.compile("[〔\\[［【(\uFF08]\\s*\\d{4}\\s*[〕\\]］】)\uFF09]\\s*第?\\s*\\d+\\s*号");

  private static final Pattern PRODUCT = Pattern.compile("\\d+(?:\\.\\d+)?\\s*[×xX*＊]\\s*\\d+");

  static void arabicDates(String text, String digits, boolean[] masked, List<DateMention> dates) {
    // each pattern runs only on text that holds the characters it needs
    for (int at = digits.indexOf('号'); at >= 0; at = digits.indexOf('号', at + 1)) {
      if (at > 0 && Character.isDigit(digits.charAt(at - 1))) { // 〔2024〕6号, not 号召
        maskIn(DOCUMENT_NUMBER, digits, masked, Math.max(0, at - 20), at + 1);
      }
    }
    if (FigureScanner.containsAny(digits, "×xX*＊")) {
      mask(PRODUCT, digits, masked);
    }
    if (digits.indexOf('-') >= 0) {
      mask(ISO_DATE, digits, masked);
    }
    boolean months = digits.indexOf('月') >= 0;
    Matcher m = months ? DATE_TIME.matcher(digits) : null; // no 月, no date: no matcher
    while (months && nextAround(m, digits, '月', 12, 24)) {
      if (masked[m.start()]) {
        continue;
      }
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      dates.add(
          new DateMention(
              m.start(),
              m.end(),
              year,
              month,
              Integer.parseInt(m.group(3)),
              m.group(4) == null ? -1 : Integer.parseInt(m.group(4)),
              m.group(5) == null ? -1 : Integer.parseInt(m.group(5))));
      FigureScanner.markRange(masked, m.start(), m.end());
      followingDays(digits, m.end(), year, month, masked, dates);
    }
    m = months ? MONTH_DAY.matcher(digits) : null;
    while (months && nextAround(m, digits, '月', 4, 8)) {
      if (!masked[m.start()]) {
        int month = Integer.parseInt(m.group(1));
        dates.add(
            new DateMention(m.start(), m.end(), 0, month, Integer.parseInt(m.group(2)), -1, -1));
        FigureScanner.markRange(masked, m.start(), m.end());
        followingDays(digits, m.end(), 0, month, masked, dates);
      }
    }
    // a year range turns on its dash (or 至, 到, common in prose): look only around each
    for (int at = 0; at < digits.length(); at++) {
      if (at >= 4
          && "—–-－~～至到".indexOf(digits.charAt(at)) >= 0
          && (Character.isDigit(digits.charAt(at - 1))
              || digits.charAt(at - 1) == '年'
              || Character.isWhitespace(digits.charAt(at - 1)))) {
        maskIn(
            YEAR_RANGE, digits, masked, Math.max(0, at - 10), Math.min(digits.length(), at + 12));
      }
    }
    // the other year patterns hold 年 (or 届): run them only in a window around each
    for (int at = nextYearMark(digits, 0); at >= 0; at = nextYearMark(digits, at + 1)) {
      int from = Math.max(0, at - 8);
      maskIn(YEAR_MONTH, digits, masked, from, Math.min(digits.length(), at + 8));
      maskIn(YEAR, digits, masked, from, Math.min(digits.length(), at + 3));
    }
    // a time turns on 时, 点 (common in prose: 重点), or a colon: look only where a digit precedes
    for (int at = 1; at < digits.length(); at++) {
      if ("时点:\uFF1A".indexOf(digits.charAt(at)) >= 0
          && (Character.isDigit(digits.charAt(at - 1)) || digits.charAt(at - 1) == ' ')) {
        maskIn(TIME, digits, masked, Math.max(0, at - 4), Math.min(digits.length(), at + 6));
      }
    }
    m = MONTH_RANGE.matcher(digits);
    while (months && nextAround(m, digits, '月', 10, 1)) {
      if (isMonth(Integer.parseInt(m.group(1))) && isMonth(Integer.parseInt(m.group(2)))) {
        FigureScanner.markRange(masked, m.start(), m.end());
      }
    }
    m = MONTH.matcher(digits);
    while (months && nextAround(m, digits, '月', 4, 1)) {
      if (isMonth(Integer.parseInt(m.group(1)))) {
        FigureScanner.markRange(masked, m.start(), m.end());
      }
    }
  }

  static void chineseDates(String text, boolean[] masked, List<DateMention> dates) {
    if (!hasChineseYear(text)) {
      return; // 全年, 年度: 年 without four numerals before it
    }
    Matcher m = CHINESE_DATE.matcher(text);
    while (m.find()) {
      if (!masked[m.start()]) {
        dates.add(
            new DateMention(
                m.start(),
                m.end(),
                (int) ChineseNumerals.parse(m.group(1)).orElse(0),
                (int) ChineseNumerals.parse(m.group(2)).orElse(0),
                (int) ChineseNumerals.parse(m.group(3)).orElse(0),
                -1,
                -1));
        FigureScanner.markRange(masked, m.start(), m.end());
      }
    }
    for (int at = text.indexOf('年'); at >= 0; at = text.indexOf('年', at + 1)) {
      maskIn(CHINESE_YEAR, text, masked, Math.max(0, at - 4), at + 1);
    }
  }

  private static void followingDays(
      String digits, int from, int year, int month, boolean[] masked, List<DateMention> dates) {
    int p = from;
    Matcher next = DAY_AFTER.matcher(digits);
    while (true) {
      // a region, not a substring: a copy of the rest of the line per date grew with its square
      if (!next.region(p, digits.length()).find()) {
        return;
      }
      int end = next.end();
      dates.add(new DateMention(p, end, year, month, Integer.parseInt(next.group(1)), -1, -1));
      FigureScanner.markRange(masked, p, end);
      p = end;
    }
  }

  /**
   * The next match of {@code m} in a window around an {@code anchor} character (from {@code before}
   * characters before it to {@code after} after), never before the last match's end: a pattern that
   * holds the anchor is not tried at every character of the text. The matcher's region marks how
   * far the search has come.
   */
  private static boolean nextAround(Matcher m, String s, char anchor, int before, int after) {
    int from;
    try {
      from = m.end(); // the last match's end: this is called only after a match, or first
    } catch (IllegalStateException noMatchYet) {
      from = 0;
    }
    for (int at = s.indexOf(anchor, from); at >= 0; at = s.indexOf(anchor, at + 1)) {
      int start = Math.max(from, at - before);
      m.region(start, Math.min(s.length(), at + after));
      m.useTransparentBounds(true);
      if (m.find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMonth(int month) {
    return month >= 1 && month <= 12;
  }

  private static int nextYearMark(String s, int from) {
    int year = s.indexOf('年', from);
    int term = s.indexOf('届', from);
    return year < 0 ? term : term < 0 ? year : Math.min(year, term);
  }

  private static void maskIn(Pattern pattern, String s, boolean[] masked, int from, int to) {
    Matcher m = pattern.matcher(s).region(from, to);
    m.useTransparentBounds(true); // the lookbehinds see the text before the window
    while (m.find()) {
      FigureScanner.markRange(masked, m.start(), m.end());
    }
  }

  private static void mask(Pattern pattern, String s, boolean[] masked) {
    Matcher m = pattern.matcher(s);
    while (m.find()) {
      FigureScanner.markRange(masked, m.start(), m.end());
    }
  }
}
