package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.GeoPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bounds of every decimal the model holds: at most 30 digits before the decimal point and 30
 * after, refused by the builders and factories from the precision and scale alone, with a message
 * that names the field and the value as written in exponent form.
 */
class DecimalBoundsTest {

  // ---- the bounds themselves, on Quantity

  @ParameterizedTest
  @CsvSource({
    "1e29, 100000000000000000000000000000",
    "123456789012345678901234567890, 123456789012345678901234567890",
    "1e-30, 0.000000000000000000000000000001",
    "0e99999999, 0",
    "0E-30, 0.000000000000000000000000000000",
    "-9.99e29, -999000000000000000000000000000"
  })
  void within_isHeldInPlainDigits(String written, String held) {
    assertThat(Quantity.of(written, "件").getValue()).isEqualTo(new BigDecimal(held));
    assertThat(Quantity.of(written, "件").getValue().toPlainString()).isEqualTo(held);
  }

  @ParameterizedTest
  @CsvSource({
    "1e30, 1E+30",
    "1e65, 1E+65",
    "-1e65, -1E+65",
    "1e99999999, 1E+99999999",
    "1234567890123456789012345678901, 1234567890123456789012345678901"
  })
  void beyondThirtyDigitsBeforeThePoint_isRefused(String written, String shown) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quantity.of(written, "件"))
        .withMessage(
            "quantity value must have at most 30 digits before the decimal point: " + shown);
  }

  @ParameterizedTest
  @CsvSource({"1e-31, 1E-31", "1e-400, 1E-400", "1e-99999999, 1E-99999999", "0E-31, 0E-31"})
  void beyondThirtyDecimals_isRefused(String written, String shown) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quantity.of(written, "件"))
        .withMessage("quantity value must have at most 30 decimals: " + shown);
  }

  @Test
  void aValueOfManyDigits_isShownByItsFirstDigitsAndItsLength() {
    BigDecimal value = new BigDecimal("1".repeat(100_000));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Quantity.of(value, Unit.of("件")))
        .withMessage(
            "quantity value must have at most 30 digits before the decimal point:"
                + " 1.111111111111111E+99999 (100000 digits)");
  }

  // ---- every decimal of the model

  @Test
  void rate_percent() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rate.of("1e99999999"))
        .withMessage(
            "rate percent must have at most 30 digits before the decimal point: 1E+99999999");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rate.of("-1e99999999"))
        .withMessage(
            "rate percent must have at most 30 digits before the decimal point: -1E+99999999");
    assertThat(Rate.of("1e2").getPercent().toPlainString()).isEqualTo("100");
  }

  @Test
  void money_amount() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.of("1e-400", MoneyUnit.YUAN))
        .withMessage("money amount must have at most 30 decimals: 1E-400");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Money.parse("1" + "0".repeat(30) + "元"))
        .withMessage(
            "money amount must have at most 30 digits before the decimal point: 1"
                + "0".repeat(30));
  }

  @Test
  void geoPoint_latitudeAndLongitude() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GeoPoint.of("1e65", "113.78"))
        .withMessage("latitude must have at most 30 digits before the decimal point: 1E+65");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> GeoPoint.of("40.35", "1e-99999"))
        .withMessage("longitude must have at most 30 decimals: 1E-99999");
  }

  @Test
  void emergency_magnitudeAndDepth() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Emergency.builder()
                    .kind(EmergencyKind.EARTHQUAKE)
                    .magnitude(new BigDecimal("1e9999999"))
                    .build())
        .withMessage("magnitude must have at most 30 digits before the decimal point: 1E+9999999");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Emergency.builder()
                    .kind(EmergencyKind.EARTHQUAKE)
                    .depthKilometres(new BigDecimal("1e-31"))
                    .build())
        .withMessage("depthKilometres must have at most 30 decimals: 1E-31");
    assertThat(
            Emergency.builder()
                .kind(EmergencyKind.EARTHQUAKE)
                .magnitude(new BigDecimal("39e-1"))
                .depthKilometres(new BigDecimal("1.3E+1"))
                .build()
                .getDepthKilometres())
        .hasValue(new BigDecimal("13"));
  }

  @Test
  void count_zeroWithAHugeExponent_isZero() {
    assertThat(Count.of(new BigDecimal("0e99999999"), Scale.TEN_THOUSAND, Approximation.EXACT))
        .hasToString("0万");
  }
}
