package org.fazhi.report.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.figure.ImmutableMoney;
import org.fazhi.report.figure.Money;
import org.fazhi.report.figure.MoneyUnit;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.figure.Scope;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.text.CueMatcher.Match;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.Field;
import org.fazhi.report.text.Cues.Kind;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Places one figure: tries the blocks its clause names ({@link Topics#candidates}) against the cue
 * tables, nearest cue first, a block's default field last; narrows the field by the words around
 * ({@link CaseCues#refine}); stages the typed value — or makes an indicator, for someone else's
 * figure, a figure of several years, or one nothing names. Figures paired by {@code 分别} are placed
 * with the label or figure they are paired with.
 */
final class FigurePlacer {
  private final Staging staging;
  private final Placements placements;
  private final ActivityReader activities;
  private final ListReader lists;
  private final int reportingYear;
  private final Map<String, CaseStage> bases = new java.util.HashMap<>();
  private boolean perTownshipAverage;

  FigurePlacer(
      Staging staging,
      Placements placements,
      ActivityReader activities,
      ListReader lists,
      int reportingYear) {
    this.staging = staging;
    this.placements = placements;
    this.activities = activities;
    this.lists = lists;
    this.reportingYear = reportingYear;
  }

  /** The stage the text says a rate (by its field name) is computed over. */
  Optional<CaseStage> basis(String field) {
    return Optional.ofNullable(bases.get(field));
  }

  boolean perTownshipAverage() {
    return perTownshipAverage;
  }

  /**
   * Places the figures {@code 分别} pairs: each with its label, or, without labels, with the figure
   * of the clause before it in the same position — in that figure's block.
   */
  void placeRespectively(
      Sentence s,
      Respectively.Group group,
      Topics.ClauseTopic[] topics,
      Block primary,
      List<Optional<Scope>> scopes) {
    List<Integer> subjects = group.labels().isEmpty() ? subjects(s, group) : List.of();
    if (group.labels().isEmpty() && subjects.size() != group.figures().size()) {
      return;
    }
    for (int k = 0; k < group.figures().size(); k++) {
      int index = group.figures().get(k);
      Figure f = s.figures().get(index);
      int clause = s.clauseIndex(f.start());
      Optional<Scope> scope = scopes.get(clause);
      List<Block> blocks;
      String words;
      if (group.labels().isEmpty()) {
        blocks = blockOf(s, subjects.get(k)).map(List::of).orElse(List.of());
        words = group.verb();
      } else {
        words = group.labels().get(k) + group.verb();
        blocks = Topics.labelCandidates(words, topics[clause], primary, f);
      }
      for (Block block : blocks) {
        Match match = CueMatcher.match(f, words, "", Cues.rule(block), words, 0, words.length());
        if (match != null && accept(s, index, match, words, scope)) {
          break;
        }
      }
      if (!s.claimed[index]) {
        Indicators.add(s, index, placements, Optional.empty(), scope, Optional.empty());
      }
    }
  }

  /** The placed figures of the clauses before a pairing, the last as many as it pairs. */
  private List<Integer> subjects(Sentence s, Respectively.Group group) {
    List<Integer> placed = new java.util.ArrayList<>();
    int first = group.figures().get(0);
    for (int i = 0; i < first; i++) {
      if (placements.placement(s, i).flatMap(TextFigure::getTarget).isPresent()) {
        placed.add(i);
      }
    }
    int n = group.figures().size();
    return placed.size() < n ? List.of() : placed.subList(placed.size() - n, placed.size());
  }

  private Optional<Block> blockOf(Sentence s, int index) {
    String pointer = placements.placement(s, index).flatMap(TextFigure::getTarget).orElse("");
    Block found = null;
    for (Block block : Block.values()) {
      if (pointer.startsWith(block.pointer + "/")
          && (found == null || block.pointer.length() > found.pointer.length())) {
        found = block;
      }
    }
    return Optional.ofNullable(found);
  }

  void place(
      Sentence s, Topics.ClauseTopic clauseTopic, Block primary, Optional<Scope> scope, int index) {
    Figure f = s.figures().get(index);
    Clauses.Window w = Clauses.window(s.text, s.figures(), index);
    String before = s.text.substring(w.from(), f.start());
    String after = s.text.substring(f.end(), w.to());
    if (combined(s, index, clauseTopic)) {
      // 行政复议、行政诉讼案件共计126件: one figure of two blocks together, neither block's own
      Indicators.add(s, index, placements, Optional.empty(), scope, Optional.empty());
      return;
    }
    List<Block> candidates = Topics.candidates(clauseTopic, primary, f);
    Match byDefault = null;
    Match rival = null;
    for (Block block : candidates) {
      Match match = CueMatcher.match(f, before, after, Cues.rule(block), s.text, w.from(), f.end());
      if (match != null && !match.byCue()) {
        if (byDefault == null) {
          byDefault = match;
        } else if (rival == null) {
          rival = match;
        }
      } else if (match != null && accept(s, index, distributed(s, index, match), before, scope)) {
        return;
      }
    }
    if (byDefault != null && accept(s, index, distributed(s, index, byDefault), before, scope)) {
      if (rival != null) {
        // two blocks' topic words in the clause, and no cue to tell them apart
        placements.warn(
            s,
            ImportWarning.Kind.AMBIGUOUS_FIGURE,
            f.start(),
            "figure "
                + f.written()
                + " could be "
                + byDefault.rule().block().pointer
                + "/"
                + byDefault.field().name()
                + " or "
                + rival.rule().block().pointer
                + "/"
                + rival.field().name()
                + "; it was placed in the first");
      }
      return;
    }
    if (f.isPercent()) {
      // a rate may be named before the count it is computed on: 完成年度任务2200件的175.5%
      int clauseFrom = Clauses.clauseStart(s.text, f.start(), 0);
      String clause = s.text.substring(clauseFrom, f.start());
      for (Block block : candidates) {
        Match match =
            CueMatcher.match(f, clause, "", Cues.rule(block), s.text, clauseFrom, f.end());
        if (match != null && accept(s, index, match, clause, scope)) {
          return;
        }
      }
    }
    if (parallel(s, index, clauseTopic, scope) || shareOfPrevious(s, index, scope)) {
      return;
    }
    Indicators.add(
        s,
        index,
        placements,
        Optional.empty(),
        scope,
        CumulativePeriods.before(s.cumulativeMarks(), s.text, f.start(), reportingYear));
  }

  /**
   * A figure matched only by its block's topic word, listed after one matched by a verb in the same
   * clause, takes that verb's field: {@code 审结行政复议案件55件、行政诉讼案件12件} — both concluded.
   */
  /**
   * A share right after an outcome's count — {@code 受理前调解化解行政争议45件，占收到申请总数的26.8%} — is that
   * outcome's share.
   */
  private boolean shareOfPrevious(Sentence s, int index, Optional<Scope> scope) {
    Figure f = s.figures().get(index);
    String words = s.text.substring(Clauses.clauseStart(s.text, f.start(), 0), f.start()).strip();
    if (!f.isPercent() || index == 0 || !words.startsWith("占")) {
      return false;
    }
    String pointer = placements.placement(s, index - 1).flatMap(TextFigure::getTarget).orElse("");
    String outcomes = Block.RECONSIDERATION.pointer + "/outcomes/";
    if (!pointer.startsWith(outcomes)) {
      return false;
    }
    String share = "outcomeShares/" + pointer.substring(outcomes.length());
    Cues.BlockRule<?> rule = Cues.rule(Block.RECONSIDERATION);
    for (Field<?> field : rule.fields()) {
      if (field.name().equals(share)) {
        return accept(s, index, new Match(rule, field, true, ""), words, scope);
      }
    }
    return false;
  }

  /**
   * Whether the figure counts two blocks together: two topic words of different blocks joined by
   * {@code 、}, {@code 和} or {@code 及} right before it in its clause, no figure between.
   */
  private static boolean combined(Sentence s, int index, Topics.ClauseTopic clause) {
    Figure f = s.figures().get(index);
    int from =
        Math.max(
            Clauses.clauseStart(s.text, f.start(), 0),
            index == 0 ? 0 : s.figures().get(index - 1).end());
    List<Topics.Hit> hits = new java.util.ArrayList<>(clause.strong());
    hits.addAll(clause.weak());
    hits.sort(java.util.Comparator.comparingInt(Topics.Hit::start));
    for (int k = 0; k + 1 < hits.size(); k++) {
      Topics.Hit a = hits.get(k);
      Topics.Hit b = hits.get(k + 1);
      if (a.start() >= from
          && b.end() <= f.start()
          && a.block() != b.block()
          && JOINED.contains(s.text.substring(a.end(), b.start()))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> JOINED = java.util.Set.of("、", "和", "及", "与");

  /** Cues that name what is counted, not what was done to it: a verb before them still applies. */
  private static final java.util.Set<String> NOUN_CUES =
      java.util.Set.of("案件", "诉讼案件", "应诉案件", "申请", "事项");

  private Match distributed(Sentence s, int index, Match byDefault) {
    Figure f = s.figures().get(index);
    if (last == null
        || last.sentence() != s.id
        || last.match().cue().isEmpty()
        || s.clauseIndex(f.start()) != last.clause()
        || byDefault.byCue() && !NOUN_CUES.contains(byDefault.cue())) {
      return byDefault;
    }
    return CueMatcher.fieldWithCue(f, byDefault.rule(), last.match().cue())
        .map(field -> new Match(byDefault.rule(), field, true, last.match().cue()))
        .orElse(byDefault);
  }

  /**
   * A figure whose clause names neither topic nor field, right after a clause whose figure went to
   * a field — {@code 全省…出庭应诉率为95.4%，我市达98.6%} — is that field again: the clause compares.
   */
  private boolean parallel(
      Sentence s, int index, Topics.ClauseTopic clause, Optional<Scope> scope) {
    Figure f = s.figures().get(index);
    String words = s.text.substring(Clauses.clauseStart(s.text, f.start(), 0), f.start());
    if (words.contains("率")) {
      return false; // 调解和解率达到35.2%: a rate of its own, not the one before again
    }
    if (last == null
        || last.sentence() != s.id
        || !clause.strong().isEmpty()
        || s.clauseIndex(f.start()) != last.clause() + 1
        || !CueMatcher.compatible(f, last.match().field())
        || last.match().field().kind() != Cues.Kind.RATE) {
      return false;
    }
    return accept(s, index, last.match(), "", scope);
  }

  /** Whether {@code at} stands inside brackets opened after {@code from}: {@code （含上年结转3件）}. */
  private static boolean inBrackets(String text, int from, int at) {
    int depth = 0;
    for (int i = from; i < at; i++) {
      char c = text.charAt(i);
      depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
    }
    return depth > 0;
  }

  /** The last figure matched by a cue: its sentence, clause and match. */
  private record Last(int sentence, int clause, Match match) {}

  private Last last;

  /** Stages a matched figure in its field; false if it cannot go there. */
  private boolean accept(Sentence s, int index, Match match, String before, Optional<Scope> scope) {
    Figure f = s.figures().get(index);
    if (match.byCue()
        && !inBrackets(s.text, Clauses.clauseStart(s.text, f.start(), 0), f.start())) {
      last = new Last(s.id, s.clauseIndex(f.start()), match);
    }
    Field<?> field = CaseCues.refine(match.field(), lead(s, index));
    Block block = match.rule().block();
    Optional<ReportingPeriod> cumulated =
        CumulativePeriods.before(s.cumulativeMarks(), s.text, f.start(), reportingYear);
    if (scope.isPresent() || cumulated.isPresent()) {
      // someone else's figure, or several years': an indicator naming the concept, not the block
      Indicators.add(
          s,
          index,
          placements,
          ConceptIndex.at(block.pointer + "/" + field.name()),
          scope,
          cumulated);
      return true;
    }
    if (field.kind() == Kind.ACTIVITY) {
      activities.activity(s, index, block, field);
      return true;
    }
    Object value =
        switch (field.kind()) {
          case RATE -> Rate.builder().percent(f.value()).approximation(f.approximation()).build();
          case MONEY -> money(f);
          default -> f.count();
        };
    Staging.Values values;
    String pointer;
    if (block == Block.RECTIFICATION) {
      ListReader.RectificationDraft list = lists.lastRectification();
      if (list == null) {
        return false;
      }
      values = list.values;
      pointer =
          Block.RECTIFICATION.pointer
              + "/"
              + lists.rectificationLists.indexOf(list)
              + "/"
              + field.name();
    } else {
      values = staging.of(block);
      pointer = block.pointer + "/" + field.name();
    }
    Optional<Staging.Slot> existing = values.stage(field, value, s.section, s.line());
    if (existing.isPresent()) {
      placements.record(
          s,
          index,
          TextFigure.Placement.UNPLACED,
          null,
          pointer
              + " already holds "
              + existing.get().value()
              + " (line "
              + existing.get().line()
              + ")");
      return true;
    }
    if (field.kind() == Kind.RATE) {
      StatementReader.basis(
              s.text, s.text.substring(Clauses.clauseStart(s.text, f.start(), 0), f.start()))
          .ifPresent(stage -> bases.putIfAbsent(field.name(), stage));
    }
    if (block == Block.DELEGATED_POWERS
        && (field.name().equals("cut") || field.name().equals("kept"))
        && before.contains("平均")) {
      perTownshipAverage = true;
    }
    placements.record(s, index, TextFigure.Placement.BLOCK, pointer, null);
    if (f.unit() == null && field.kind() == Kind.COUNT) {
      placements.warn(
          s,
          ImportWarning.Kind.GUESSED_UNIT,
          f.start(),
          "figure "
              + f.written()
              + " has no unit; it is read as the count "
              + pointer
              + " its words name");
    }
    return true;
  }

  /**
   * The words a figure's field may be narrowed by: from its clause's start (or the figure before
   * it) to the end of its window.
   */
  private static String lead(Sentence s, int index) {
    Figure f = s.figures().get(index);
    int from = Clauses.clauseStart(s.text, f.start(), 0);
    if (index > 0) {
      from = Math.max(from, s.figures().get(index - 1).end());
    }
    Clauses.Window window = Clauses.window(s.text, s.figures(), index);
    return s.text.substring(from, f.start()) + s.text.substring(f.end(), window.to());
  }

  private static Money money(Figure f) {
    MoneyUnit unit =
        switch (f.scale()) {
          case TEN_THOUSAND -> MoneyUnit.TEN_THOUSAND_YUAN;
          case HUNDRED_MILLION -> MoneyUnit.HUNDRED_MILLION_YUAN;
          default -> MoneyUnit.YUAN;
        };
    BigDecimal amount = unit == MoneyUnit.YUAN ? f.scale().apply(f.value()) : f.value();
    return ImmutableMoney.builder()
        .amount(amount)
        .unit(unit)
        .approximation(f.approximation())
        .build();
  }
}
