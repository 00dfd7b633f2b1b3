package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.emergency.GeoPoint;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Money;
import org.fazhi.report.figure.MoneyUnit;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Unit;

/**
 * Symmetric limits for the model's decimals, over {@code BigDecimal}s with up to 70 digits and
 * exponents from -120 to 120: a builder accepts a decimal exactly when its plain form has at most
 * 30 digits before the point and 30 after; what it accepts, {@link ReportJson} writes in plain
 * digits within the reader's 64-character limit and reads back equal, writing the same bytes again;
 * what it refuses, it refuses with the message that names the bound.
 */
class NumberBoundsPropertiesTest {
  private static final ReportJson JSON = ReportJson.create();
  private static final Pattern NUMBER = Pattern.compile("\"(value|amount|latitude)\": (\\S+?),?\n");

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.strings()
            .numeric()
            .ofMinLength(1)
            .ofMaxLength(70)
            .map(BigInteger::new)
            .flatMap(n -> Arbitraries.of(n, n.negate()));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-120, 120))
        .as(BigDecimal::new)
        .edgeCases(
            c ->
                c.add(
                    new BigDecimal("1e29"),
                    new BigDecimal("1e30"),
                    new BigDecimal("1e-30"),
                    new BigDecimal("1e-31"),
                    new BigDecimal("0e-31"),
                    new BigDecimal("0e120")));
  }

  /** The oracle: the plain digits, counted from the text of the plain form. */
  private static boolean withinBounds(BigDecimal value) {
    String plain = value.abs().toPlainString();
    int point = plain.indexOf('.');
    int integerDigits = point < 0 ? plain.length() : point;
    int decimals = point < 0 ? 0 : plain.length() - point - 1;
    return integerDigits <= 30 && decimals <= 30;
  }

  private static void assertSymmetric(
      BigDecimal value, String what, Function<BigDecimal, Report> build) {
    if (!withinBounds(value)) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> build.apply(value))
          .withMessageMatching(
              what + " must have at most 30 (digits before the decimal point|decimals): .+");
      return;
    }
    Report report = build.apply(value);
    String json = JSON.write(report);
    Matcher number = NUMBER.matcher(json);
    assertThat(number.find()).isTrue();
    assertThat(number.group(2))
        .hasSizeLessThanOrEqualTo(ReportJson.MAX_NUMBER_LENGTH)
        .doesNotContainIgnoringCase("e")
        .isEqualTo(value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString());
    Report read = JSON.read(json);
    assertThat(read).isEqualTo(report);
    assertThat(JSON.write(read).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(json.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 300)
  void quantity_buildWriteRead_isSymmetric(@ForAll("decimals") BigDecimal value) {
    assertSymmetric(
        value,
        "quantity value",
        v ->
            ReportFixtures.MINIMAL.withIndicators(
                Indicator.builder().label("x").quantity(Quantity.of(v, Unit.of("件"))).build()));
  }

  @Property(tries = 200)
  void money_buildWriteRead_isSymmetric(@ForAll("decimals") BigDecimal value) {
    assertSymmetric(
        value,
        "money amount",
        v ->
            ReportFixtures.MINIMAL.withEnforcement(
                ReportFixtures.MINIMAL
                    .getEnforcement()
                    .withPenaltyAmount(Money.of(v.toString(), MoneyUnit.YUAN))));
  }

  @Property(tries = 200)
  void latitude_buildWriteRead_isSymmetric(@ForAll("decimals") BigDecimal value) {
    assertSymmetric(
        value,
        "latitude",
        v ->
            ReportFixtures.MINIMAL.withEmergencies(
                Emergency.builder()
                    .kind(EmergencyKind.EARTHQUAKE)
                    .epicenter(GeoPoint.of(v.toString(), "113.78"))
                    .build()));
  }
}
