package org.fazhi.report.figure;

import java.util.List;
import java.util.Optional;

/**
 * What a stated change is measured against, with the words reports use: the same period of the
 * previous year (同比), the previous year (较上年, the default when a report names none), or the
 * previous period (环比).
 */
public enum ChangeBase {
  /** 同比: the same period of the previous year. */
  SAME_PERIOD_PREVIOUS_YEAR(List.of("同比")),
  /** 较上年, 比上年, 较去年, 比去年, 较上一年: the previous year. */
  PREVIOUS_YEAR(List.of("较上年", "比上年", "较去年", "比去年", "较上一年", "与上年相比")),
  /** 环比: the previous period of the same length (month, quarter). */
  PREVIOUS_PERIOD(List.of("环比")),
  ;

  private final List<String> words;

  ChangeBase(List<String> words) {
    this.words = words;
  }

  /** The canonical words: {@code 同比}, {@code 较上年}, {@code 环比}. */
  public String word() {
    return words.get(0);
  }

  /** Every spelling reports use, canonical first. */
  public List<String> words() {
    return words;
  }

  /** Whether the base is one year before the figure's period: 同比 and 较上年. */
  public boolean isPreviousYear() {
    return this != PREVIOUS_PERIOD;
  }

  /** The base written as {@code words}, if it is one. */
  public static Optional<ChangeBase> fromWords(String words) {
    for (ChangeBase base : values()) {
      if (base.words.contains(words)) {
        return Optional.of(base);
      }
    }
    return Optional.empty();
  }
}
