package org.fazhi.report.text;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.ReportingPeriod;

/**
 * Figures of several years cumulated ({@code 近三年共办理…261件}, {@code 2022年至2024年累计…}): they are no
 * figure of the report's own year, and are kept apart, as indicators over their period.
 */
final class CumulativePeriods {
  private static final Pattern RECENT = Pattern.compile("近([一二两三四五六七八九十]|\\d{1,2})(?:个)?年");
  private static final Pattern RANGE =
      Pattern.compile(
          "((?:19|20)\\d{2})\\s*年?\\s*(?:至|到|—|－|-)\\s*((?:19|20)\\d{2})\\s*年[^，,。；;\\d]{0,4}?(?:累计|共)");

  private CumulativePeriods() {}

  private static final Pattern ONE_YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年(?!\\s*[至到—－-])");

  /**
   * The period of several years that governs the figure at {@code at} of {@code sentence}: named in
   * its clause, or earlier in the sentence ({@code 近五年来，全县累计办理…}) unless a year of its own is named
   * after it ({@code 近三年共办理…261件，其中2024年办理98件，审结91件}).
   */
  static Optional<ReportingPeriod> before(String sentence, int at, int reportingYear) {
    if (sentence.indexOf('近') < 0 && sentence.indexOf('共') < 0 && sentence.indexOf("累计") < 0) {
      return Optional.empty(); // neither 近…年 nor a year range with 共 or 累计: asked for every figure
    }
    int clauseStart = Clauses.clauseStart(sentence, at, 0);
    String clause = sentence.substring(clauseStart, at);
    Optional<ReportingPeriod> own = of(clause, reportingYear);
    if (own.isPresent()) {
      return own;
    }
    // from earlier in the sentence, unless a year of its own is named after it: 其中2024年…，审结91件
    String before = sentence.substring(0, at);
    Matcher recent = RECENT.matcher(before);
    Matcher range = RANGE.matcher(before);
    int end = recent.find() ? recent.end() : range.find() ? range.end() : -1;
    if (end < 0 || ONE_YEAR.matcher(before).region(end, before.length()).find()) {
      return Optional.empty();
    }
    return of(sentence.substring(0, clauseStart), reportingYear);
  }

  /** The period of several years the words before a figure in its clause name, if any. */
  static Optional<ReportingPeriod> of(String words, int reportingYear) {
    Matcher recent = RECENT.matcher(words);
    if (recent.find()) {
      String n = recent.group(1);
      long years =
          Character.isDigit(n.charAt(0))
              ? Long.parseLong(n)
              : org.fazhi.report.figure.ChineseNumerals.parse(n).orElse(0);
      if (years >= 2 && years <= 20) {
        return Optional.of(
            ReportingPeriod.of(
                LocalDate.of(reportingYear - (int) years + 1, 1, 1),
                LocalDate.of(reportingYear, 12, 31)));
      }
    }
    Matcher range = RANGE.matcher(words);
    if (range.find()) {
      int from = Integer.parseInt(range.group(1));
      int to = Integer.parseInt(range.group(2));
      if (from < to && to - from < 20) {
        return Optional.of(ReportingPeriod.of(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)));
      }
    }
    return Optional.empty();
  }
}
