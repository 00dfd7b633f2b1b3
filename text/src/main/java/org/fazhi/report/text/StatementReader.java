package org.fazhi.report.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.CaseStage;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.Cues.BlockRule;
import org.fazhi.report.text.Cues.Field;
import org.fazhi.report.text.Cues.Kind;

/**
 * Reads the clauses without figures: statements ({@code 生效裁判均已履行}) and zeros in their many forms —
 * {@code 未发生行政复议案件}, {@code 实现行政应诉零败诉}, {@code 全年无行政机关败诉案件发生}, {@code 没有败诉案件}, {@code 败诉案件为零} —
 * each a count of 0 in the field it names. A zero needs a block and a field the clause names; a
 * bare {@code 无} or {@code 没有} without them says nothing.
 */
final class StatementReader {
  private static final String ZERO_AFTER = "为零";
  private static final Pattern SHARE_OF =
      Pattern.compile("占(?:全年|全部|同期)?(?:行政复议)?(收到|受理|审结|办结|结案|办理|新收)");

  private final Staging staging;
  private final Placements placements;

  StatementReader(Staging staging, Placements placements) {
    this.staging = staging;
    this.placements = placements;
  }

  /** Reads every clause of {@code s} that holds no figure, under its clause's topic. */
  void read(Sentence s, Topics.ClauseTopic[] clauseTopics) {
    for (int c = 0; c < s.clauses.size(); c++) {
      Clauses.Clause span = s.clauses.get(c);
      String clause = s.text.substring(span.start(), span.end()).strip();
      if (clause.isEmpty() || s.hasFigure(span.start(), span.end())) {
        continue;
      }
      Block topic = clauseTopics[c].topic();
      int at = span.start() + s.text.substring(span.start(), span.end()).indexOf(clause);
      zero(s, topic, clause, at);
      if (topic != null) {
        for (String cue : Cues.rule(topic).statementCues()) {
          if (clause.contains(cue) && clause.contains("履行")) {
            staging.statement(topic, clause, s.section);
          }
        }
      }
    }
  }

  private void zero(Sentence s, Block topic, String clause, int at) {
    for (String marker : Cues.ZERO_MARKERS) {
      int m = clause.indexOf(marker);
      if (m < 0) {
        continue;
      }
      boolean after = marker.equals(ZERO_AFTER);
      String subject = after ? clause.substring(0, m) : clause.substring(m + marker.length());
      List<Block> named = new ArrayList<>();
      for (Topics.Hit hit : Topics.hits(subject, new boolean[subject.length()])) {
        if (!named.contains(hit.block())) {
          named.add(hit.block());
        }
      }
      boolean bare = marker.equals("无") || marker.equals("没有");
      if (named.isEmpty() && topic != null) {
        // 没有上年结转案件, 上年无结转案件: a field of the clause's topic, right after the marker
        int[] where = new int[1];
        Field<?> field = zeroField(Cues.rule(topic), subject, after, where);
        if (field != null
            && (where[0] == 0 || subject.contains("发生") || !bare && !marker.equals("零"))) {
          stageZero(s, topic, field, clause, subject, marker, after, at + m);
          return;
        }
        continue;
      }
      if (named.isEmpty() || bare && !subject.contains("发生") && !startsWithKeyword(subject)) {
        continue;
      }
      boolean any = false;
      for (Block block : after ? List.of(named.get(named.size() - 1)) : named) {
        BlockRule<?> rule = Cues.rule(block);
        int[] where = new int[1];
        Field<?> field = zeroField(rule, subject, after, where);
        if (marker.equals("零") && (field == null || where[0] != 0)) {
          continue;
        }
        if (field == null || named.size() > 1 && !after) {
          if (!endsWithTopic(subject)) {
            continue; // 未发生因矛盾纠纷激化引发的命案: the zero is of something else
          }
          field = rule.zeroField();
        }
        if (field != null) {
          stageZero(s, block, field, clause, subject, marker, after, at + m);
          any = true;
        }
      }
      if (any) {
        return;
      }
    }
  }

  private void stageZero(
      Sentence s,
      Block block,
      Field<?> field,
      String clause,
      String subject,
      String marker,
      boolean after,
      int at) {
    field = CaseCues.refine(field, subject);
    Object zero = field.kind() == Kind.RATE ? Rate.of(BigDecimal.ZERO) : Count.zero();
    Staging.Values values = staging.of(block);
    if (!values.has(field)) {
      values.stage(field, zero, s.section, s.line());
      staging.statement(block, clause, s.section);
      placements.recordFact(
          s,
          after ? subject + marker : marker + subject,
          Quantity.builder().value(BigDecimal.ZERO).build(),
          at,
          block.pointer + "/" + field.name());
    }
  }

  private static final Pattern TOPIC_END =
      Pattern.compile("(?:案件|申请|事项|纠纷)?(?:的)?(?:情况|现象)?(?:发生)?[。！!]?$");

  /** Whether {@code subject} ends with a topic word (and 案件, 发生, …): what the zero is of. */
  private static boolean endsWithTopic(String subject) {
    List<Topics.Hit> hits = Topics.hits(subject, new boolean[subject.length()]);
    if (hits.isEmpty()) {
      return false;
    }
    int end = hits.get(hits.size() - 1).end();
    return TOPIC_END.matcher(subject).region(end, subject.length()).matches();
  }

  /**
   * The count or rate field whose cue {@code subject} names, nearest the marker; its distance in
   * {@code where}.
   */
  private static Field<?> zeroField(
      BlockRule<?> rule, String subject, boolean fromEnd, int[] where) {
    Field<?> field = null;
    int best = Integer.MAX_VALUE;
    int bestLength = 0;
    for (Field<?> candidate : rule.fields()) {
      if (candidate.kind() != Kind.COUNT && !(candidate.kind() == Kind.RATE && fromEnd)) {
        continue;
      }
      for (String cue : candidate.cues()) {
        int c = fromEnd ? subject.lastIndexOf(cue) : subject.indexOf(cue);
        int distance = fromEnd ? subject.length() - (c + cue.length()) : c;
        boolean keyword = rule.keywords().stream().anyMatch(k -> k.contains(cue));
        if (c >= 0
            && !keyword
            && !cue.equals("案件")
            && (distance < best || distance == best && cue.length() > bestLength)) {
          best = distance;
          bestLength = cue.length();
          field = candidate;
        }
      }
    }
    where[0] = best;
    return field;
  }

  private static boolean startsWithKeyword(String text) {
    for (Cues.BlockRule<?> rule : Cues.RULES) {
      for (String keyword : rule.keywords()) {
        if (text.startsWith(keyword)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The stage a rate is computed over, where the text says so: {@code （按审结案件计算）} anywhere in the
   * sentence, or {@code 占受理案件的…} in the words before the rate.
   */
  static Optional<CaseStage> basis(String sentence, String before) {
    Matcher share = SHARE_OF.matcher(before);
    String word = null;
    while (share.find()) {
      word = share.group(1);
    }
    if (word == null) {
      Matcher m = Patterns.RATE_BASIS.matcher(sentence);
      if (m.find()) {
        word = m.group(1);
      }
    }
    if (word == null) {
      return Optional.empty();
    }
    return Optional.of(
        switch (word) {
          case "受理" -> CaseStage.ACCEPTED;
          case "收到", "收案", "申请", "新收" -> CaseStage.RECEIVED;
          case "办理" -> CaseStage.HANDLED;
          default -> CaseStage.CLOSED;
        });
  }
}
