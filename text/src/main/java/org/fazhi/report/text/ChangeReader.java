package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.facts.StatedChange;
import org.fazhi.report.figure.Change;
import org.fazhi.report.figure.ChangeBase;
import org.fazhi.report.figure.ChangeDirection;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Reads changes: {@code 同比增长12.5%}, {@code 较上年减少7件}, {@code 下降3.2个百分点}, {@code 同比有所下降}. A change is
 * a base word and a direction, or a direction with its amount right after it; its amount is no
 * figure of its own. It belongs to the figure before it in its clause or the clause before ({@code
 * 新收行政复议案件165件，同比增长128.78%}) — a block's figure gets a {@link StatedChange} of its concept, an
 * indicator the change itself — or, with no figure there, to the field its words name ({@code
 * 法律援助案件受理量同比增长12.6%}).
 */
final class ChangeReader {
  private static final List<String> DIRECTION_WORDS =
      java.util.stream.Stream.of(ChangeDirection.values())
          .flatMap(d -> d.words().stream())
          .toList();

  /** Whether {@code words} open with a change: {@code 同比下降}, {@code 较上年增加}. */
  static boolean startsWithChange(String words) {
    List<Phrase> phrases = phrases(words, 0);
    if (phrases.isEmpty() || phrases.get(0).start() != 0) {
      return false;
    }
    Phrase first = phrases.get(0);
    return first.base() != null || first.some() || first.end() == words.length();
  }

  /** A change found in a sentence, before it is attached; {@code more}: the amounts 分别 pairs. */
  private record Found(int start, int end, Change change, int amount, List<Integer> more) {}

  final List<StatedChange> changes = new ArrayList<>();
  private final Placements placements;
  private final int reportingYear;
  private final List<Found> found = new ArrayList<>();

  ChangeReader(Placements placements, int reportingYear) {
    this.placements = placements;
    this.reportingYear = reportingYear;
  }

  /** Finds the sentence's changes and claims their amounts, before its figures are placed. */
  void find(Sentence s) {
    found.clear();
    for (Phrase m : phrases(s.text, reportingYear)) {
      if (m.otherYear()) {
        continue; // 较2020年增长…: a change against a year the model cannot hold as a base
      }
      int amount = figureAt(s, m.end());
      boolean based = m.base() != null;
      if (!based && amount < 0 && !m.some()) {
        continue; // 提高了群众满意度: no change of a figure
      }
      if (m.end() < s.text.length() && "至到为".indexOf(s.text.charAt(m.end())) >= 0) {
        continue; // 提高至98%: the new value, not a change
      }
      if (!based && !hasSubjectBefore(s, m.start())) {
        continue; // 平均减少32项: a figure of its own, not a change of one
      }
      ChangeDirection direction = ChangeDirection.fromWord(m.word()).orElseThrow();
      Change.Builder change = Change.builder().direction(direction);
      base(m.base()).ifPresent(change::base);
      if (amount >= 0) {
        change.amount(s.figures().get(amount).quantity());
        s.claimed[amount] = true;
      }
      List<Integer> more = new ArrayList<>();
      if (amount >= 0 && m.start() >= 2 && s.text.startsWith("分别", m.start() - 2)) {
        // 分别同比下降8.6%和14.8%: one amount for each figure before
        int at = s.figures().get(amount).end();
        for (int i = amount + 1; i < s.figures().size(); i++) {
          String between = s.text.substring(at, s.figures().get(i).start()).strip();
          if (!(between.equals("、") || between.equals("和") || between.equals("及"))
              || s.claimed[i]) {
            break;
          }
          more.add(i);
          s.claimed[i] = true;
          at = s.figures().get(i).end();
        }
      }
      found.add(new Found(m.start(), m.end(), change.build(), amount, more));
    }
  }

  /**
   * A change phrase: its base words (or null), 有所, the direction word, where it stands, and whether
   * its base is a year other than the one before (较2020年增长…), which the model cannot hold.
   */
  private record Phrase(
      int start, int end, String base, boolean some, String word, boolean otherYear) {}

  private static final Pattern YEAR_BASE =
      Pattern.compile("(?:较|比|与)((?:19|20)\\d{2})年(同期)?(?:相比)?$");

  private static final List<String> BASE_WORDS =
      List.of(
          "较上年同期", "较去年同期", "比去年同期", "比上年同期", "与上年相比", "较上一年", "较上年", "比上年", "较去年", "比去年", "同比",
          "环比");

