package org.fazhi.report.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.ChineseNumerals;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.figure.Unit;

/**
 * Finds the figures of a sentence: Arabic, full-width and Chinese numerals with their approximation
 * markers, scale, unit or measure word, and percent; and, apart, the dates, times and ordinals that
 * are no figures. Numbers inside titles 《…》 and quotations “…”, years, dates, document numbers
 * ({@code 〔2024〕6号}), products such as {@code 7×24}, names such as {@code 12345热线} and inline list
 * labels are no figures.
 */
final class FigureScanner {
  private FigureScanner() {}

  /** A figure: where it stands in the sentence ({@code start} includes a leading marker). */
  record Figure(
      int start,
      int end,
      String written,
      BigDecimal value,
      Scale scale,
      String unit,
      Approximation approximation) {

    boolean isPercent() {
      return "%".equals(unit);
    }

    Quantity quantity() {
      Quantity.Builder builder =
          Quantity.builder().value(value).scale(scale).approximation(approximation);
      if (unit != null) {
        builder.unit(Unit.of(unit));
      }
      return builder.build();
    }

    /**
     * The figure as a count: scaled as written ({@code 3.6万}), or the whole number it writes
     * ({@code 1.0件} is 1). Only for a figure whose {@link #wholeNumber()} is not -1.
     */
    Count count() {
      return scale == Scale.ONE
          ? Count.of(wholeNumber(), approximation)
          : Count.of(value, scale, approximation);
    }

    /** The whole number this figure counts, if it is one (scale applied), else -1. */
    long wholeNumber() {
      BigDecimal base = scale.apply(value);
      try {
        return base.signum() < 0 ? -1 : base.longValueExact();
      } catch (ArithmeticException e) {
        return -1;
      }
    }
  }

  /** A date, or a date and time: year 0 when not written. */
  record DateMention(int start, int end, int year, int month, int day, int hour, int minute) {}

  /** An ordinal: {@code 第三十七次}, with the text after the numeral. */
  record Ordinal(int start, int end, long value, String written) {}

  /** What a sentence holds. */
  record Scan(
      List<Figure> figures,
      List<DateMention> dates,
      List<Ordinal> ordinals,
      boolean[] titled,
      List<int[]> broken) {}

  private static final List<String> UNITS =
      sortedLongestFirst(
          "个百分点", "百分点", "个工作日", "工作日", "个月", "件次", "人次", "场次", "户次", "家次", "批次", "车次", "架次", "班次",
          "件套", "学时", "课时", "小时", "分钟", "公里", "千米", "平方公里", "平方米", "公顷", "元", "件", "宗", "起", "个",
          "次", "人", "名", "份", "项", "条", "场", "期", "家", "户", "台", "座", "辆", "张", "本", "册", "篇", "处",
          "所", "间", "支", "批", "轮", "天", "日", "倍", "年", "类", "部", "套", "块", "亩", "吨", "米", "位", "节",
          "堂", "组", "队", "枚", "幅", "栋", "层", "级", "度", "周", "岁", "集", "期次", "卷");

  static final List<String> CHINESE_UNITS =
      sortedLongestFirst(
          "人次", "场次", "个月", "期", "名", "次", "场", "批", "家", "人", "件", "所", "座", "轮", "天", "个", "项",
          "条", "户", "支", "位", "年", "周", "份", "卷", "部", "台", "起", "宗");

  private static final List<String> BEFORE_MARKERS =
      sortedLongestFirst(
          "不少于", "不低于", "不下于", "至少", "超过", "大约", "将近", "接近", "近", "约为", "约", "超", "逾", "不超过", "不高于",
          "不到", "不足");

  static final List<String> AFTER_UNIT_MARKERS = List.of("以上", "左右", "以下", "以内");

  private static final Pattern ORDINAL = Pattern.compile("第\\s*(\\d+|[一二三四五六七八九十百千零〇两]+)");

