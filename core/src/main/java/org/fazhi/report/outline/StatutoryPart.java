package org.fazhi.report.outline;

/**
 * The parts a report must contain under 《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号), in their statutory
 * order, plus the suggestions to the level above that many reports add.
 */
public enum StatutoryPart {
  /** 主要举措和成效: main measures and results of the year. */
  MEASURES_AND_RESULTS("主要举措和成效"),
  /** 存在的不足和原因: shortcomings and their causes. */
  SHORTCOMINGS("存在的不足和原因"),
  /** 党政主要负责人履行推进法治建设第一责任人职责情况: how the principal leaders performed their duty. */
  LEADERS_DUTIES("党政主要负责人履行推进法治建设第一责任人职责情况"),
  /** 下一年度主要安排: main arrangements for the next year. */
  NEXT_YEAR_ARRANGEMENTS("下一年度主要安排"),
  /** 其他需要报告的情况: other matters to report. */
  OTHER_MATTERS("其他需要报告的情况"),
  /** 意见、建议: suggestions to the level above; not required by the regulation. */
  SUGGESTIONS("意见、建议"),
  ;

  private final String title;

  StatutoryPart(String title) {
    this.title = title;
  }

  /** The part's name in the regulation. */
  public String title() {
    return title;
  }

  /** Whether the regulation requires the part (all but {@link #SUGGESTIONS}). */
  public boolean isRequired() {
    return this != SUGGESTIONS;
  }
}
