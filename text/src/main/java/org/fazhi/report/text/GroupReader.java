package org.fazhi.report.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fazhi.report.statistics.OutcomeGroup;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.fazhi.report.text.Cues.Block;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Reads reconsideration decisions published as one count: two or more decision kinds joined by
 * {@code 、}, {@code 和} or {@code 及}, perhaps {@code 等} (the list is open) and a name ({@code
 * 纠错决定}), then one count — {@code 作出撤销、变更、确认违法等纠错决定14件}. Kinds each with its own figure ({@code
 * 维持28件、撤销6件}) are no group.
 */
final class GroupReader {
  private static final Map<String, ReconsiderationDecision> KINDS = kinds();
  private static final String KIND = alternatives();
  private static final Pattern GROUP =
      Pattern.compile(
          "("
              + KIND
              + ")((?:\\s*(?:、|和|及|与|或)\\s*(?:"
              + KIND
              + "))+)(等)?([^\\d\uFF0C,。；;、（()\uFF09]{0,10}?)$");
  private static final Pattern ONE = Pattern.compile(KIND);

  final List<OutcomeGroup> groups = new ArrayList<>();
  private final Placements placements;

  GroupReader(Placements placements) {
    this.placements = placements;
  }

  private static Map<String, ReconsiderationDecision> kinds() {
    Map<String, ReconsiderationDecision> kinds = new LinkedHashMap<>();
    kinds.put("责令重新作出", ReconsiderationDecision.ORDERED_TO_REDO);
    kinds.put("责令重作", ReconsiderationDecision.ORDERED_TO_REDO);
    kinds.put("责令履行", ReconsiderationDecision.ORDERED_TO_PERFORM);
    kinds.put("确认违法", ReconsiderationDecision.CONFIRMED_UNLAWFUL);
    kinds.put("确认无效", ReconsiderationDecision.CONFIRMED_VOID);
    kinds.put("驳回复议请求", ReconsiderationDecision.REQUEST_REJECTED);
    kinds.put("驳回行政复议请求", ReconsiderationDecision.REQUEST_REJECTED);
    kinds.put("驳回请求", ReconsiderationDecision.REQUEST_REJECTED);
    kinds.put("驳回申请", ReconsiderationDecision.APPLICATION_REJECTED);
    kinds.put("驳回复议申请", ReconsiderationDecision.APPLICATION_REJECTED);
    kinds.put("撤销", ReconsiderationDecision.REVOKED);
    kinds.put("变更", ReconsiderationDecision.CHANGED);
    kinds.put("维持", ReconsiderationDecision.UPHELD);
    kinds.put("调解", ReconsiderationDecision.MEDIATED);
    kinds.put("和解", ReconsiderationDecision.SETTLED);
    kinds.put("撤回", ReconsiderationDecision.WITHDRAWN);
    kinds.put("终止", ReconsiderationDecision.TERMINATED);
    return kinds;
  }

  private static String alternatives() {
    return String.join("|", KINDS.keySet());
  }

  /** Reads the groups of a sentence on reconsideration, claiming their counts. */
  void read(Sentence s, Topics.ClauseTopic[] topics) {
    for (int i = 0; i < s.figures().size(); i++) {
      Figure f = s.figures().get(i);
      int clause = s.clauseIndex(f.start());
      if (s.claimed[i]
          || f.isPercent()
          || f.wholeNumber() < 0
          || !Topics.blocksNamed(topics[clause], null).contains(Block.RECONSIDERATION)) {
        continue;
      }
      int from = Math.max(s.clauses.get(clause).start(), i == 0 ? 0 : s.figures().get(i - 1).end());
      Matcher m = GROUP.matcher(s.text.substring(from, f.start()));
      if (!m.find()) {
        continue;
      }
      OutcomeGroup.Builder group = OutcomeGroup.builder().count(f.count()).open(m.group(3) != null);
      Matcher kind = ONE.matcher(m.group(1) + m.group(2));
      while (kind.find()) {
        group.addKinds(KINDS.get(kind.group()));
      }
      String label = m.group(4).strip().replaceFirst("^(?:的|类)", "");
      if (!label.isEmpty()) {
        group.label(label);
      }
      groups.add(group.build());
      placements.record(
          s,
          i,
          TextFigure.Placement.BLOCK,
          Block.RECONSIDERATION.pointer + "/outcomeGroups/" + (groups.size() - 1) + "/count",
          null);
    }
  }
}
