package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ScaleTest {

  // ---- marker(), exponent()

  @ParameterizedTest
  @CsvSource(
      value = {
        "ONE, '', 0",
        "THOUSAND, 千, 3",
        "TEN_THOUSAND, 万, 4",
        "MILLION, 百万, 6",
        "TEN_MILLION, 千万, 7",
        "HUNDRED_MILLION, 亿, 8"
      })
  void markerAndExponent(Scale scale, String marker, int exponent) {
    assertThat(scale.marker()).isEqualTo(marker);
    assertThat(scale.exponent()).isEqualTo(exponent);
  }

  // ---- fromMarker(String)

  @ParameterizedTest
  @EnumSource(Scale.class)
  void fromMarker_readsEveryMarker(Scale scale) {
    assertThat(Scale.fromMarker(scale.marker())).isEqualTo(scale);
  }

  @Test
  void fromMarker_rejectsOtherWords() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Scale.fromMarker("兆"))
        .withMessage("not a scale word: \"兆\"");
  }

  // ---- apply(BigDecimal)

  @ParameterizedTest
  @CsvSource({
    "1.19, TEN_THOUSAND, 11900",
    "1481.6, TEN_THOUSAND, 14816000",
    "1481.60, TEN_THOUSAND, 14816000",
    "0.12345, TEN_THOUSAND, 1234.5",
    "1.2, HUNDRED_MILLION, 120000000",
    "35, ONE, 35",
    "2.5, ONE, 2.5",
    "-7.01, ONE, -7.01",
  })
  void apply_multipliesExactly(String value, Scale scale, String expected) {
    assertThat(scale.apply(new BigDecimal(value))).isEqualTo(new BigDecimal(expected));
  }

  @Test
  void apply_neverGivesANegativeScale() {
    assertThat(Scale.TEN_THOUSAND.apply(new BigDecimal("1481.6")).scale()).isZero();
    assertThat(Scale.ONE.apply(new BigDecimal("1E+3"))).isEqualTo(new BigDecimal("1000"));
  }
}