  static Scan scan(String text) {
    String digits = asciiDigits(text);
    boolean[] masked = new boolean[text.length()];
    boolean[] titled = new boolean[text.length()];
    Enclosures.mask(text, '《', '》', masked, titled);
    Enclosures.mask(text, '〈', '〉', masked, titled);
    boolean[] quoted = new boolean[text.length()];
    Enclosures.mask(text, '“', '”', masked, quoted);
    Enclosures.mask(text, '「', '」', masked, quoted);
    Enclosures.mask(text, '‘', '’', masked, quoted);
    Enclosures.maskQuotes(text, masked);

    List<DateMention> dates = new ArrayList<>();
    List<Ordinal> ordinals = new ArrayList<>();
    boolean anyDigit = false;
    for (int i = 0; i < digits.length() && !anyDigit; i++) {
      anyDigit = digits.charAt(i) >= '0' && digits.charAt(i) <= '9';
    }
    if (anyDigit) {
      DateScanner.arabicDates(text, digits, masked, dates);
    }
    if (text.indexOf('年') >= 0) {
      DateScanner.chineseDates(text, masked, dates);
    }
    if (text.indexOf('第') >= 0) {
      Matcher ordinal = ORDINAL.matcher(digits);
      while (ordinal.find()) {
        if (masked[ordinal.start()]) {
          continue;
        }
        String numeral = ordinal.group(1);
        long value =
            Character.isDigit(numeral.charAt(0))
                ? Long.parseLong(numeral)
                : ChineseNumerals.parse(numeral).orElse(-1);
        ordinals.add(
            new Ordinal(
                ordinal.start(),
                ordinal.end(),
                value,
                text.substring(ordinal.start(), ordinal.end())));
        markRange(masked, ordinal.start(), ordinal.end());
      }
    }
    dates.sort(Comparator.comparingInt(DateMention::start));

    List<int[]> broken = anyDigit ? Debris.brokenNumbers(digits) : List.of();
    for (int[] span : broken) {
      markRange(masked, span[0], span[1]);
    }
    List<Figure> figures = new ArrayList<>();
    if (anyDigit) {
      arabic(text, digits, masked, figures);
    }
    ChineseFigures.numerals(text, masked, figures);
    if (text.contains("百分之")) {
      ChineseFigures.percents(text, masked, figures);
    }
    figures.sort(Comparator.comparingInt(Figure::start));
    return new Scan(figures, dates, ordinals, titled, broken);
  }

  /**
   * The most digits a figure has: 30, the model's bound on the digits of a number. A longer run is
   * no figure a report states, and parsing a chain of 780,000 digits took the square of its length.
   */
  static final int MAX_FIGURE_DIGITS = 30;

