package org.fazhi.report.emergency;

/** The emergency response level activated (应急响应), from Ⅰ (most severe) to Ⅳ. */
public enum ResponseLevel {
  /** Ⅰ级. */
  LEVEL_I("Ⅰ"),
  /** Ⅱ级. */
  LEVEL_II("Ⅱ"),
  /** Ⅲ级. */
  LEVEL_III("Ⅲ"),
  /** Ⅳ级. */
  LEVEL_IV("Ⅳ"),
  ;

  private final String numeral;

  ResponseLevel(String numeral) {
    this.numeral = numeral;
  }

  /** The Roman numeral as reports write it: {@code Ⅳ}. */
  public String numeral() {
    return numeral;
  }
}
