package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Figures paired with what they count by {@code 分别}: with labels listed before it ({@code
 * 行政复议维持率、行政诉讼胜诉率分别为58.2%、91.7%}; {@code 刑事、民事、行政和其他案件分别为203件、271件、4件、8件}, the shared {@code 案件}
 * going to each label), or, with no labels, with the figures of the clause before, in order ({@code
 * 受理行政复议案件70件、法律援助案件403件，分别办结66件、391件}).
 */
final class Respectively {
  private static final Pattern RESPECTIVELY = Pattern.compile("分别(?:为|是|占|达到|达)?");
  private static final Pattern JOIN = Pattern.compile("\\s*(?:、|和|及|与)\\s*");

  /** One pairing: its figures, and their labels (empty: the figures of the clause before). */
  record Group(List<Integer> figures, List<String> labels, String verb) {}

  private Respectively() {}

  /** The pairings of a sentence whose figures are not yet claimed. */
  static List<Group> of(Sentence s) {
    List<Group> groups = new ArrayList<>();
    if (s.text.indexOf("分别") < 0) {
      return groups;
    }
    Matcher m = RESPECTIVELY.matcher(s.text);
    while (m.find()) {
      int clauseStart = Clauses.clauseStart(s.text, m.start(), 0);
      List<Integer> figures = figuresAfter(s, m.end());
      if (figures.size() < 2) {
        continue;
      }
      String verb = s.text.substring(m.end(), s.figures().get(figures.get(0)).start());
      if (verb.length() > 12 || ChangeReader.startsWithChange(verb)) {
        continue; // a change (分别同比下降…) is the change reader's
      }
      List<String> labels = labels(s.text.substring(clauseStart, m.start()));
      if (!labels.isEmpty() && labels.size() != figures.size()) {
        continue;
      }
      groups.add(new Group(figures, labels, verb));
    }
    return groups;
  }

  /** The unclaimed figures right after {@code at}, joined by 、 和 及. */
  private static List<Integer> figuresAfter(Sentence s, int at) {
    List<Integer> figures = new ArrayList<>();
    int from = at;
    for (int i = 0; i < s.figures().size(); i++) {
      Figure f = s.figures().get(i);
      if (f.start() < from) {
        continue;
      }
      String between = s.text.substring(from, f.start());
      boolean joined =
          figures.isEmpty()
              ? between.length() <= 12 && !hasDelimiter(between)
              : JOIN.matcher(between).matches();
      if (!joined || s.claimed[i]) {
        break;
      }
      figures.add(i);
      from = f.end();
    }
    return figures;
  }

  private static boolean hasDelimiter(String words) {
    for (char c : words.toCharArray()) {
      if (Clauses.isHard(c) || c == '。') {
        return true;
      }
    }
    return false;
  }

  /** The labels listed in {@code words}, the shared ending of the last given to each. */
  static List<String> labels(String words) {
    String list = words.strip().replaceFirst("^(?:其中|全年|年内|本年度)+", "");
    if (list.isEmpty()) {
      return List.of();
    }
    List<String> labels = new ArrayList<>(List.of(list.split("、")));
    String last = labels.get(labels.size() - 1);
    String[] pair = last.split("和|及", 2);
    if (pair.length == 2 && !pair[0].isEmpty() && !pair[1].isEmpty()) {
      labels.set(labels.size() - 1, pair[0]);
      labels.add(pair[1]);
    }
    if (labels.size() < 2) {
      return List.of();
    }
    // 刑事、民事、行政和其他案件: the shared ending goes to each label
    String end = labels.get(labels.size() - 1);
    for (String shared : List.of("案件", "类案件", "类")) {
      if (end.endsWith(shared) && end.length() > shared.length()) {
        for (int i = 0; i < labels.size() - 1; i++) {
          if (!labels.get(i).endsWith(shared)) {
            labels.set(i, labels.get(i) + shared);
          }
        }
        break;
      }
    }
    return labels;
  }
}
