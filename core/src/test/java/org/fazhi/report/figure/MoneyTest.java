package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  // ---- of(String, MoneyUnit)

  @Test
  void of_isExact() {
    Money money = Money.of("1481.6", MoneyUnit.TEN_THOUSAND_YUAN);
    assertThat(money.getAmount()).isEqualTo(new BigDecimal("1481.6"));
    assertThat(money.getUnit()).isEqualTo(MoneyUnit.TEN_THOUSAND_YUAN);
    assertThat(money.getApproximation()).isEqualTo(Approximation.EXACT);
  }

  @Test
  void of_keepsTheDigitsWritten() {
    assertThat(Money.of("1481.60", MoneyUnit.TEN_THOUSAND_YUAN))
        .isNotEqualTo(Money.of("1481.6", MoneyUnit.TEN_THOUSAND_YUAN))
        .hasToString("1481.60万元");
  }

  @Test
  void of_holdsANegativeScaleAsPlainDigits() {
    assertThat(Money.of("5E+3", MoneyUnit.YUAN)).isEqualTo(Money.of("5000", MoneyUnit.YUAN));
  }

  @Test
  void of_rejectsWhatIsNoDecimal() {
    assertThatIllegalArgumentException().isThrownBy(() -> Money.of("一千", MoneyUnit.YUAN));
  }

  // ---- parse(CharSequence)

  @ParameterizedTest
  @CsvSource({
    "1481.6万元, 1481.6, TEN_THOUSAND_YUAN, EXACT",
    "723万元, 723, TEN_THOUSAND_YUAN, EXACT",
    "5000元, 5000, YUAN, EXACT",
    "1.2亿元, 1.2, HUNDRED_MILLION_YUAN, EXACT",
    "300余万元, 300, TEN_THOUSAND_YUAN, MORE_THAN",
    "300万余元, 300, TEN_THOUSAND_YUAN, MORE_THAN",
    "1.2余亿元, 1.2, HUNDRED_MILLION_YUAN, MORE_THAN",
    "300万元以内, 300, TEN_THOUSAND_YUAN, AT_MOST",
    "不超过5000元, 5000, YUAN, AT_MOST",
    "不足300万元, 300, TEN_THOUSAND_YUAN, AT_MOST",
    "近300万元, 300, TEN_THOUSAND_YUAN, NEARLY",
    "300万元以上, 300, TEN_THOUSAND_YUAN, AT_LEAST",
    "约5000元, 5000, YUAN, ABOUT",
  })
  void parse_readsAmountUnitAndMarker(
      String text, String amount, MoneyUnit unit, Approximation approximation) {
    Money money = Money.parse(text);
    assertThat(money.getAmount()).isEqualTo(new BigDecimal(amount));
    assertThat(money.getUnit()).isEqualTo(unit);
    assertThat(money.getApproximation()).isEqualTo(approximation);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5千元", "5美元", "5000", "5万", "5百万元"})
  void parse_rejectsOtherUnits(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse(text))
        .withMessage(
            "not money: \""
                + text
                + "\" (expected an amount in 元, 万元 or 亿元, such as \"1481.6万元\")");
  }

  @Test
  void parse_rejectsTextWithoutNumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse("万元"))
        .withMessage("not money: \"万元\" (expected for example \"1481.6万元\")");
  }

  // ---- toString(), toYuan()

  @ParameterizedTest
  @ValueSource(strings = {"1481.6万元", "5000元", "1.2亿元", "300余万元", "近300万元", "300万元以上", "5000元以内"})
  void toString_isTheCanonicalText(String text) {
    assertThat(Money.parse(text)).hasToString(text);
  }

  @Test
  void toString_writesOtherSpellingsCanonically() {
    assertThat(Money.parse("300万余元")).hasToString("300余万元");
    assertThat(Money.parse("不超过5000元")).hasToString("5000元以内");
  }

  @Test
  void moneyAndQuantity_writeMoreThanAlike() {
    assertThat(Money.parse("300万余元").toString())
        .isEqualTo(Quantity.parse("300万余元").toString())
        .isEqualTo("300余万元");
    assertThat(Money.parse("300余万元").toYuan()).isEqualTo(Quantity.parse("300余万元").toBaseValue());
  }

  @ParameterizedTest
  @CsvSource({
    "1481.6万元, 14816000",
    "723万元, 7230000",
    "5000元, 5000",
    "1.2亿元, 120000000",
    "0.5元, 0.5"
  })
  void toYuan_convertsExactly(String text, String yuan) {
    assertThat(Money.parse(text).toYuan()).isEqualTo(new BigDecimal(yuan));
  }

  // ---- MoneyUnit

  @Test
  void moneyUnit_symbolsAndScales() {
    assertThat(MoneyUnit.YUAN.symbol()).isEqualTo("元");
    assertThat(MoneyUnit.TEN_THOUSAND_YUAN.symbol()).isEqualTo("万元");
    assertThat(MoneyUnit.HUNDRED_MILLION_YUAN.symbol()).isEqualTo("亿元");
    assertThat(MoneyUnit.TEN_THOUSAND_YUAN.scale()).isEqualTo(Scale.TEN_THOUSAND);
    assertThat(MoneyUnit.TEN_THOUSAND_YUAN.toYuan(new BigDecimal("1.5")))
        .isEqualTo(new BigDecimal("15000"));
  }

  // ---- minimumYuan() and maximumYuan()

  @ParameterizedTest
  @CsvSource({
    "5000元, 5000, 5000",
    "1481.6万元, 14815500, 14816500",
    "723.00万元, 7229950, 7230050",
    "300余万元, 3000000, ",
    "5000元以内, , 5000",
    "约2亿元, 150000000, 250000000",
  })
  void minimumAndMaximumYuan_areTheRangeInYuan(
      String text, BigDecimal minimum, BigDecimal maximum) {
    Money money = Money.parse(text);
    if (minimum == null) {
      assertThat(money.minimumYuan()).as(text).isEmpty();
    } else {
      assertThat(money.minimumYuan().orElseThrow()).as(text).isEqualByComparingTo(minimum);
    }
    if (maximum == null) {
      assertThat(money.maximumYuan()).as(text).isEmpty();
    } else {
      assertThat(money.maximumYuan().orElseThrow()).as(text).isEqualByComparingTo(maximum);
    }
  }
}
