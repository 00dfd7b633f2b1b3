package org.fazhi.report.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The whole-number ranges of the count rules: a null end is unbounded. */
class BoundsTest {
  private static Bounds between(Integer lo, Integer hi) {
    return Bounds.between(
        lo == null ? null : BigInteger.valueOf(lo), hi == null ? null : BigInteger.valueOf(hi));
  }

  @Test
  void minus_givesEveryDifference_boundedWhereBothEndsAre() {
    assertThat(between(10, 20).minus(between(2, 3))).hasToString("[7, 18]");
    assertThat(between(10, null).minus(between(2, 3))).hasToString("[7, inf]");
    assertThat(between(null, 20).minus(between(2, 3))).hasToString("[-inf, 18]");
    assertThat(between(10, 20).minus(between(2, null))).hasToString("[-inf, 18]");
    assertThat(between(10, 20).minus(between(null, 3))).hasToString("[7, inf]");
  }

  @Test
  void plus_addsTheEnds_boundedWhereBothAre() {
    assertThat(between(10, 20).plus(between(2, 3))).hasToString("[12, 23]");
    assertThat(between(10, null).plus(between(2, 3))).hasToString("[12, inf]");
    assertThat(between(null, 20).plus(between(2, 3))).hasToString("[-inf, 23]");
  }
}
