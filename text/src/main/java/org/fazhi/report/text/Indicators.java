package org.fazhi.report.text;

import java.util.Optional;
import java.util.regex.Pattern;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Makes a figure without a block an {@link Indicator}, labelled with the words that say what it
 * counts: the words of its clause before it (after the figure before it), without filler ({@code
 * 全年}, {@code 共}, {@code 累计}); when those say nothing — empty, a lone {@code 占}, {@code 对} or
 * {@code 尚}, or ending in {@code 的} — the words after it.
 */
final class Indicators {
  /** Words that name nothing on their own. */
  private static final Pattern EMPTY_LABEL = Pattern.compile("^(?:占|对|尚|为|达|是|有|其中|分别|分别为|共|约)?$");

  private Indicators() {}

  static void add(
      Sentence s,
      int index,
      Placements placements,
      Optional<Concept> concept,
      Optional<Scope> scope,
      Optional<ReportingPeriod> period) {
    Figure f = s.figures().get(index);
    Indicator.Builder builder = Indicator.builder().label(label(s, index)).quantity(f.quantity());
    concept.ifPresent(builder::concept);
    scope.ifPresent(builder::scope);
    period.ifPresent(builder::period);
    if (s.section != null) {
      builder.section(s.section);
    }
    placements.indicators.add(builder.build());
    placements.record(
        s,
        index,
        TextFigure.Placement.INDICATOR,
        "/indicators/" + (placements.indicators.size() - 1),
        null);
  }

  static String label(Sentence s, int index) {
    Figure f = s.figures().get(index);
    int labelFrom = Clauses.clauseStart(s.text, f.start(), 0);
    int previous = index - 1;
    if (previous >= 0 && Placements.isQualifierOf(s, previous, index)) {
      previous--;
    }
    if (previous >= 0) {
      labelFrom = Math.max(labelFrom, s.figures().get(previous).end());
    }
    String raw = s.text.substring(labelFrom, f.start()).strip();
    String label = clean(raw);
    int clauseTo = Clauses.clauseEnd(s.text, f.end());
    int nextStart = index + 1 < s.figures().size() ? s.figures().get(index + 1).start() : clauseTo;
    String after = s.text.substring(f.end(), Math.min(clauseTo, nextStart));
    after = after.startsWith("的") ? after.substring(1) : after;
    int item = after.indexOf('、');
    if (item >= 0) {
      after = after.substring(0, item); // 29个县直部门、12个乡镇…: the words of this item only
    }
    if (EMPTY_LABEL.matcher(label).matches() || label.endsWith("的") || raw.endsWith("、")) {
      // the words before belong to the item before (县直部门、12个乡镇): the figure's own come after
      String words = after.strip();
      if (!words.isEmpty()) {
        label = words.length() > 40 ? words.substring(0, 40) : words;
      } else if (label.endsWith("的")) {
        label = label.substring(0, label.length() - 1);
      }
    }
    label = label.strip();
    if (EMPTY_LABEL.matcher(label).matches()) {
      // still nothing: a share (受理35件，占38.4%) is the share of the figure before; else the
      // clause's own words before the figure
      String clause =
          s.text.substring(Clauses.clauseStart(s.text, f.start(), 0), f.start()).strip();
      if (f.isPercent() && clause.startsWith("占") && previous >= 0) {
        label = label(s, previous) + "占比";
      } else {
        label = clause.isEmpty() || EMPTY_LABEL.matcher(clause).matches() ? f.written() : clause;
      }
    }
    return label;
  }

  /** The words before a figure without the words that say nothing of what is counted. */
  static String clean(String words) {
    String text = words.strip();
    String previous;
    do {
      previous = text;
      text = Patterns.LEADING_FILLER.matcher(text).replaceFirst("");
      text = Patterns.LEADING_PUNCTUATION.matcher(text).replaceFirst("");
    } while (!text.equals(previous));
    do {
      previous = text;
      text = Patterns.withoutTrailingFiller(text);
    } while (!text.equals(previous) && !text.isEmpty());
    return text.strip();
  }
}
