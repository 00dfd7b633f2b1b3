package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Clause segmentation. A sentence falls into clauses at its hard delimiters ({@code ，；：}); a
 * figure's window — the words that may name what it counts — runs from the soft delimiter ({@code
 * 、}, brackets) or conjunction before it to the one after it, never past a neighbouring figure.
 */
final class Clauses {
  static final String HARD = "\uFF0C,\uFF1B;\uFF1A:";
  static final String SOFT = "\uFF0C,\uFF1B;\uFF1A:、()\uFF08\uFF09";
  private static final List<String> CONJUNCTIONS = List.of("以及", "和", "及", "与", "或");

  /**
   * How far from a figure its clause is looked for: 256 characters, twice the longest clause of the
   * real reports read so far (123). A longer run without a delimiter is no clause but a pasted
   * table or debris, and bounding the reach keeps the import linear in it.
   */
  static final int REACH = 256;

  private Clauses() {}

  /** A clause: {@code [start, end)} of its sentence, without the delimiter that ends it. */
  record Clause(int start, int end) {}

  /** The words around a figure that may name it: {@code [from, to)}. */
  record Window(int from, int to) {}

  /** The clauses of {@code sentence}, in order; at least one. */
  static List<Clause> of(String sentence) {
    List<Clause> clauses = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (isHard(c) || c == '。') {
        clauses.add(new Clause(start, i));
        start = i + 1;
      }
    }
    if (start < sentence.length() || clauses.isEmpty()) {
      clauses.add(new Clause(start, sentence.length()));
    }
    return clauses;
  }

  static boolean isHard(char c) {
    // The characters of HARD, tested without a search per character
    return switch (c) {
      case '\uFF0C', ',', '\uFF1B', ';', '\uFF1A', ':' -> true;
      default -> false;
    };
  }

  static boolean isSoft(char c) {
    return SOFT.indexOf(c) >= 0;
  }

  /**
   * The start of the clause holding {@code at}: after the last hard delimiter, not before {@code
   * floor}, nor more than {@link #REACH} characters before {@code at}.
   */
  static int clauseStart(String text, int at, int floor) {
    int limit = Math.max(floor, at - REACH);
    for (int i = at - 1; i >= limit; i--) {
      if (isHard(text.charAt(i))) {
        return i + 1;
      }
    }
    return limit;
  }

  /**
   * The end of the clause holding {@code at}: its next hard delimiter or {@code 。}, at most {@link
   * #REACH} characters after {@code at}.
   */
  static int clauseEnd(String text, int at) {
    int limit = Math.min(text.length(), at + REACH);
    for (int i = at; i < limit; i++) {
      if (isHard(text.charAt(i)) || text.charAt(i) == '。') {
        return i;
      }
    }
    return limit;
  }

  /** The window of the figure {@code index} of {@code figures} in {@code text}. */
  static Window window(String text, List<Figure> figures, int index) {
    Figure f = figures.get(index);
    int previousEnd = index == 0 ? 0 : figures.get(index - 1).end();
    int nextStart = index + 1 < figures.size() ? figures.get(index + 1).start() : text.length();
    int from = previousEnd;
    for (int i = f.start() - 1; i >= previousEnd; i--) {
      if (isSoft(text.charAt(i))) {
        from = i + 1;
        break;
      }
    }
    if (from == previousEnd && index > 0) {
      String between = text.substring(previousEnd, f.start());
      int cut = -1;
      for (String conjunction : CONJUNCTIONS) {
        int at = between.lastIndexOf(conjunction);
        if (at >= 0 && at + conjunction.length() > cut) {
          cut = at + conjunction.length();
        }
      }
      if (cut >= 0) {
        from = previousEnd + cut;
      }
    }
    int to = nextStart;
    for (int i = f.end(); i < nextStart; i++) {
      if (isSoft(text.charAt(i))) {
        to = i;
        break;
      }
    }
    if (to == nextStart && index + 1 < figures.size()) {
      String between = text.substring(f.end(), nextStart);
      int cut = Integer.MAX_VALUE;
      for (String conjunction : CONJUNCTIONS) {
        int at = between.indexOf(conjunction);
        if (at >= 0 && at < cut) {
          cut = at;
        }
      }
      if (cut != Integer.MAX_VALUE) {
        to = f.end() + cut;
      }
    }
    return new Window(from, to);
  }
}
