package org.fazhi.report.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The decimals the rules compute with and show: tame ones only, as plain text. */
class DecimalsTest {
  private static BigDecimal digits(int integer, int fraction) {
    return new BigDecimal("9".repeat(integer) + (fraction > 0 ? "." + "9".repeat(fraction) : ""));
  }

  @Test
  void isTame_upToThirtyIntegerAndThirtyFractionDigits() {
    assertThat(Decimals.isTame(digits(30, 30))).isTrue();
    assertThat(Decimals.isTame(digits(31, 0))).isFalse();
    assertThat(Decimals.isTame(digits(1, 31))).isFalse();
    assertThat(Decimals.isTame(digits(20, 15))).isTrue();
    assertThat(Decimals.isTame(new BigDecimal("1E+29"))).isTrue();
    assertThat(Decimals.isTame(new BigDecimal("1E+30"))).isFalse();
  }

  @Test
  void format_isPlainWhenTame_scientificOtherwise() {
    assertThat(Decimals.format(new BigDecimal("1E-7"))).isEqualTo("0.0000001");
    assertThat(Decimals.format(new BigDecimal("1E+2"))).isEqualTo("100");
    assertThat(Decimals.format(new BigDecimal("1E+40"))).isEqualTo("1E+40");
  }

  @Test
  void stripped_dropsTrailingZerosAfterThePointOnly() {
    assertThat(Decimals.stripped(new BigDecimal("0.10"))).hasToString("0.1");
    assertThat(Decimals.stripped(new BigDecimal("100"))).hasToString("100");
    assertThat(Decimals.stripped(new BigDecimal("100.00"))).hasToString("100");
  }
}