  private static void arabic(String text, String digits, boolean[] masked, List<Figure> figures) {
    int p = 0;
    while (p < digits.length()) {
      // the next number, by a plain scan: \d{1,3}(,\d{3})+ not followed by a digit or '.', else
      // \d+(\.\d+)? — what NUMBER matches, without trying a pattern at every character
      while (p < digits.length() && !isDigit(digits.charAt(p))) {
        p++;
      }
      if (p >= digits.length()) {
        break;
      }
      int ns = p;
      int ne = plainEnd(digits, ns);
      int groupedEnd = groupedEnd(digits, ns);
      boolean grouped = groupedEnd > 0;
      if (grouped) {
        ne = groupedEnd;
      }
      p = ne;
      if (ns > 0 && (isDigit(digits.charAt(ns - 1)) || digits.charAt(ns - 1) == '.')) {
        continue;
      }
      if (masked[ns] || masked[ne - 1]) {
        continue;
      }
      Suffix suffix = suffix(digits, ne, false);
      if (grouped && suffix.unit == null) {
        // 1,309 without a unit is two numbers in a list, not a grouped one
        ne = ns;
        while (ne < digits.length() && isDigit(digits.charAt(ne))) {
          ne++;
        }
        p = ne;
        suffix = suffix(digits, ne, false);
      }
      if (letterAt(digits, ns - 1) || letterAt(digits, suffix.end)) {
        continue;
      }
      if (suffix.unit == null && suffix.scale == Scale.ONE && !suffix.percent) {
        if (listLabel(digits, ns, ne) || ideographAt(digits, ne)) {
          continue;
        }
      }
      String number = digits.substring(ns, ne).replace(",", "");
      if (number.length() > MAX_FIGURE_DIGITS) {
        continue; // a pasted identifier or a table run together: no figure, and not parsed
      }
      figures.add(figure(text, ns, new BigDecimal(number), suffix, digits));
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The end of {@code \d+(\.\d+)?} at {@code at}. */
  private static int plainEnd(String s, int at) {
    int p = at;
    while (p < s.length() && isDigit(s.charAt(p))) {
      p++;
    }
    if (p + 1 < s.length() && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
      p++;
      while (p < s.length() && isDigit(s.charAt(p))) {
        p++;
      }
    }
    return p;
  }

  /** The end of {@code \d{1,3}(,\d{3})+} at {@code at} not followed by a digit or '.', or -1. */
  private static int groupedEnd(String s, int at) {
    int p = at;
    while (p < s.length() && p - at < 3 && isDigit(s.charAt(p))) {
      p++;
    }
    int groups = 0;
    while (p + 3 < s.length()
        && s.charAt(p) == ','
        && isDigit(s.charAt(p + 1))
        && isDigit(s.charAt(p + 2))
        && isDigit(s.charAt(p + 3))) {
      p += 4;
      groups++;
    }
    // as the pattern backtracks: give back groups until no digit or '.' follows
    while (groups > 0 && p < s.length() && (isDigit(s.charAt(p)) || s.charAt(p) == '.')) {
      p -= 4;
      groups--;
    }
    return groups == 0 ? -1 : p;
  }

  static final class Suffix {
    int end;
    boolean percent;
    Scale scale = Scale.ONE;
    boolean moreThan;
    String unit;
    String afterUnit;
  }

  static Suffix suffix(String s, int from, boolean chinese) {
    Suffix suffix = new Suffix();
    int p = from;
    if (!chinese && p < s.length() && s.charAt(p) == '%') {
      suffix.percent = true;
      suffix.unit = "%";
      p++;
    } else {
      if (!chinese) {
        for (String scale : List.of("亿", "万", "千")) {
          if (s.startsWith(scale, p)
              && !(scale.equals("千") && startsWithAny(s, p + 1, "米", "克", "瓦"))) {
            suffix.scale = Scale.fromMarker(scale);
            p += scale.length();
            break;
          }
        }
      }
      if (p < s.length() && (s.charAt(p) == '余' || s.charAt(p) == '多')) {
        String unit = unitAt(s, p + 1, chinese);
        if (unit != null || (!chinese && p + 1 < s.length() && s.charAt(p + 1) == '%')) {
          suffix.moreThan = true;
          p++;
        } else if (!chinese
            && suffix.scale == Scale.ONE
            && p + 2 < s.length()
            && (s.charAt(p + 1) == '万' || s.charAt(p + 1) == '亿')
            && unitAt(s, p + 2, false) != null) {
          // 300余万元 is 300万余元: the marker may stand before the scale, as Quantity.parse reads it
          suffix.moreThan = true;
          suffix.scale = Scale.fromMarker(String.valueOf(s.charAt(p + 1)));
          p += 2;
        }
      }
      if (suffix.unit == null) {
        if (!chinese && p < s.length() && s.charAt(p) == '%') {
          suffix.percent = true;
          suffix.unit = "%";
          p++;
        } else {
          String unit = unitAt(s, p, chinese);
          if (unit != null) {
            suffix.unit = unit;
            p += unit.length();
          }
        }
      }
    }
    for (String marker : AFTER_UNIT_MARKERS) {
      if (s.startsWith(marker, p)) {
        suffix.afterUnit = marker;
        p += marker.length();
        break;
      }
    }
    suffix.end = p;
    return suffix;
  }

  private static String unitAt(String s, int p, boolean chinese) {
    for (String unit : chinese ? CHINESE_UNITS : UNITS) {
      if (s.startsWith(unit, p)) {
        return unit;
      }
    }
    return null;
  }

  static Figure figure(String text, int ns, BigDecimal value, Suffix suffix, String digits) {
    int start = ns;
    Approximation approximation = Approximation.EXACT;
    String before = beforeMarker(digits, ns);
    if (before != null) {
      start = ns - before.length();
      switch (before) {
        case "不少于":
        case "不低于":
        case "不下于":
        case "至少":
          approximation = Approximation.AT_LEAST;
          break;
        case "超过":
        case "超":
        case "逾":
          approximation = Approximation.OVER;
          break;
        case "大约":
        case "约为":
        case "约":
          approximation = Approximation.ABOUT;
          break;
        case "将近":
        case "接近":
        case "近":
          approximation = Approximation.NEARLY;
          break;
        default: // 不超过, 不高于, 不到, 不足
          approximation = Approximation.AT_MOST;
          break;
      }
    }
    if (suffix.moreThan) {
      approximation = Approximation.MORE_THAN;
    }
    if (suffix.afterUnit != null) {
      switch (suffix.afterUnit) {
        case "以上":
          approximation = Approximation.AT_LEAST;
          break;
        case "左右":
          approximation = Approximation.ABOUT;
          break;
        default: // 以下, 以内
          approximation = Approximation.AT_MOST;
          break;
      }
    }
    return new Figure(
        start,
        suffix.end,
        text.substring(start, suffix.end),
        value,
        suffix.scale,
        suffix.unit,
        approximation);
  }

  static String beforeMarker(String s, int ns) {
    for (String marker : BEFORE_MARKERS) {
      int at = ns - marker.length();
      if (at >= 0 && s.startsWith(marker, at)) {
        char previous = at > 0 ? s.charAt(at - 1) : ' ';
        if (marker.equals("近") && "最附将接".indexOf(previous) >= 0) {
          return null;
        }
        if (marker.equals("约") && "制节预签公合条大".indexOf(previous) >= 0) {
          return null;
        }
        return marker;
      }
    }
    return null;
  }

  /** {@code 1.加强…} or {@code (1)} inside a paragraph: a list label, not a figure. */
  private static boolean listLabel(String s, int ns, int ne) {
    boolean dotAfter =
        ne < s.length()
            && ".、".indexOf(s.charAt(ne)) >= 0
            && (ne + 1 >= s.length() || !Character.isDigit(s.charAt(ne + 1)));
    boolean parenthesized =
        ns > 0
            && "(\uFF08".indexOf(s.charAt(ns - 1)) >= 0
            && ne < s.length()
            && ")\uFF09".indexOf(s.charAt(ne)) >= 0;
    return dotAfter || parenthesized;
  }

  private static boolean ideographAt(String s, int p) {
    return p < s.length()
        && Character.UnicodeScript.of(s.codePointAt(p)) == Character.UnicodeScript.HAN;
  }

  private static boolean letterAt(String s, int p) {
    if (p < 0 || p >= s.length()) {
      return false;
    }
    char c = s.charAt(p);
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  static boolean startsWithAny(String s, int p, String... words) {
    for (String w : words) {
      if (s.startsWith(w, p)) {
        return true;
      }
    }
    return false;
  }

  static boolean containsAny(String s, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (s.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  static void markRange(boolean[] masked, int from, int to) {
    if (from < to) {
      java.util.Arrays.fill(masked, from, to, true);
    }
  }

  /** {@code text} with full-width digits, dot and percent as ASCII; the same length. */
  static String asciiDigits(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '０' && c <= '９') {
        chars[i] = (char) ('0' + (c - '０'));
      } else if (c == '．' && i > 0 && Character.isDigit(chars[i - 1])) {
        chars[i] = '.';
      } else if (c == '％') {
        chars[i] = '%';
      }
    }
    return new String(chars);
  }

  private static List<String> sortedLongestFirst(String... words) {
    List<String> list = new ArrayList<>(List.of(words));
    list.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(list);
  }
}
