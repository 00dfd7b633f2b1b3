package org.fazhi.report.figure;

import java.util.List;
import java.util.Optional;

/** Which way a figure moved against its base period, with the words reports use for each way. */
public enum ChangeDirection {
  /** 增长, 增加, 上升, 提高, 提升, 增多. */
  INCREASE(List.of("增长", "增加", "上升", "提高", "提升", "增多")),
  /** 下降, 减少, 降低, 回落, 下滑. */
  DECREASE(List.of("下降", "减少", "降低", "回落", "下滑")),
  /** 持平: no change. */
  UNCHANGED(List.of("持平")),
  ;

  private final List<String> words;

  ChangeDirection(List<String> words) {
    this.words = words;
  }

  /** The canonical word: {@code 增长}, {@code 下降}, {@code 持平}. */
  public String word() {
    return words.get(0);
  }

  /**
   * The word reports use for a change of this direction by an amount of {@code kind}: 增加/减少 for a
   * difference in the figure's unit (增加7件), 提高/降低 for percentage points (提高2.5个百分点), 增长/下降 for a
   * percent of the base value (增长12.5%); 持平 for no change.
   */
  public String word(Change.Kind kind) {
    if (this == UNCHANGED) {
      return word();
    }
    boolean up = this == INCREASE;
    return switch (kind) {
      case ABSOLUTE -> up ? "增加" : "减少";
      case PERCENTAGE_POINTS -> up ? "提高" : "降低";
      case RELATIVE -> up ? "增长" : "下降";
    };
  }

  /** Every word reports use for this direction, canonical first. */
  public List<String> words() {
    return words;
  }

  /** The direction written as {@code word}, if it is one. */
  public static Optional<ChangeDirection> fromWord(String word) {
    for (ChangeDirection direction : values()) {
      if (direction.words.contains(word)) {
        return Optional.of(direction);
      }
    }
    return Optional.empty();
  }
}
