package org.fazhi.report.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.Series;
import org.fazhi.report.facts.SeriesPoint;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Reads series over periods: years or quarters, then {@code 分别为} (or {@code 分别…}, {@code 依次为}) and
 * one figure per period — {@code 2021年至2023年分别为96.2%、97.5%、98.1%}, {@code
 * 2022年和2023年分别办理法律援助案件412件、455件}, {@code 一季度、二季度分别受理…112件、124件}. The figures are the series'
 * points, not the year's own figure; the words around them name the series, and the field they name
 * gives its concept.
 */
final class SeriesReader {
  private static final Pattern YEAR_RANGE =
      Pattern.compile("((?:19|20)\\d{2})\\s*年?\\s*(?:至|到|—|－|-|~|～)\\s*((?:19|20)\\d{2})\\s*年");
  private static final Pattern YEAR_LIST =
      Pattern.compile("((?:19|20)\\d{2})\\s*年(?:\\s*(?:、|和|及|与)\\s*((?:19|20)\\d{2})\\s*年)+");
  private static final Pattern ONE_YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
  private static final Pattern QUARTERS =
      Pattern.compile("(?:第)?([一二三四1-4])季度(?:\\s*(?:、|和|及|与)\\s*(?:第)?[一二三四1-4]季度)+");
  private static final Pattern ONE_QUARTER = Pattern.compile("([一二三四1-4])季度");
  private static final Pattern RESPECTIVELY = Pattern.compile("分别|依次");

  final List<Series> series = new ArrayList<>();
  private final Placements placements;
  private final int reportingYear;

  SeriesReader(Placements placements, int reportingYear) {
    this.placements = placements;
    this.reportingYear = reportingYear;
  }

  /**
   * Reads the sentence's series and claims their figures, before the other figures are placed;
   * {@link #complete} builds them.
   */
  void read(Sentence s, Topics.ClauseTopic[] topics, Block primary) {
    String text = s.text;
    if (text.indexOf("分别") < 0 && text.indexOf("依次") < 0) {
      return;
    }
    for (Matcher m :
        List.of(YEAR_RANGE.matcher(text), YEAR_LIST.matcher(text), QUARTERS.matcher(text))) {
      while (m.find()) {
        List<ReportingPeriod> periods = periods(m);
        if (periods.size() < 2) {
          continue;
        }
        read(s, topics, primary, m.start(), m.end(), periods);
      }
    }
  }

  private List<ReportingPeriod> periods(Matcher m) {
    List<ReportingPeriod> periods = new ArrayList<>();
    String words = m.group();
    if (m.pattern() == YEAR_RANGE) {
      int from = Integer.parseInt(m.group(1));
      int to = Integer.parseInt(m.group(2));
      for (int y = from; y <= to && to - from < 20; y++) {
        periods.add(ReportingPeriod.ofYear(y));
      }
    } else if (m.pattern() == YEAR_LIST) {
      Matcher year = ONE_YEAR.matcher(words);
      while (year.find()) {
        periods.add(ReportingPeriod.ofYear(Integer.parseInt(year.group(1))));
      }
    } else {
      Matcher quarter = ONE_QUARTER.matcher(words);
      while (quarter.find()) {
        int q =
            "一二三四".indexOf(quarter.group(1)) >= 0
                ? "一二三四".indexOf(quarter.group(1)) + 1
                : Integer.parseInt(quarter.group(1));
        LocalDate start = LocalDate.of(reportingYear, 3 * q - 2, 1);
        periods.add(ReportingPeriod.of(start, start.plusMonths(3).minusDays(1)));
      }
    }
    return periods;
  }

