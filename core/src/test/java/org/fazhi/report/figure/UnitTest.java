package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

  // ---- of(String), parse(CharSequence)

  @ParameterizedTest
  @ValueSource(strings = {"件", "人次", "学时", "公里", "%", "个百分点", "元", "件套", "km"})
  void of_acceptsAnyWordWithoutDigits(String symbol) {
    Unit unit = Unit.of(symbol);
    assertThat(unit.getSymbol()).isEqualTo(symbol);
    assertThat(Unit.parse(symbol)).isEqualTo(unit);
  }

  @Test
  void of_rejectsEmpty() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Unit.of(""))
        .withMessage("a unit must not be blank: \"\"");
  }

  @Test
  void of_rejectsWhiteSpace() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Unit.of("\u3000"))
        .withMessage("a unit must not be blank: \"\u3000\"");
  }

  @Test
  void of_rejectsAsciiDigit() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Unit.of("3件"))
        .withMessage("a unit holds no digits: \"3件\"");
  }

  @Test
  void of_rejectsFullWidthDigit() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Unit.of("件\uFF13"))
        .withMessage("a unit holds no digits: \"件\uFF13\"");
  }

  // ---- constants, toString(), equals()

  @Test
  void constants() {
    assertThat(Unit.PERCENT).isEqualTo(Unit.of("%"));
    assertThat(Unit.PERCENTAGE_POINT).isEqualTo(Unit.of("个百分点"));
    assertThat(Unit.YUAN).isEqualTo(Unit.of("元"));
  }

  @Test
  void toString_isTheSymbol() {
    assertThat(Unit.of("人次")).hasToString("人次");
  }

  @Test
  void equals_bySymbol() {
    assertThat(Unit.of("件")).isEqualTo(Unit.of("件")).hasSameHashCodeAs(Unit.of("件"));
    assertThat(Unit.of("件")).isNotEqualTo(Unit.of("件次"));
  }
}
