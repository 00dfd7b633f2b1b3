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