  private void read(
      Sentence s,
      Topics.ClauseTopic[] topics,
      Block primary,
      int from,
      int to,
      List<ReportingPeriod> periods) {
    int end = s.text.length();
    for (int i = to; i < s.text.length(); i++) {
      if ("；;。".indexOf(s.text.charAt(i)) >= 0) {
        end = i;
        break;
      }
    }
    Matcher respectively = RESPECTIVELY.matcher(s.text).region(to, end);
    if (!respectively.find()) {
      return;
    }
    // the figures after 分别, one per period, joined by 、 和 及
    List<Integer> points = new ArrayList<>();
    int at = respectively.end();
    for (int i = 0; i < s.figures().size() && points.size() < periods.size(); i++) {
      Figure f = s.figures().get(i);
      if (f.start() < at || s.claimed[i]) {
        continue;
      }
      String between = s.text.substring(at, f.start());
      if (!points.isEmpty() && !between.matches("\\s*(?:、|和|及|与|,|\uFF0C)\\s*")) {
        break;
      }
      if (points.isEmpty()
          && (between.contains("\uFF0C") || between.contains("\uFF1B") || between.length() > 30)) {
        break;
      }
      points.add(i);
      at = f.end();
    }
    if (points.size() != periods.size()) {
      return;
    }
    int clauseStart = Clauses.clauseStart(s.text, from, 0);
    Figure first = s.figures().get(points.get(0));
    String label =
        Indicators.clean(
            (s.text.substring(clauseStart, from)
                    + s.text.substring(to, respectively.start())
                    + s.text.substring(respectively.end(), first.start()))
                .replace("为", "")
                .replace("是", ""));
    pending.add(
        new Pending(points, periods, label, concept(s, topics, primary, label, first), from));
    points.forEach(i -> s.claimed[i] = true);
  }

  /** A series read, waiting for the figures before it to be placed. */
  private record Pending(
      List<Integer> points,
      List<ReportingPeriod> periods,
      String label,
      Optional<Concept> concept,
      int from) {}

  private final List<Pending> pending = new ArrayList<>();

  /**
   * Builds the sentence's series, once its other figures are placed: a series without words of its
   * own ({@code 调解成功矛盾纠纷1.38万件，2021—2023年分别为…}) is the series of the figure before it.
   */
  void complete(Sentence s) {
    for (Pending p : pending) {
      String label = p.label();
      Optional<Concept> concept = p.concept();
      if (label.isEmpty()) {
        int previous = p.points().get(0) - 1;
        while (previous >= 0 && s.figures().get(previous).start() >= p.from()) {
          previous--;
        }
        if (previous >= 0) {
          label = Indicators.label(s, previous);
          Optional<TextFigure> placed = placements.placement(s, previous);
          if (concept.isEmpty() && placed.isPresent() && placed.get().getTarget().isPresent()) {
            concept = ConceptIndex.at(placed.get().getTarget().get());
          }
        }
      }
      Figure first = s.figures().get(p.points().get(0));
      Series.Builder built = Series.builder().label(label.isEmpty() ? first.written() : label);
      concept.ifPresent(built::concept);
      if (s.section != null) {
        built.section(s.section);
      }
      for (int k = 0; k < p.points().size(); k++) {
        built.addPoints(
            SeriesPoint.of(p.periods().get(k), s.figures().get(p.points().get(k)).quantity()));
      }
      series.add(built.build());
      for (int k = 0; k < p.points().size(); k++) {
        placements.record(
            s,
            p.points().get(k),
            TextFigure.Placement.SERIES,
            "/series/" + (series.size() - 1) + "/points/" + k + "/value",
            null);
      }
    }
    pending.clear();
  }

  private static Optional<Concept> concept(
      Sentence s, Topics.ClauseTopic[] topics, Block primary, String label, Figure first) {
    Topics.ClauseTopic topic = topics[s.clauseIndex(first.start())];
    for (Block block : Topics.blocksNamed(topic, primary)) {
      CueMatcher.Match match =
          CueMatcher.match(first, label, "", Cues.rule(block), label, 0, label.length());
      if (match != null) {
        return ConceptIndex.at(block.pointer + "/" + match.field().name());
      }
    }
    return Optional.empty();
  }
}
