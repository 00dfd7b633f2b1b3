package org.fazhi.report.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.AdministrativeDivision;
import org.fazhi.report.DivisionLevel;
import org.fazhi.report.Issuer;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.figure.ChineseNumerals;

/** Reads what a report is from its title, addressee line and signature lines. */
final class Metadata {
  private Metadata() {}

  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^((?:19|20)\\d{2}|[〇零一二三四五六七八九]{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月"
              + "\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日$");

  private static final Pattern ORGAN_END =
      Pattern.compile(
          "(?:人民政府|政府|委员会|党委|党组|县委|市委|区委|州委|旗委|盟委|省委|街道办事处|办事处|管委会|"
              + "管理委员会|办公室|中心|局|厅|委|办|院|署|所)$");

  private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final Pattern CHINESE_TITLE_YEAR = Pattern.compile("([〇零一二三四五六七八九]{4})\\s*年");
  private static final Pattern REPORT_WORD = Pattern.compile("报告|情况|总结|汇报|法治|依法");
  private static final Pattern NOTE = Pattern.compile("^[(\uFF08]此件[^)\uFF09]{0,12}[)\uFF09]$");

  /** The date a signature line writes, if it is one. */
  static Optional<LocalDate> dateLine(String line) {
    Matcher m = DATE_LINE.matcher(FigureScanner.asciiDigits(line));
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = number(m.group(1));
    if (!plausibleYear(year)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, number(m.group(2)), number(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int number(String text) {
    if (Character.isDigit(text.charAt(0))) {
      return Integer.parseInt(text);
    }
    return (int) ChineseNumerals.parse(text).orElse(0);
  }

  /** Whether {@code line} is a note such as \uFF08此件公开发布\uFF09 that signature blocks carry. */
  static boolean note(String line) {
    return NOTE.matcher(line).matches();
  }

  /** The issuers a signature line names (two for 中共阳高县委 阳高县人民政府), or none. */
  static List<Issuer> issuers(String line) {
    if (line.length() > 40 || NOT_AN_ISSUER.matcher(line).find()) {
      return List.of();
    }
    List<Issuer> issuers = new ArrayList<>();
    for (String part : SPACES.split(line)) {
      if (!ORGAN_END.matcher(part).find() || part.length() < 3) {
        return List.of();
      }
      issuers.add(Issuer.of(part, kind(part)));
    }
    return issuers;
  }

  static IssuerKind kind(String name) {
    if (name.contains("依法治")) {
      return IssuerKind.RULE_OF_LAW_OFFICE;
    }
    if (name.endsWith("街道办事处") || name.endsWith("街道办")) {
      return IssuerKind.SUBDISTRICT_OFFICE;
    }
    if (name.endsWith("人民政府") || name.endsWith("政府")) {
      return IssuerKind.PEOPLES_GOVERNMENT;
    }
    if (name.startsWith("中共") || PARTY.matcher(name).find()) {
      return IssuerKind.PARTY_COMMITTEE;
    }
    if (DEPARTMENT.matcher(name).find()) {
      return IssuerKind.DEPARTMENT;
    }
    return IssuerKind.OTHER;
  }

  /** The reporting year the title writes, if it writes one. */
  static OptionalInt titleYear(String title) {
    Matcher m = TITLE_YEAR.matcher(FigureScanner.asciiDigits(title));
    if (m.find()) {
      return OptionalInt.of(Integer.parseInt(m.group(1)));
    }
    m = CHINESE_TITLE_YEAR.matcher(title);
    while (m.find()) {
      int year = (int) ChineseNumerals.parse(m.group(1)).orElse(0);
      if (plausibleYear(year)) {
        return OptionalInt.of(year);
      }
    }
    return OptionalInt.empty();
  }

  /** Whether a year written in a report can be a reporting or document year: 1900 to 2100. */
  static boolean plausibleYear(int year) {
    return year >= 1900 && year <= 2100;
  }

  /** The first year a text writes (2024年), if any. */
  static OptionalInt firstYear(String text) {
    return titleYear(text);
  }

  static boolean namesReport(String title) {
    return REPORT_WORD.matcher(title).find();
  }

  /** Whether {@code line} reads as an addressee line: 市委、市政府: */
  static boolean addresseeLine(String line) {
    return (line.endsWith(":") || line.endsWith("\uFF1A"))
        && line.length() <= 40
        && !line.contains("。")
        && !line.contains("\uFF0C")
        && line.length() >= 2;
  }

  static List<String> addressees(String line) {
    List<String> names = new ArrayList<>();
    for (String part : line.substring(0, line.length() - 1).split("[、\uFF0C,\\s]+")) {
      if (!part.isBlank()) {
        names.add(part.strip());
      }
    }
    return names;
  }

  private static final Pattern NOT_AN_ISSUER = Pattern.compile("[。\uFF0C,\uFF1B;\uFF1A:！？0-9０-９]");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
  private static final Pattern PARTY =
      Pattern.compile("(?:县委|市委|区委|州委|旗委|盟委|省委|党委|镇委|乡委)$|^中国共产党.*委员会$");
  private static final Pattern DEPARTMENT = Pattern.compile("(?:局|厅|委员会|委|办公室|办|中心|署)$");
  private static final Pattern YEAR_IN_NAME = Pattern.compile("[0-9０-９]{4}|[〇零一二三四五六七八九]{4}年");
  private static final String SUFFIX_CHARS = "省市州盟县区旗乡镇";
  private static final List<String> LONG_SUFFIXES =
      List.of("特别行政区", "自治区", "自治州", "自治县", "地区", "街道");
  private static final Pattern ORGAN_REST =
      Pattern.compile("^[\\p{IsHan}]{0,14}?(?:人民政府|政府|委员会|委|局|厅|办公室|办|中心|所|办事处|管委会|院|党校|部)$");
  private static final Pattern WORD_ACROSS_CUT = Pattern.compile("^(?:场|域|级)");

  /**
   * The division {@code name} (an issuer's name, or a title) speaks for, when its level can be
   * told. The name is cut where the rest names a body ({@code 阳高县|人民政府}, {@code 阳泉市郊区|司法局}); of the
   * places before the cut ({@code 大同市|阳高县}) the last is the division, its level from its suffix. A
   * city (市) is prefecture-level when the text speaks of its counties ({@code 县\uFF08市、区\uFF09}),
   * county-level when it speaks of its townships only; otherwise its level cannot be told.
   */
  static Optional<AdministrativeDivision> division(String name, String text) {
    String stripped = name.replaceFirst("^中共", "").replaceFirst("^中国共产党", "");
    int about = stripped.indexOf("关于");
    if (about > 0) {
      stripped = stripped.substring(0, about);
    }
    Matcher year = YEAR_IN_NAME.matcher(stripped);
    boolean title = year.find();
    if (title) {
      stripped = stripped.substring(0, year.start());
    }
    int cut = -1;
    for (int e = 2; e <= stripped.length(); e++) {
      if (!endsWithSuffix(stripped, e)) {
        continue;
      }
      String rest = stripped.substring(e);
      boolean restIsBody =
          rest.isEmpty() ? title || e == stripped.length() : ORGAN_REST.matcher(rest).matches();
      if (restIsBody && !WORD_ACROSS_CUT.matcher(rest).find()) {
        cut = e;
      }
    }
    if (cut < 0) {
      return Optional.empty();
    }
    String found = lastPlace(stripped.substring(0, cut));
    if (found == null) {
      return Optional.empty();
    }
    DivisionLevel level;
    if (found.endsWith("自治区") || found.endsWith("特别行政区") || found.endsWith("省")) {
      level = DivisionLevel.PROVINCE;
    } else if (found.endsWith("自治州")
        || found.endsWith("地区")
        || found.endsWith("州")
        || found.endsWith("盟")) {
      level = DivisionLevel.PREFECTURE;
    } else if (found.endsWith("街道") || found.endsWith("乡") || found.endsWith("镇")) {
      level = DivisionLevel.TOWNSHIP;
    } else if (found.endsWith("市")) {
      boolean counties = COUNTIES.matcher(text).find();
      boolean townships =
          text.contains("乡镇") || text.contains("镇(街道)") || text.contains("镇\uFF08街道\uFF09");
      if (counties) {
        level = DivisionLevel.PREFECTURE;
      } else if (townships) {
        level = DivisionLevel.COUNTY;
      } else {
        return Optional.empty();
      }
    } else {
      level = DivisionLevel.COUNTY;
    }
    return Optional.of(AdministrativeDivision.builder().name(found).level(level).build());
  }

  private static boolean endsWithSuffix(String text, int end) {
    if (SUFFIX_CHARS.indexOf(text.charAt(end - 1)) >= 0) {
      return true;
    }
    for (String suffix : LONG_SUFFIXES) {
      if (text.startsWith(suffix, end - suffix.length()) && end - suffix.length() >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last of the places {@code places} chains ({@code 太原市迎泽区迎泽街道} → 迎泽街道): each at least two
   * characters ending with a suffix; a suffix left alone extends the place before it ({@code 天镇|县}
   * is 天镇县, {@code 朔州|市} is 朔州市).
   */
  private static String lastPlace(String places) {
    String last = null;
    int i = 0;
    while (i < places.length()) {
      int j = -1;
      for (int e = i + 2; e <= places.length(); e++) {
        if (endsWithSuffix(places, e)) {
          j = e;
          break;
        }
      }
      if (j < 0) {
        break;
      }
      while (j < places.length() && !startsPlace(places, j)) {
        j++;
      }
      last = places.substring(i, j);
      i = j;
    }
    return last;
  }

  /** Whether a place of at least two characters ending with a suffix starts at {@code at}. */
  private static boolean startsPlace(String places, int at) {
    for (int e = at + 2; e <= places.length(); e++) {
      if (endsWithSuffix(places, e)) {
        return true;
      }
    }
    return false;
  }

  /** How a prefecture-level city names its counties: 各县\uFF08市、区\uFF09, 县区, 区县. */
  private static final Pattern COUNTIES =
      Pattern.compile("县[\uFF08(][市区旗、]{1,6}[)\uFF09]|县区|区县|各县");

  /** Whether the text says it covers the year so far (今年以来, 截至目前). */
  static boolean partialYear(String text) {
    return text.contains("今年以来")
        || text.contains("截至目前")
        || text.contains("截止目前")
        || text.contains("截至当前")
        || text.contains("截至发稿");
  }
}
