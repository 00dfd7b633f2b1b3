package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The number checks read a number's text where the parser holds it, a range of a larger character
 * buffer, and answer as they would on the number's own string.
 */
class NumberTextPropertiesTest {

  /** JSON numbers, negative zeros and exponents among them. */
  @Provide
  Arbitrary<String> numbers() {
    Arbitrary<String> digits =
        Arbitraries.strings().withChars("0001239").ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> fraction = digits.map(d -> "." + d).injectNull(0.5);
    Arbitrary<String> exponent =
        Arbitraries.of("e", "E", "e+", "e-", "E-")
            .flatMap(e -> digits.map(d -> e + d))
            .injectNull(0.5);
    return net.jqwik.api.Combinators.combine(Arbitraries.of("", "-"), digits, fraction, exponent)
        .as((sign, whole, f, e) -> sign + whole + (f == null ? "" : f) + (e == null ? "" : e));
  }

  @Property(tries = 2000)
  void negativeZero_inABuffer_isAsOnItsOwnString(
      @ForAll("numbers") String number,
      @ForAll @IntRange(max = 5) int before,
      @ForAll @IntRange(max = 5) int after) {
    char[] buffer = ("x".repeat(before) + number + "-".repeat(after)).toCharArray();
    assertThat(JsonShapes.isNegativeZero(buffer, before, number.length()))
        .isEqualTo(JsonShapes.isNegativeZero(number))
        .isEqualTo(number.startsWith("-") && new BigDecimal(number).signum() == 0);
  }

  @Property(tries = 2000)
  void exponentDigits_inABuffer_countTheExponentsDigitsLeadingZerosAside(
      @ForAll("numbers") String number, @ForAll @IntRange(max = 5) int before) {
    char[] buffer = ("e9".repeat(before) + number + "e99").toCharArray();
    int e = Math.max(number.indexOf('e'), number.indexOf('E'));
    String exponent = e < 0 ? "0" : number.substring(e + 1).replaceFirst("^[+-]", "");
    int expected = exponent.replaceFirst("^0+", "").length();
    assertThat(ReportMapper.NumberTokens.exponentDigits(buffer, 2 * before, number.length()))
        .isEqualTo(expected);
  }

  @Example
  void anEmptyRange_isNoNegativeZero() {
    assertThat(JsonShapes.isNegativeZero(new char[] {'-'}, 1, 0)).isFalse();
  }
}
