package org.fazhi.report.figure;

import java.math.BigDecimal;

/** The Chinese scale word written after a number: 1.19万人 is 1.19 at {@link #TEN_THOUSAND}. */
public enum Scale {
  /** No scale word. */
  ONE("", 0),
  /** 千, a thousand. */
  THOUSAND("千", 3),
  /** 万, ten thousand. */
  TEN_THOUSAND("万", 4),
  /** 百万, a million. */
  MILLION("百万", 6),
  /** 千万, ten million. */
  TEN_MILLION("千万", 7),
  /** 亿, a hundred million. */
  HUNDRED_MILLION("亿", 8),
  ;

  private final String marker;
  private final int exponent;

  Scale(String marker, int exponent) {
    this.marker = marker;
    this.exponent = exponent;
  }

  /** The scale word as written ({@code "万"}); empty for {@link #ONE}. */
  public String marker() {
    return marker;
  }

  /** The power of ten this scale multiplies by (4 for 万). */
  public int exponent() {
    return exponent;
  }

  /**
   * Multiplies {@code value} by this scale, exactly: 1.19 at 万 is 11900, with the digits after the
   * point that remain (0.12345 at 万 is 1234.5) and none fewer than zero (1481.6 at 万 is 14816000,
   * not 1.4816E+7).
   */
  public BigDecimal apply(BigDecimal value) {
    BigDecimal scaled = value.scaleByPowerOfTen(exponent);
    return scaled.scale() < 0 ? scaled.setScale(0) : scaled;
  }

  /** The scale written as {@code marker}; fails for a word that is no scale. */
  public static Scale fromMarker(String marker) {
    for (Scale scale : values()) {
      if (scale.marker.equals(marker)) {
        return scale;
      }
    }
    throw new IllegalArgumentException("not a scale word: \"" + marker + "\"");
  }
}
