package org.fazhi.report.figure;

import java.math.BigDecimal;

/** The unit of an amount of money as written: 元, 万元, 亿元. */
public enum MoneyUnit {
  /** 元. */
  YUAN("元", Scale.ONE),
  /** 万元, ten thousand yuan. */
  TEN_THOUSAND_YUAN("万元", Scale.TEN_THOUSAND),
  /** 亿元, a hundred million yuan. */
  HUNDRED_MILLION_YUAN("亿元", Scale.HUNDRED_MILLION),
  ;

  private final String symbol;
  private final Scale scale;

  MoneyUnit(String symbol, Scale scale) {
    this.symbol = symbol;
    this.scale = scale;
  }

  /** The unit as written: {@code "万元"}. */
  public String symbol() {
    return symbol;
  }

  /** The scale the unit puts on 元. */
  public Scale scale() {
    return scale;
  }

  /** Converts {@code amount} in this unit to 元, exactly. */
  public BigDecimal toYuan(BigDecimal amount) {
    return scale.apply(amount);
  }
}
