package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityTest {

  // ---- of(...), builder()

  @Test
  void of_isExactWithoutScale() {
    Quantity quantity = Quantity.of("237", "项");
    assertThat(quantity.getValue()).isEqualTo(new BigDecimal("237"));
    assertThat(quantity.getUnit()).contains(Unit.of("项"));
    assertThat(quantity.getScale()).isEqualTo(Scale.ONE);
    assertThat(quantity.getApproximation()).isEqualTo(Approximation.EXACT);
    assertThat(quantity.isExact()).isTrue();
  }

  @Test
  void of_bigDecimalAndUnit() {
    assertThat(Quantity.of(new BigDecimal("13"), Unit.of("公里"))).isEqualTo(Quantity.of("13", "公里"));
  }

  @Test
  void builder_unitIsOptional() {
    Quantity quantity = Quantity.builder().value(new BigDecimal("3.9")).build();
    assertThat(quantity.getUnit()).isEmpty();
    assertThat(quantity).hasToString("3.9");
  }

  @Test
  void builder_keepsTheDigitsWritten() {
    Quantity written = Quantity.builder().value(new BigDecimal("1481.60")).build();
    assertThat(written.getValue().scale()).isEqualTo(2);
    assertThat(written).isNotEqualTo(Quantity.builder().value(new BigDecimal("1481.6")).build());
  }

  @Test
  void builder_holdsANegativeScaleAsPlainDigits() {
    Quantity stripped =
        Quantity.builder().value(new BigDecimal("1000").stripTrailingZeros()).build();
    assertThat(stripped.getValue()).isEqualTo(new BigDecimal("1000"));
    assertThat(stripped).isEqualTo(Quantity.builder().value(new BigDecimal("1000")).build());
  }

  @Test
  void builder_acceptsANegativeValue() {
    assertThat(Quantity.parse("-7.01个百分点").getValue()).isEqualTo(new BigDecimal("-7.01"));
  }

  @Test
  void builder_requiresValue() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Quantity.builder().build())
        .withMessage("Cannot build Quantity, some of required attributes are not set [value]");
  }

  // ---- parse(CharSequence)

  @ParameterizedTest
  @CsvSource({
    "700余件, 700, ONE, 件, MORE_THAN",
    "22000余件, 22000, ONE, 件, MORE_THAN",
    "300多公里, 300, ONE, 公里, MORE_THAN",
    "1.19万人, 1.19, TEN_THOUSAND, 人, EXACT",
    "15万余件, 15, TEN_THOUSAND, 件, MORE_THAN",
    "15余万件, 15, TEN_THOUSAND, 件, MORE_THAN",
    "300余万元, 300, TEN_THOUSAND, 元, MORE_THAN",
    "300万余元, 300, TEN_THOUSAND, 元, MORE_THAN",
    "300多万元, 300, TEN_THOUSAND, 元, MORE_THAN",
    "1.2余亿元, 1.2, HUNDRED_MILLION, 元, MORE_THAN",
    "1481.6万元, 1481.6, TEN_THOUSAND, 元, EXACT",
    "1481.60万元, 1481.60, TEN_THOUSAND, 元, EXACT",
    "114.63%, 114.63, ONE, %, EXACT",
    "近30人, 30, ONE, 人, NEARLY",
    "约3.5亿元, 3.5, HUNDRED_MILLION, 元, ABOUT",
    "超过30人次, 30, ONE, 人次, OVER",
    "30人以上, 30, ONE, 人, AT_LEAST",
    "5个工作日以内, 5, ONE, 个工作日, AT_MOST",
    "30%以下, 30, ONE, %, AT_MOST",
    "不超过3天, 3, ONE, 天, AT_MOST",
    "不到10人, 10, ONE, 人, AT_MOST",
    "不足1万人, 1, TEN_THOUSAND, 人, AT_MOST",
    "7.01个百分点, 7.01, ONE, 个百分点, EXACT",
    "3.9级, 3.9, ONE, 级, EXACT",
  })
  void parse_readsEveryPart(
      String text, String value, Scale scale, String unit, Approximation approximation) {
    assertThat(Quantity.parse(text))
        .isEqualTo(
            Quantity.builder()
                .value(new BigDecimal(value))
                .scale(scale)
                .unit(Unit.of(unit))
                .approximation(approximation)
                .build());
  }

  @Test
  void parse_numberAlone() {
    assertThat(Quantity.parse("49"))
        .isEqualTo(Quantity.builder().value(new BigDecimal("49")).build());
  }

  @Test
  void parse_atLeastWithoutUnit() {
    Quantity quantity = Quantity.parse("30以上");
    assertThat(quantity.getUnit()).isEmpty();
    assertThat(quantity.getApproximation()).isEqualTo(Approximation.AT_LEAST);
  }

  @Test
  void parse_moreThanBeforeOrAfterTheScale_isOneFigure() {
    Quantity before = Quantity.parse("300余万元");
    assertThat(before).isEqualTo(Quantity.parse("300万余元"));
    assertThat(before.getScale()).isEqualTo(Scale.TEN_THOUSAND);
    assertThat(before.getUnit()).contains(Unit.YUAN);
    assertThat(before.toBaseValue()).isEqualTo(new BigDecimal("3000000"));
    assertThat(Quantity.parse("15万余件")).isEqualTo(Quantity.parse("15余万件"));
  }

  @Test
  void parse_rejectsMoreThanOnBothSidesOfTheScale() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quantity.parse("15余万余件"))
        .withMessage("not a quantity: \"15余万余件\" (more than one approximation marker)");
  }

  @Test
  void parse_readsALeadingScaleWordOfTheUnitAsScale() {
    Quantity kilograms = Quantity.parse("5千克");
    assertThat(kilograms.getScale()).isEqualTo(Scale.THOUSAND);
    assertThat(kilograms.getUnit()).contains(Unit.of("克"));
    assertThat(kilograms.toBaseValue()).isEqualTo(new BigDecimal("5000"));
    assertThat(kilograms).isNotEqualTo(Quantity.of("5", "千克"));
    assertThat(Quantity.of("5", "千克")).hasToString("5千克");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "件", "余件", "万元", "约", "三十件"})
  void parse_rejectsTextWithoutNumber(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quantity.parse(text))
        .withMessage(
            "not a quantity: \"" + text + "\" (expected for example \"700余件\" or \"1.19万人\")");
  }

  @Test
  void parse_rejectsTwoMarkers() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quantity.parse("近700余件"))
        .withMessage("not a quantity: \"近700余件\" (more than one approximation marker)");
  }

  @Test
  void parse_rejectsDigitsInTheUnit() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quantity.parse("3件2"))
        .withMessage("a unit holds no digits: \"件2\"");
  }

  // ---- toString()

  @ParameterizedTest
  @ValueSource(
      strings = {
        "700余件",
        "1.19万人",
        "15余万件",
        "300余万元",
        "5个工作日以内",
        "30%以内",
        "1481.6万元",
        "1481.60万元",
        "114.63%",
        "近30人",
        "30人以上",
        "超过30人次",
        "约3.5亿元",
        "-7.01个百分点",
        "49"
      })
  void toString_isTheCanonicalText(String text) {
    assertThat(Quantity.parse(text)).hasToString(text);
  }

  @Test
  void toString_writesOtherSpellingsCanonically() {
    assertThat(Quantity.parse("300多公里")).hasToString("300余公里");
    assertThat(Quantity.parse("超30人")).hasToString("超过30人");
    assertThat(Quantity.parse("15万余件")).hasToString("15余万件");
    assertThat(Quantity.parse("300万多元")).hasToString("300余万元");
    assertThat(Quantity.parse("不超过3天")).hasToString("3天以内");
    assertThat(Quantity.parse("30%以下")).hasToString("30%以内");
  }

  @Test
  void toString_writesPlainDigits() {
    assertThat(Quantity.builder().value(new BigDecimal("1E+3")).unit(Unit.of("件")).build())
        .hasToString("1000件");
  }

  // ---- toBaseValue()

  @Test
  void toBaseValue_appliesTheScaleExactly() {
    assertThat(Quantity.parse("1.19万人").toBaseValue()).isEqualTo(new BigDecimal("11900"));
    assertThat(Quantity.parse("1481.6万元").toBaseValue()).isEqualTo(new BigDecimal("14816000"));
    assertThat(Quantity.parse("700余件").toBaseValue()).isEqualTo(new BigDecimal("700"));
    assertThat(Quantity.parse("300余万元").toBaseValue()).isEqualTo(new BigDecimal("3000000"));
    assertThat(Quantity.parse("15万余件").toBaseValue()).isEqualTo(new BigDecimal("150000"));
  }

  // ---- with...

  @Test
  void with_copiesWithOnePartChanged() {
    Quantity exact = Quantity.parse("700件");
    assertThat(exact.withApproximation(Approximation.MORE_THAN)).isEqualTo(Quantity.parse("700余件"));
    assertThat(exact).isEqualTo(Quantity.parse("700件"));
  }

  // ---- minimum() and maximum()

  @ParameterizedTest
  @CsvSource({
    "237项, 237, 237",
    "1.19万人, 11850, 11950",
    "700余件, 700, ",
    "15余万件, 150000, ",
    "近30人, , 30",
    "5个工作日以内, , 5",
    "约30人, 27, 33",
    "约3万人, 25000, 35000",
    "-7.01个百分点, -7.01, -7.01",
  })
  void minimumAndMaximum_areTheRangeTheFigureStandsFor_scaleApplied(
      String text, BigDecimal minimum, BigDecimal maximum) {
    Quantity quantity = Quantity.parse(text);
    if (minimum == null) {
      assertThat(quantity.minimum()).as(text).isEmpty();
    } else {
      assertThat(quantity.minimum().orElseThrow()).as(text).isEqualByComparingTo(minimum);
    }
    if (maximum == null) {
      assertThat(quantity.maximum()).as(text).isEmpty();
    } else {
      assertThat(quantity.maximum().orElseThrow()).as(text).isEqualByComparingTo(maximum);
    }
  }
}
