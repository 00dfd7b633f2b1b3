package org.fazhi.report.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decimal ranges the rules over facts compute with: a null end is unbounded. */
class RangeTest {
  private static final Range ONE_TO_FIVE = range("1", "5");
  private static final Range FROM_ONE = range("1", null);
  private static final Range UP_TO_FIVE = range(null, "5");

  private static Range range(String lo, String hi) {
    return new Range(
        lo == null ? null : new BigDecimal(lo), hi == null ? null : new BigDecimal(hi));
  }

  private static void assertRange(Range actual, String lo, String hi) {
    if (lo == null) {
      assertThat(actual.lo()).isNull();
    } else {
      assertThat(actual.lo()).isEqualByComparingTo(lo);
    }
    if (hi == null) {
      assertThat(actual.hi()).isNull();
    } else {
      assertThat(actual.hi()).isEqualByComparingTo(hi);
    }
  }

  @Test
  void minus_givesEveryDifference_boundedWhereBothEndsAre() {
    assertRange(ONE_TO_FIVE.minus(range("2", "3")), "-2", "3");
    assertRange(FROM_ONE.minus(range("2", "3")), "-2", null);
    assertRange(UP_TO_FIVE.minus(range("2", "3")), null, "3");
    assertRange(ONE_TO_FIVE.minus(range("2", null)), null, "3");
    assertRange(ONE_TO_FIVE.minus(range(null, "3")), "-2", null);
  }

  @Test
  void negate_swapsAndNegatesTheEnds() {
    assertRange(ONE_TO_FIVE.negate(), "-5", "-1");
    assertRange(FROM_ONE.negate(), null, "-1");
    assertRange(UP_TO_FIVE.negate(), "-5", null);
  }

  @Test
  void percentChangeFrom_aBaseAboveZero_isTheRangeOfPercents() {
    Optional<Range> change = range("11", "12").percentChangeFrom(range("10", "10"));

    assertThat(change).isPresent();
    assertRange(change.get(), "10", "20");
  }

  @Test
  void percentChangeFrom_zero_isMinusAHundredPercent() {
    Optional<Range> change = range("0", "0").percentChangeFrom(range("10", "10"));

    assertThat(change).isPresent();
    assertRange(change.get(), "-100", "-100");
  }

  @Test
  void percentChangeFrom_aBaseThatMayBeZero_orANegativeValue_isEmpty() {
    assertThat(range("5", "5").percentChangeFrom(range("0", "10"))).isEmpty();
    assertThat(range("-1", "5").percentChangeFrom(range("10", "10"))).isEmpty();
  }

  @Test
  void text_isOneNumberForAnExactRange_elseItsEnds() {
    assertThat(range("5", "5").text()).isEqualTo("5");
    assertThat(range("1", "2").text()).isEqualTo("1~2");
    assertThat(FROM_ONE.text()).isEqualTo("1~∞");
    assertThat(UP_TO_FIVE.text()).isEqualTo("−∞~5");
  }

  @Test
  void disjoint_holdsOnlyWhenNoValueIsInBoth() {
    assertThat(ONE_TO_FIVE.disjoint(range("6", "7"))).isTrue();
    assertThat(ONE_TO_FIVE.disjoint(range("-1", "0"))).isTrue();
    assertThat(ONE_TO_FIVE.disjoint(range("5", "7"))).isFalse();
    assertThat(ONE_TO_FIVE.disjoint(range("0", "1"))).isFalse();
    assertThat(FROM_ONE.disjoint(UP_TO_FIVE)).isFalse();
  }
}
