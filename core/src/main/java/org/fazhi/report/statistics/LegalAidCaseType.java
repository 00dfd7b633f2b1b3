package org.fazhi.report.statistics;

/** The kind of case legal aid was given in, as reports count them. */
public enum LegalAidCaseType {
  /** 刑事案件. */
  CRIMINAL("刑事"),
  /** 民事案件 (including family and labour cases). */
  CIVIL("民事"),
  /** 行政案件. */
  ADMINISTRATIVE("行政"),
  /** 其他: non-litigation, arbitration, state compensation, … */
  OTHER("其他"),
  ;

  private final String chineseName;

  LegalAidCaseType(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The name as reports write it: {@code 刑事}. */
  public String chineseName() {
    return chineseName;
  }
}
