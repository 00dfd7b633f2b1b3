package org.fazhi.report.text;

import java.util.List;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.text.FigureScanner.Figure;
import org.fazhi.report.text.OutlineParser.Fragment;

/**
 * One sentence being read: its text, the figures and dates the scanner found in it, its topic
 * words, its clauses with the topic of each, which figures a reader has claimed, and where it
 * stands (line, column, section).
 */
final class Sentence {
  final Fragment fragment;
  final String text;
  final FigureScanner.Scan scan;
  final List<Topics.Hit> hits;
  final List<Clauses.Clause> clauses;
  final boolean[] claimed;
  final SectionId section;
  final int id;
  private final int offset;
  private int[] reach;
  private CumulativePeriods.Marks cumulativeMarks;

  Sentence(Fragment fragment, String text, int offset, SectionId section, int id) {
    this.fragment = fragment;
    this.text = text;
    this.offset = offset;
    this.scan = FigureScanner.scan(text);
    this.hits = Topics.hits(text, scan.titled());
    this.clauses = Clauses.of(text);
    this.claimed = new boolean[scan.figures().size()];
    this.section = section;
    this.id = id;
  }

  List<Figure> figures() {
    return scan.figures();
  }

  int line() {
    return fragment.line();
  }

  /** The column in the line of the sentence's character {@code at}. */
  int column(int at) {
    return fragment.column() + offset + at;
  }

  /** Whether a figure overlaps {@code [from, to)}. */
  boolean hasFigure(int from, int to) {
    // figures are sorted by start: the first whose end (or an earlier one's) passes from is the
    // only candidate; a search, where a scan per clause grew with the square of a long sentence
    int[] reach = reach();
    int low = Search.first(reach.length, i -> reach[i] > from);
    return low < reach.length && figures().get(low).start() < to;
  }

  /** Where the sentence names periods of several years, found on first asking. */
  CumulativePeriods.Marks cumulativeMarks() {
    if (cumulativeMarks == null) {
      cumulativeMarks = CumulativePeriods.Marks.of(text);
    }
    return cumulativeMarks;
  }

  /** For each figure, the furthest end of it and the figures before it. */
  private int[] reach() {
    if (reach == null) {
      List<Figure> figures = figures();
      int[] ends = new int[figures.size()];
      int furthest = Integer.MIN_VALUE;
      for (int i = 0; i < ends.length; i++) {
        furthest = Math.max(furthest, figures.get(i).end());
        ends[i] = furthest;
      }
      reach = ends;
    }
    return reach;
  }

  /** The clause holding the character {@code at}. */
  Clauses.Clause clauseAt(int at) {
    return clauses.get(clauseIndex(at));
  }

  /**
   * The index of the clause holding the character {@code at}: the first that ends after it, else
   * the last. A search (clauses are in order), where a scan per figure grew with the square of a
   * sentence of many clauses.
   */
  int clauseIndex(int at) {
    return Math.min(
        Search.first(clauses.size(), i -> at < clauses.get(i).end()), clauses.size() - 1);
  }

  /** The unclaimed figure whose number holds {@code at}, as its index, or -1. */
  int unclaimedFigureAt(int at) {
    List<Figure> all = figures();
    for (int i = 0; i < all.size(); i++) {
      Figure f = all.get(i);
      if (!claimed[i] && f.start() <= at && at < f.end()) {
        return i;
      }
    }
    return -1;
  }
}
