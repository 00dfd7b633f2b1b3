package org.fazhi.report.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.report.outline.StatutoryPart;

/**
 * Maps section headings to the statutory parts they clearly name. The cues are checked in order, so
 * that {@code 本年度党政主要负责人履行推进法治建设第一责任人职责情况} is the leaders' duties and not results ({@code 情况}), and
 * {@code 对全市加强法治政府建设的意见、建议} suggestions. A heading that names none — an overview ({@code 总体情况}), a
 * slogan — maps to none.
 */
final class StatutoryParts {
  private StatutoryParts() {}

  private record Cue(StatutoryPart part, List<String> words) {}

  private static final List<String> OVERVIEW = List.of("总体情况", "基本情况", "总体概况", "概述");

  private static final List<Cue> CUES =
      List.of(
          new Cue(StatutoryPart.LEADERS_DUTIES, List.of("第一责任人", "主要负责人履行", "履行推进法治建设")),
          new Cue(StatutoryPart.SUGGESTIONS, List.of("意见建议", "意见、建议", "建议")),
          new Cue(StatutoryPart.OTHER_MATTERS, List.of("其他", "其它")),
          new Cue(
              StatutoryPart.NEXT_YEAR_ARRANGEMENTS,
              List.of(
                  "下一年度", "下一年", "下一步", "下步", "明年", "工作打算", "工作安排", "工作计划", "工作思路", "努力方向",
                  "主要安排")),
          new Cue(StatutoryPart.SHORTCOMINGS, List.of("不足", "问题", "差距", "短板", "薄弱")),
          new Cue(
              StatutoryPart.MEASURES_AND_RESULTS,
              List.of(
                  "成效", "举措", "主要工作", "开展情况", "工作情况", "主要做法", "成绩", "进展", "工作开展", "推进情况", "建设情况")));

  /**
   * The part {@code heading} names, if it clearly names one; {@code nextYear} is the year after the
   * reporting year ({@code 2025年工作安排}).
   */
  static Optional<StatutoryPart> of(String heading, int nextYear) {
    for (String word : OVERVIEW) {
      if (heading.contains(word)) {
        return Optional.empty();
      }
    }
    if (heading.contains(nextYear + "年")) {
      return Optional.of(StatutoryPart.NEXT_YEAR_ARRANGEMENTS);
    }
    for (Cue cue : CUES) {
      for (String word : cue.words()) {
        if (heading.contains(word)) {
          return Optional.of(cue.part());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Sets the part of each top-level section that names one, each part once (the first heading that
   * names it); the leaders' duties may also be a second-level section, as in reports that put them
   * under the year's work.
   */
  static void assign(List<OutlineParser.Node> roots, int reportingYear) {
    Set<StatutoryPart> seen = EnumSet.noneOf(StatutoryPart.class);
    for (OutlineParser.Node node : roots) {
      if (node.heading != null) {
        of(node.heading, reportingYear + 1).filter(seen::add).ifPresent(part -> node.part = part);
      }
    }
    if (!seen.contains(StatutoryPart.LEADERS_DUTIES)) {
      for (OutlineParser.Node node : roots) {
        for (OutlineParser.Node child : node.children) {
          if (child.heading != null
              && !child.level.equals("RUN_IN")
              && of(child.heading, reportingYear + 1).orElse(null)
                  == StatutoryPart.LEADERS_DUTIES) {
            child.part = StatutoryPart.LEADERS_DUTIES;
            return;
          }
        }
      }
    }
  }
}
