package org.fazhi.report.text;

import org.fazhi.report.text.Cues.BlockRule;
import org.fazhi.report.text.Cues.Field;
import org.fazhi.report.text.Cues.Side;
import org.fazhi.report.text.FigureScanner.Figure;

/**
 * Which field of a block a figure is: the nearest cue of a field compatible with the figure (by
 * kind and unit) before the figure, else after it; on equal distance the longer cue. A cue inside a
 * longer topic word of the block ({@code 服务} in {@code 公共法律服务}) names nothing. Without a cue, the
 * block's default field, if its topic word stands right before the figure ({@code 行政诉讼案件5件}).
 */
final class CueMatcher {
  private CueMatcher() {}

  /**
   * A field a figure was matched to, by {@code cue}; {@code byCue} is false for a block's default
   * field.
   */
  record Match(BlockRule<?> rule, Field<?> field, boolean byCue, String cue) {

    Match(BlockRule<?> rule, Field<?> field, boolean byCue) {
      this(rule, field, byCue, "");
    }
  }

  /**
   * Matches the figure {@code f} against {@code rule}: {@code before} are the words of its window
   * before it (starting at {@code beforeAt} of {@code text}), {@code after} those after it
   * (starting at {@code afterAt}).
   */
  static Match match(
      Figure f,
      String before,
      String after,
      BlockRule<?> rule,
      String text,
      int beforeAt,
      int afterAt) {
    Field<?> best = null;
    String bestCue = "";
    int bestDistance = Integer.MAX_VALUE;
    int bestLength = 0;
    boolean bestBefore = false;
    for (Field<?> field : rule.fields()) {
      if (!compatible(f, field)) {
        continue;
      }
      for (String cue : field.cues()) {
        if (field.side() != Side.AFTER) {
          int at = before.lastIndexOf(cue);
          while (at >= 0 && insideLongerKeyword(beforeAt + at, cue, rule, text)) {
            at = at == 0 ? -1 : before.lastIndexOf(cue, at - 1);
          }
          if (at >= 0) {
            int distance = before.length() - (at + cue.length());
            if (!bestBefore
                || distance < bestDistance
                || (distance == bestDistance && cue.length() > bestLength)) {
              best = field;
              bestCue = cue;
              bestDistance = distance;
              bestLength = cue.length();
              bestBefore = true;
            }
          }
        }
        if (field.side() != Side.BEFORE && !bestBefore) {
          int at = after.indexOf(cue);
          while (at >= 0 && insideLongerKeyword(afterAt + at, cue, rule, text)) {
            at = after.indexOf(cue, at + 1);
          }
          if (at >= 0 && (at < bestDistance || (at == bestDistance && cue.length() > bestLength))) {
            best = field;
            bestCue = cue;
            bestDistance = at;
            bestLength = cue.length();
          }
        }
      }
    }
    if (best != null) {
      return new Match(rule, best, true, bestCue);
    }
    Field<?> fallback = rule.defaultCount();
    if (fallback != null && compatible(f, fallback)) {
      for (String keyword : rule.keywords()) {
        int k = before.lastIndexOf(keyword);
        if (k >= 0 && Cues.DEFAULT_GAP.matcher(before.substring(k + keyword.length())).matches()) {
          return new Match(rule, fallback, false);
        }
      }
    }
    return null;
  }

  /**
   * The field whose cue ends nearest the end of {@code words}, at most two characters before it
   * ({@code 受理量} names {@code accepted}); on equal distance the longer cue.
   */
  static java.util.Optional<Field<?>> fieldNamedBy(String words, BlockRule<?> rule) {
    Field<?> best = null;
    int bestDistance = 3;
    int bestLength = 0;
    for (Field<?> field : rule.fields()) {
      if (field.kind() == Cues.Kind.ACTIVITY) {
        continue;
      }
      for (String cue : field.cues()) {
        int at = words.lastIndexOf(cue);
        if (at < 0) {
          continue;
        }
        int distance = words.length() - (at + cue.length());
        if (distance < bestDistance || (distance == bestDistance && cue.length() > bestLength)) {
          best = field;
          bestDistance = distance;
          bestLength = cue.length();
        }
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /** The field of {@code rule} compatible with {@code f} that {@code cue} names, if any. */
  static java.util.Optional<Field<?>> fieldWithCue(Figure f, BlockRule<?> rule, String cue) {
    for (Field<?> field : rule.fields()) {
      if (field.cues().contains(cue) && compatible(f, field)) {
        return java.util.Optional.of(field);
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether the cue at {@code at} lies inside a topic word of the block longer than itself. */
  private static boolean insideLongerKeyword(int at, String cue, BlockRule<?> rule, String text) {
    for (String keyword : rule.keywords()) {
      if (keyword.length() > cue.length()) {
        for (int k = Math.max(0, at - keyword.length() + cue.length()); k <= at; k++) {
          if (text.startsWith(keyword, k) && k + keyword.length() >= at + cue.length()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the figure can be a value of the field: a percent for a rate, 元 for money, a counting
   * unit else.
   */
  static boolean compatible(Figure f, Field<?> field) {
    String unit = f.unit() == null ? "" : f.unit();
    return switch (field.kind()) {
      case RATE -> f.isPercent();
      case MONEY -> unit.equals("元");
      case DAYS -> f.wholeNumber() >= 0 && Cues.DAY_UNITS.contains(unit);
      case ACTIVITY ->
          f.wholeNumber() >= 0
              && (Cues.HOUR_UNITS.contains(unit)
                  || Cues.SESSION_UNITS.contains(unit)
                  || Cues.ATTENDEE_UNITS.contains(unit));
      case COUNT ->
          (field.units().isEmpty() ? Cues.COUNT_UNITS : field.units()).contains(unit)
              && f.wholeNumber() >= 0;
    };
  }
}
