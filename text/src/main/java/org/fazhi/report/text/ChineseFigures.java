package org.fazhi.report.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.ChineseNumerals;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Figures written in Chinese numerals: a numeral with its measure word ({@code 两期}, {@code 二十二名},
 * {@code 两万余人次}, keeping the scale), and percents ({@code 百分之九十五}, {@code 约百分之九十五}, {@code
 * 百分之九十八以上}). Ordinals, ranks ({@code 居前三位}) and set phrases ({@code 三项制度}) are no figures.
 */
final class ChineseFigures {
  private ChineseFigures() {}

  /** The characters a Chinese numeral's unit (or 余, 多 before it) can start with. */
  private static final String UNIT_STARTS = unitStarts();

  private static String unitStarts() {
    StringBuilder starts = new StringBuilder("余多");
    for (String unit : FigureScanner.CHINESE_UNITS) {
      if (starts.indexOf(unit.substring(0, 1)) < 0) {
        starts.append(unit.charAt(0));
      }
    }
    return starts.toString();
  }

  /** Words after 个, 项, 条 that make a Chinese numeral part of a set phrase: 三项制度, 两个维护. */
  private static final Pattern SET_PHRASE =
      Pattern.compile(
          "^(?:制度|规定|意识|维护|确立|自信|全面|必须|务必|区分|最严|代表|一|清单|基本|统筹|坚持|机制"
              + "|体系|原则|要求|文明|建设|行动|工程|服务|中心|平台)");

  private static final String NUMERAL_CHARS = "一二三四五六七八九十百千万零〇两";

  private static final Pattern CHINESE_PERCENT =
      Pattern.compile("百分之([一二三四五六七八九十百零〇两]+)(?:点([零〇一二三四五六七八九]+))?");

  static void numerals(String text, boolean[] masked, List<Figure> figures) {
    boolean[] covered = covered(text.length(), figures);
    int next = 0;
    while (next < text.length()) {
      // the next run of numeral characters (一, 十, 百, 万, 两, …), by a plain scan
      int ns = next;
      while (ns < text.length() && NUMERAL_CHARS.indexOf(text.charAt(ns)) < 0) {
        ns++;
      }
      int ne = ns;
      while (ne < text.length() && NUMERAL_CHARS.indexOf(text.charAt(ne)) >= 0) {
        ne++;
      }
      next = ne;
      if (ns >= text.length()) {
        break;
      }
      if (ne >= text.length()
          || UNIT_STARTS.indexOf(text.charAt(ne)) < 0
          || masked[ns]
          || covered[ns]) {
        continue; // most runs (一步, 统一) are followed by no unit: no figure, nothing to parse
      }
      if (ns > 0 && "第周期".indexOf(text.charAt(ns - 1)) >= 0) {
        continue;
      }
      String numeral = text.substring(ns, ne);
      if (numeral.chars().noneMatch(c -> "零〇一二两三四五六七八九".indexOf(c) >= 0) && !numeral.equals("十")) {
        continue;
      }
      Scale scale = Scale.ONE;
      if ((numeral.endsWith("万") || numeral.endsWith("亿"))
          && numeral.length() > 1
          && ChineseNumerals.parse(numeral.substring(0, numeral.length() - 1)).orElse(-1) > 0) {
        // 两万余人次 keeps its scale, as 2万余人次 does: a bound, not 20000 exactly
        scale = numeral.endsWith("万") ? Scale.TEN_THOUSAND : Scale.HUNDRED_MILLION;
        numeral = numeral.substring(0, numeral.length() - 1);
      }
      long value = ChineseNumerals.parse(numeral).orElse(-1);
      if (scale != Scale.ONE && value >= 1) {
        FigureScanner.Suffix scaled = FigureScanner.suffix(text, ne, true);
        if (scaled.unit != null) {
          scaled.scale = scale;
          add(
              figures,
              covered,
              FigureScanner.figure(text, ns, BigDecimal.valueOf(value), scaled, text));
        }
        continue;
      }
      if (ns > 0 && text.charAt(ns - 1) == '前' && text.startsWith("位", ne)) {
        continue; // 居前三位: a rank
      }
      if (value < 2 || numeral.equals("二")) {
        // counting writes 两 before a measure word; 二期, 二级 are ordinals (phase two, grade two)
        continue;
      }
      FigureScanner.Suffix suffix = FigureScanner.suffix(text, ne, true);
      if (suffix.unit == null) {
        continue;
      }
      if ("期".equals(suffix.unit) && FigureScanner.startsWithAny(text, suffix.end, "项目", "工程")) {
        continue;
      }
      if ("年".equals(suffix.unit) && !text.startsWith("连续", Math.max(0, ns - 2))) {
        continue;
      }
      if (("个".equals(suffix.unit) || "项".equals(suffix.unit) || "条".equals(suffix.unit))
          && SET_PHRASE.matcher(text.substring(suffix.end)).lookingAt()) {
        continue;
      }
      add(
          figures,
          covered,
          FigureScanner.figure(text, ns, BigDecimal.valueOf(value), suffix, text));
    }
  }

  /**
   * Which characters of a text of {@code length} the figures cover: one pass, so that asking for
   * each character costs nothing (a scan of the list per character grew with the square of a line
   * dense with figures).
   */
  private static boolean[] covered(int length, List<Figure> figures) {
    boolean[] covered = new boolean[length];
    for (Figure f : figures) {
      FigureScanner.markRange(covered, f.start(), Math.min(f.end(), length));
    }
    return covered;
  }

  /** Adds {@code figure}, marking the characters it covers. */
  private static void add(List<Figure> figures, boolean[] covered, Figure figure) {
    figures.add(figure);
    FigureScanner.markRange(covered, figure.start(), Math.min(figure.end(), covered.length));
  }

  static void percents(String text, boolean[] masked, List<Figure> figures) {
    boolean[] covered = covered(text.length(), figures);
    Matcher m = CHINESE_PERCENT.matcher(text);
    while (m.find()) {
      if (masked[m.start()] || covered[m.start()]) {
        continue;
      }
      long whole = ChineseNumerals.parse(m.group(1)).orElse(-1);
      if (whole < 0) {
        continue;
      }
      String decimals = "";
      if (m.group(2) != null) {
        StringBuilder d = new StringBuilder(".");
        for (char c : m.group(2).toCharArray()) {
          d.append(ChineseNumerals.parse(String.valueOf(c)).orElse(0));
        }
        decimals = d.toString();
      }
      String before = FigureScanner.beforeMarker(text, m.start());
      int start = before == null ? m.start() : m.start() - before.length();
      int end = m.end();
      Approximation approximation =
          before == null
              ? Approximation.EXACT
              : switch (before) {
                case "不少于", "不低于", "不下于", "至少" -> Approximation.AT_LEAST;
                case "超过", "超", "逾" -> Approximation.OVER;
                case "大约", "约为", "约" -> Approximation.ABOUT;
                case "将近", "接近", "近" -> Approximation.NEARLY;
                default -> Approximation.AT_MOST;
              };
      for (String marker : FigureScanner.AFTER_UNIT_MARKERS) {
        if (text.startsWith(marker, end)) {
          approximation =
              switch (marker) {
                case "以上" -> Approximation.AT_LEAST;
                case "左右" -> Approximation.ABOUT;
                default -> Approximation.AT_MOST;
              };
          end += marker.length();
          break;
        }
      }
      add(
          figures,
          covered,
          new FigureScanner.Figure(
              start,
              end,
              text.substring(start, end),
              new BigDecimal(whole + decimals),
              Scale.ONE,
              "%",
              approximation));
    }
  }
}
