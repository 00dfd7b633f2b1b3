package org.fazhi.report.statistics;

/**
 * What a breakdown of cases is by, as reports name it: 从被申请人看, 按案件类型, 分领域, 分地区; or a label of the
 * report's own.
 */
public enum BreakdownDimension {
  /** 被申请人, 被告: the body whose act is challenged (县政府, 县直部门, 乡镇). */
  RESPONDENT("被申请人"),
  /** 案件类型, 案由: the kind of act or case (行政处罚类, 信息公开类). */
  CASE_TYPE("案件类型"),
  /** 领域, 行业: the field of administration (市场监管, 自然资源). */
  FIELD("领域"),
  /** 地区, 区域: where (乡镇, 县区). */
  REGION("地区"),
  /** Any other dimension; the breakdown's label says which. */
  OTHER("其他"),
  ;

  private final String chineseName;

  BreakdownDimension(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The name reports use: {@code 被申请人}. */
  public String chineseName() {
    return chineseName;
  }
}
