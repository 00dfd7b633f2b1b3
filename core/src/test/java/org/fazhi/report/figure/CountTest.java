package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountTest {

  // ---- of(long), of(long, Approximation), zero()

  @Test
  void of_isExact() {
    Count count = Count.of(35);
    assertThat(count.getValue()).isEqualTo(35);
    assertThat(count.getApproximation()).isEqualTo(Approximation.EXACT);
    assertThat(count.isExact()).isTrue();
  }

  @Test
  void of_withApproximation_keepsIt() {
    Count count = Count.of(700, Approximation.MORE_THAN);
    assertThat(count.getValue()).isEqualTo(700);
    assertThat(count.getApproximation()).isEqualTo(Approximation.MORE_THAN);
    assertThat(count.isExact()).isFalse();
  }

  @Test
  void of_acceptsZeroAndLongMax() {
    assertThat(Count.of(0).getValue()).isZero();
    assertThat(Count.of(Long.MAX_VALUE).getValue()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void of_rejectsNegative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.of(-1))
        .withMessage("count must be >= 0: -1");
  }

  @Test
  void of_rejectsNegativeApproximate() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.of(-5, Approximation.NEARLY))
        .withMessage("count must be >= 0: -5");
  }

  @Test
  void zero_isExactZero() {
    assertThat(Count.zero()).isEqualTo(Count.of(0)).isEqualTo(Count.of(0, Approximation.EXACT));
  }

  // ---- equals and hashCode

  @Test
  void equals_dependsOnValueAndApproximation() {
    assertThat(Count.of(700)).isEqualTo(Count.of(700)).hasSameHashCodeAs(Count.of(700));
    assertThat(Count.of(700)).isNotEqualTo(Count.of(700, Approximation.MORE_THAN));
    assertThat(Count.of(700)).isNotEqualTo(Count.of(701));
  }

  // ---- parse(CharSequence)

  @ParameterizedTest
  @CsvSource({
    "35, 35, EXACT",
    "0, 0, EXACT",
    "700余, 700, MORE_THAN",
    "300多, 300, MORE_THAN",
    "近30, 30, NEARLY",
    "将近30, 30, NEARLY",
    "接近30, 30, NEARLY",
    "约30, 30, ABOUT",
    "大约30, 30, ABOUT",
    "超过30, 30, OVER",
    "超30, 30, OVER",
    "30以上, 30, AT_LEAST",
    "30以内, 30, AT_MOST",
    "30以下, 30, AT_MOST",
    "不超过30, 30, AT_MOST",
    "不到30, 30, AT_MOST",
    "不足30, 30, AT_MOST",
    "不少于30, 30, AT_LEAST",
    "不低于30, 30, AT_LEAST",
    "至少30, 30, AT_LEAST",
    "9223372036854775807, 9223372036854775807, EXACT",
  })
  void parse_readsNumberAndMarker(String text, long value, Approximation approximation) {
    assertThat(Count.parse(text)).isEqualTo(Count.of(value, approximation));
  }

  @ParameterizedTest
  @ValueSource(strings = {"35件", "1.5", "35.0", "1万", "", "余", "三十五", "35 ", " 35", "３５"})
  void parse_rejectsWhatIsNoCount(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Count.parse(text));
  }

  @Test
  void parse_rejectsUnitWithExactMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.parse("35件"))
        .withMessage(
            "not a count: \"35件\" (expected an integer with an optional marker, such as \"35\" or"
                + " \"700余\")");
  }

  @Test
  void parse_rejectsTextWithoutNumberWithExactMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.parse("余"))
        .withMessage("not a count: \"余\" (expected for example \"35\" or \"700余\")");
  }

  @Test
  void parse_rejectsTwoMarkers() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.parse("近700余"))
        .withMessage("not a count: \"近700余\" (more than one approximation marker)");
  }

  @Test
  void parse_rejectsAPrefixAndASuffixMarker() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.parse("不超过30以内"))
        .withMessage("not a count: \"不超过30以内\" (more than one approximation marker)");
  }

  @Test
  void parse_rejectsNegative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.parse("-1"))
        .withMessage("count must be >= 0: -1");
  }

  @Test
  void parse_rejectsBeyondLong() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.parse("9223372036854775808"))
        .withMessage("not a count: \"9223372036854775808\" (larger than 9223372036854775807)");
  }

  // ---- toString()

  @ParameterizedTest
  @CsvSource({
    "35, EXACT, 35",
    "700, MORE_THAN, 700余",
    "30, NEARLY, 近30",
    "30, ABOUT, 约30",
    "30, OVER, 超过30",
    "30, AT_LEAST, 30以上",
    "30, AT_MOST, 30以内",
  })
  void toString_writesCanonicalMarker(long value, Approximation approximation, String text) {
    assertThat(Count.of(value, approximation)).hasToString(text);
  }

  @Test
  void toString_writesOtherSpellingsCanonically() {
    assertThat(Count.parse("300多")).hasToString("300余");
    assertThat(Count.parse("超30")).hasToString("超过30");
    assertThat(Count.parse("将近30")).hasToString("近30");
    assertThat(Count.parse("不超过30")).hasToString("30以内");
    assertThat(Count.parse("不到30")).hasToString("30以内");
    assertThat(Count.parse("30以下")).hasToString("30以内");
  }

  // ---- minimum() and maximum()

  @ParameterizedTest
  @CsvSource({
    "EXACT, 700, 700",
    "MORE_THAN, 700, ",
    "OVER, 700, ",
    "AT_LEAST, 700, ",
    "NEARLY, , 700",
    "AT_MOST, , 700",
    "ABOUT, , ",
  })
  void minimumAndMaximum_areTheBoundsTheFigureStandsFor(
      Approximation approximation, Long minimum, Long maximum) {
    Count count = Count.of(700, approximation);
    assertThat(count.minimum())
        .isEqualTo(minimum == null ? OptionalLong.empty() : OptionalLong.of(minimum));
    assertThat(count.maximum())
        .isEqualTo(maximum == null ? OptionalLong.empty() : OptionalLong.of(maximum));
  }
}
