package org.fazhi.report.figure;

/**
 * Whose figure a scoped figure is, when it is not the issuer's own: the whole country, a province,
 * a city, a county, a township, a higher authority (a city justice bureau), or another body.
 */
public enum ScopeLevel {
  /** 全国. */
  NATIONAL("全国"),
  /** 全省, 全区 of an autonomous region. */
  PROVINCE("全省"),
  /** 全市, 全州, 全盟: a prefecture-level division. */
  PREFECTURE("全市"),
  /** 全县, 全旗, 全区 of a district. */
  COUNTY("全县"),
  /** 全镇, 全乡, 全街道. */
  TOWNSHIP("全镇"),
  /** A higher authority's own figure: 市司法局, 省司法厅. */
  AUTHORITY("上级机关"),
  /** Any other body. */
  OTHER("其他"),
  ;

  private final String word;

  ScopeLevel(String word) {
    this.word = word;
  }

  /** The word reports use for a figure of this scope: {@code 全省}. */
  public String word() {
    return word;
  }
}