  /**
   * The change phrases of {@code text}, in order: each direction word, with 了 after it, 有所 and a
   * base word (perhaps then a comma) or a base year before it — found from the direction words
   * rather than by a pattern tried at every character.
   */
  private static List<Phrase> phrases(String text, int reportingYear) {
    List<int[]> words = new ArrayList<>();
    for (int w = 0; w < DIRECTION_WORDS.size(); w++) {
      String word = DIRECTION_WORDS.get(w);
      for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        words.add(new int[] {at, w});
      }
    }
    words.sort(java.util.Comparator.comparingInt(a -> a[0]));
    List<Phrase> phrases = new ArrayList<>();
    int last = 0;
    for (int[] hit : words) {
      int at = hit[0];
      if (at < last) {
        continue;
      }
      String word = DIRECTION_WORDS.get(hit[1]);
      int end = at + word.length();
      if (text.startsWith("了", end)) {
        end++;
      }
      int start = at;
      boolean some = at >= 2 && text.startsWith("有所", at - 2);
      if (some) {
        start -= 2;
      }
      int baseEnd = start > 0 && "\uFF0C,".indexOf(text.charAt(start - 1)) >= 0 ? start - 1 : start;
      String base = null;
      boolean otherYear = false;
      for (String candidate : BASE_WORDS) {
        if (baseEnd >= candidate.length()
            && text.startsWith(candidate, baseEnd - candidate.length())) {
          base = candidate;
          start = baseEnd - candidate.length();
          break;
        }
      }
      if (base == null) {
        // 较2023年, 与2023年同期相比: a base year written out
        Matcher year = YEAR_BASE.matcher(text).region(Math.max(0, baseEnd - 12), baseEnd);
        if (year.find()) {
          // only the year before is a base the model holds; against another year, no change is read
          otherYear = Integer.parseInt(year.group(1)) != reportingYear - 1;
          base = year.group(2) != null ? "同比" : "较上年";
          start = year.start();
        }
      }
      phrases.add(new Phrase(start, end, base, some, word, otherYear));
      last = end;
    }
    return phrases;
  }

  /** Attaches the sentence's changes, after its figures are placed. */
  void attach(Sentence s, Topics.ClauseTopic[] topics, Block primary) {
    for (Found change : found) {
      if (!change.more().isEmpty()) {
        attachEach(s, change);
        continue;
      }
      int subject = subject(s, change);
      String target = null;
      if (subject >= 0 && !namesItsOwn(s, change, subject)) {
        target = attachToFigure(s, subject, change.change());
      }
      if (target == null) {
        target = attachToField(s, change, topics, primary);
      }
      if (change.amount() >= 0) {
        if (target != null) {
          placements.record(s, change.amount(), TextFigure.Placement.CHANGE, target, null);
        } else {
          placements.record(
              s,
              change.amount(),
              TextFigure.Placement.UNPLACED,
              null,
              "a change (" + change.change() + ") with no figure or field it changes");
        }
      }
    }
  }

  /** 分别同比下降8.6%和14.8%: each amount to the figure before in the same position. */
  private void attachEach(Sentence s, Found change) {
    List<Integer> amounts = new ArrayList<>();
    amounts.add(change.amount());
    amounts.addAll(change.more());
    List<Integer> subjects = new ArrayList<>();
    for (int i = 0; i < change.amount(); i++) {
      if (s.figures().get(i).end() <= change.start()
          && !isAmount(i)
          && placements.placement(s, i).flatMap(TextFigure::getTarget).isPresent()) {
        subjects.add(i);
      }
    }
    if (subjects.size() > amounts.size()) {
      subjects = subjects.subList(subjects.size() - amounts.size(), subjects.size());
    }
    for (int k = 0; k < amounts.size(); k++) {
      int amount = amounts.get(k);
      String target = null;
      if (subjects.size() == amounts.size()) {
        Change each =
            Change.builder()
                .from(change.change())
                .amount(s.figures().get(amount).quantity())
                .build();
        target = attachToFigure(s, subjects.get(k), each);
      }
      if (target != null) {
        placements.record(s, amount, TextFigure.Placement.CHANGE, target, null);
      } else {
        placements.record(
            s,
            amount,
            TextFigure.Placement.UNPLACED,
            null,
            "a change paired by 分别 with no figure in its position");
      }
    }
  }

  /**
   * Whether the change's own clause names what changed before it ({@code …391件，行政复议案件受理量同比增长9.4%}):
   * then it is that field's change, not the figure's of the clause before.
   */
  private static boolean namesItsOwn(Sentence s, Found change, int subject) {
    Clauses.Clause clause = s.clauseAt(change.start());
    if (s.figures().get(subject).start() >= clause.start()) {
      return false;
    }
    String words = s.text.substring(clause.start(), change.start()).strip();
    return words.length() >= 3;
  }

  private static Optional<ChangeBase> base(String words) {
    if (words == null) {
      return Optional.empty();
    }
    if (words.contains("同期") || words.equals("同比")) {
      return Optional.of(ChangeBase.SAME_PERIOD_PREVIOUS_YEAR);
    }
    return ChangeBase.fromWords(words).or(() -> Optional.of(ChangeBase.PREVIOUS_YEAR));
  }

  /** Whether a figure stands before {@code at} in its clause or the clause before. */
  private static boolean hasSubjectBefore(Sentence s, int at) {
    int clause = s.clauseIndex(at);
    int floor = clause == 0 ? 0 : s.clauses.get(clause - 1).start();
    for (Figure f : s.figures()) {
      if (f.end() <= at && f.start() >= floor) {
        return true;
      }
    }
    return false;
  }

  /** The figure starting at {@code at} (after a marker such as 约), as its index, or -1. */
  private static int figureAt(Sentence s, int at) {
    for (int i = 0; i < s.figures().size(); i++) {
      Figure f = s.figures().get(i);
      if (f.start() == at || (f.start() > at && s.text.substring(at, f.start()).isBlank())) {
        return s.claimed[i] ? -1 : i;
      }
    }
    return -1;
  }

  /**
   * The figure the change is stated for: the last one before it, in its clause or the one before.
   */
  private int subject(Sentence s, Found change) {
    int clause = s.clauseIndex(change.start());
    int floor = clause == 0 ? 0 : s.clauses.get(clause - 1).start();
    for (int i = s.figures().size() - 1; i >= 0; i--) {
      Figure f = s.figures().get(i);
      if (f.end() <= change.start() && f.start() >= floor && !isAmount(i)) {
        return i;
      }
    }
    return -1;
  }

  private boolean isAmount(int index) {
    for (Found change : found) {
      if (change.amount() == index || change.more().contains(index)) {
        return true;
      }
    }
    return false;
  }

  /** Attaches the change to the placed figure {@code index}; its target, or null. */
  private String attachToFigure(Sentence s, int index, Change change) {
    Optional<TextFigure> placed = placements.placement(s, index);
    if (placed.isEmpty() || placed.get().getTarget().isEmpty()) {
      return null;
    }
    String pointer = placed.get().getTarget().get();
    if (pointer.startsWith("/indicators/")) {
      int i = Integer.parseInt(pointer.substring("/indicators/".length()));
      Indicator indicator = placements.indicators.get(i);
      if (indicator.getChange().isPresent()) {
        return null;
      }
      placements.indicators.set(i, Indicator.builder().from(indicator).change(change).build());
      return pointer + "/change/amount";
    }
    return ConceptIndex.at(pointer).map(concept -> stated(concept, change, s)).orElse(null);
  }

  private String attachToField(
      Sentence s, Found change, Topics.ClauseTopic[] topics, Block primary) {
    Clauses.Clause clause = s.clauseAt(change.start());
    String words = s.text.substring(clause.start(), change.start());
    Topics.ClauseTopic topic = topics[s.clauses.indexOf(clause)];
    for (Block block : Topics.blocksNamed(topic, primary)) {
      Optional<Cues.Field<?>> field = CueMatcher.fieldNamedBy(words, Cues.rule(block));
      if (field.isPresent()) {
        Optional<Concept> concept = ConceptIndex.at(block.pointer + "/" + field.get().name());
        if (concept.isPresent()) {
          return stated(concept.get(), change.change(), s);
        }
      }
    }
    return null;
  }

  private String stated(Concept concept, Change change, Sentence s) {
    for (StatedChange existing : changes) {
      if (existing.getConcept().equals(concept)) {
        return null;
      }
    }
    StatedChange.Builder stated = StatedChange.builder().concept(concept).change(change);
    if (s.section != null) {
      stated.section(s.section);
    }
    changes.add(stated.build());
    return "/changes/" + (changes.size() - 1) + "/change/amount";
  }
}
