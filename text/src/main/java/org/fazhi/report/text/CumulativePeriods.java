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
    return before(Marks.of(sentence), sentence, at, reportingYear);
  }

  /**
   * As {@link #before(String, int, int)}, with the sentence's marks found once: each figure of a
   * long sentence asks, and a search of the words before each grew with the square of its length.
   */
  static Optional<ReportingPeriod> before(Marks marks, String sentence, int at, int reportingYear) {
    if (marks.recent().isEmpty() && marks.range().isEmpty()) {
      return Optional.empty(); // neither 近…年 nor a year range with 共 or 累计: asked for every figure
    }
    int clauseStart = Clauses.clauseStart(sentence, at, 0);
    Optional<ReportingPeriod> own = of(sentence.substring(clauseStart, at), reportingYear);
    if (own.isPresent()) {
      return own;
    }
    // from earlier in the sentence, unless a year of its own is named after it: 其中2024年…，审结91件
    Optional<Mark> first = marks.recent().filter(m -> m.end() <= at);
    first = first.or(() -> marks.range().filter(m -> m.end() <= at));
    if (first.isEmpty() || marks.namesOneYear(first.get().end(), at)) {
      return Optional.empty();
    }
    Optional<ReportingPeriod> period =
        marks.recent().filter(m -> m.end() <= clauseStart).flatMap(m -> m.period(reportingYear));
    return period.or(
        () ->
            marks
                .range()
                .filter(m -> m.end() <= clauseStart)
                .flatMap(m -> m.period(reportingYear)));
  }

  /** A match in a sentence: where it stands and the words it matched. */
  record Mark(int start, int end, String words) {
    Optional<ReportingPeriod> period(int reportingYear) {
      return of(words, reportingYear);
    }
  }

  /**
   * Where a sentence names periods: its first 近…年, its first year range with 共 or 累计, and every
   * single year. Found in one pass each.
   */
  record Marks(Optional<Mark> recent, Optional<Mark> range, int[] years) {
    private static final Marks NONE = new Marks(Optional.empty(), Optional.empty(), new int[0]);

    static Marks of(String sentence) {
      if (sentence.indexOf('近') < 0 && sentence.indexOf('共') < 0 && sentence.indexOf("累计") < 0) {
        return NONE; // no pattern can match: most sentences, asked for every figure
      }
      Matcher oneYear = ONE_YEAR.matcher(sentence);
      java.util.List<Integer> years = new java.util.ArrayList<>();
      while (oneYear.find()) {
        years.add(oneYear.start());
        years.add(oneYear.end());
      }
      return new Marks(
          first(RECENT, sentence),
          first(RANGE, sentence),
          years.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Whether a single year stands within {@code [from, to)}. */
    boolean namesOneYear(int from, int to) {
      int count = years.length / 2;
      int first = Search.first(count, i -> years[2 * i] >= from);
      return first < count && years[2 * first + 1] <= to;
    }

    private static Optional<Mark> first(Pattern pattern, String sentence) {
      Matcher m = pattern.matcher(sentence);
      return m.find()
          ? Optional.of(new Mark(m.start(), m.end(), sentence.substring(m.start(), m.end())))
          : Optional.empty();
    }
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
