package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateTest {

  // ---- of(String), of(BigDecimal), builder()

  @Test
  void of_isExactWithoutCounts() {
    Rate rate = Rate.of("58");
    assertThat(rate.getPercent()).isEqualTo(new BigDecimal("58"));
    assertThat(rate.getApproximation()).isEqualTo(Approximation.EXACT);
    assertThat(rate.getNumerator()).isEmpty();
    assertThat(rate.getDenominator()).isEmpty();
    assertThat(rate.getBasis()).isEmpty();
  }

  @Test
  void of_acceptsMoreThanOneHundred() {
    assertThat(Rate.of("114.63").getPercent()).isEqualTo(new BigDecimal("114.63"));
  }

  @Test
  void of_acceptsZero() {
    assertThat(Rate.of(BigDecimal.ZERO)).hasToString("0%");
  }

  @Test
  void of_rejectsNegative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rate.of("-0.5"))
        .withMessage("rate must be >= 0%: -0.5");
  }

  @Test
  void builder_holdsCountsThatDisagreeWithThePercent() {
    Rate rate =
        Rate.builder()
            .percent(new BigDecimal("95.87"))
            .numerator(Count.of(2369))
            .denominator(Count.of(2474))
            .basis("按结案数计算")
            .build();
    assertThat(rate.getNumerator()).contains(Count.of(2369));
    assertThat(rate.getDenominator()).contains(Count.of(2474));
    assertThat(rate.getBasis()).contains("按结案数计算");
  }

  @Test
  void builder_rejectsBlankBasis() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rate.builder().percent(BigDecimal.TEN).basis(" ").build())
        .withMessage("must not be blank (basis)");
  }

  @Test
  void builder_holdsANegativeScaleAsPlainDigits() {
    assertThat(Rate.of(new BigDecimal("1E+2"))).isEqualTo(Rate.of("100"));
  }

  @Test
  void builder_keepsTheDigitsWritten() {
    assertThat(Rate.of("58.0")).isNotEqualTo(Rate.of("58")).hasToString("58.0%");
  }

  // ---- parse(CharSequence)

  @ParameterizedTest
  @CsvSource({
    "58%, 58, EXACT",
    "100%, 100, EXACT",
    "114.63%, 114.63, EXACT",
    "95%以上, 95, AT_LEAST",
    "近100%, 100, NEARLY",
    "约60%, 60, ABOUT",
    "超过90%, 90, OVER",
    "30%以内, 30, AT_MOST",
    "30%以下, 30, AT_MOST",
    "不超过30%, 30, AT_MOST",
    "不到0.5%, 0.5, AT_MOST",
    "不足5%, 5, AT_MOST",
  })
  void parse_readsPercentAndMarker(String text, String percent, Approximation approximation) {
    assertThat(Rate.parse(text))
        .isEqualTo(
            Rate.builder().percent(new BigDecimal(percent)).approximation(approximation).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"58", "58个百分点", "5万%", "58％"})
  void parse_rejectsWhatIsNoPercent(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rate.parse(text))
        .withMessage(
            "not a rate: \"" + text + "\" (expected a percent such as \"58%\" or \"95%以上\")");
  }

  @Test
  void parse_rejectsTextWithoutNumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rate.parse("百分之百"))
        .withMessage("not a rate: \"百分之百\" (expected for example \"58%\" or \"95%以上\")");
  }

  @Test
  void parse_rejectsNegative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rate.parse("-1%"))
        .withMessage("rate must be >= 0%: -1");
  }

  // ---- toString(), toFraction()

  @ParameterizedTest
  @ValueSource(strings = {"58%", "114.63%", "95%以上", "近100%", "约60%", "超过90%", "30%以内", "0%"})
  void toString_isTheCanonicalText(String text) {
    assertThat(Rate.parse(text)).hasToString(text);
  }

  @Test
  void toString_writesOtherSpellingsCanonically() {
    assertThat(Rate.parse("不超过30%")).hasToString("30%以内");
    assertThat(Rate.parse("30%以下")).hasToString("30%以内");
  }

  @Test
  void toString_leavesCountsAndBasisOut() {
    assertThat(Rate.builder().percent(new BigDecimal("58")).numerator(Count.of(32)).build())
        .hasToString("58%");
  }

  @Test
  void toFraction_isExact() {
    assertThat(Rate.of("58").toFraction()).isEqualTo(new BigDecimal("0.58"));
    assertThat(Rate.of("114.63").toFraction()).isEqualTo(new BigDecimal("1.1463"));
  }

  // ---- minimum() and maximum()

  @ParameterizedTest
  @CsvSource({
    "58%, 58, 58",
    "95%以上, 95, ",
    "30%以内, , 30",
    "约19.4%, 17.46, 21.34",
    "114.63%, 114.63, 114.63",
  })
  void minimumAndMaximum_areThePercentsTheRateStandsFor(
      String text, BigDecimal minimum, BigDecimal maximum) {
    Rate rate = Rate.parse(text);
    if (minimum == null) {
      assertThat(rate.minimum()).as(text).isEmpty();
    } else {
      assertThat(rate.minimum().orElseThrow()).as(text).isEqualByComparingTo(minimum);
    }
    if (maximum == null) {
      assertThat(rate.maximum()).as(text).isEmpty();
    } else {
      assertThat(rate.maximum().orElseThrow()).as(text).isEqualByComparingTo(maximum);
    }
  }
}
