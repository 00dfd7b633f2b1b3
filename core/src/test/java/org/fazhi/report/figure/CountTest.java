package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.json.ReportJsonException;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Reconsideration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

class CountTest {

  // ---- of(long), of(long, Approximation), zero()

  @Test
  void of_isExact() {
    Count count = Count.of(35);
    assertThat(count.getValue()).isEqualTo(new BigDecimal("35"));
    assertThat(count.getScale()).isEqualTo(Scale.ONE);
    assertThat(count.getApproximation()).isEqualTo(Approximation.EXACT);
    assertThat(count.isExact()).isTrue();
  }

  @Test
  void of_withApproximation_keepsIt() {
    Count count = Count.of(700, Approximation.MORE_THAN);
    assertThat(count.getValue()).isEqualTo(new BigDecimal("700"));
    assertThat(count.getScale()).isEqualTo(Scale.ONE);
    assertThat(count.getApproximation()).isEqualTo(Approximation.MORE_THAN);
    assertThat(count.isExact()).isFalse();
  }

  @Test
  void of_acceptsZeroAndLongMax() {
    assertThat(Count.of(0).getValue()).isZero();
    assertThat(Count.of(Long.MAX_VALUE).getValue()).isEqualTo(new BigDecimal(Long.MAX_VALUE));
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
  @ValueSource(
      strings = {
        "35件",
        "1.5",
        "35.0",
        "1.5万件",
        "0.12345万",
        "",
        "余",
        "万",
        "三十五",
        "35 ",
        " 35",
        "３５"
      })
  void parse_rejectsWhatIsNoCount(String text) {
    assertThatIllegalArgumentException().isThrownBy(() -> Count.parse(text));
  }

  @Test
  void parse_rejectsUnitWithExactMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.parse("35件"))
        .withMessage(
            "not a count: \"35件\" (expected a whole number with an optional marker or scale"
                + " word, such as \"35\", \"700余\" or \"3.6万\")");
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
    "ABOUT, 630, 770",
  })
  void minimumAndMaximum_areTheBoundsTheFigureStandsFor(
      Approximation approximation, Long minimum, Long maximum) {
    Count count = Count.of(700, approximation);
    assertThat(count.minimum())
        .isEqualTo(minimum == null ? OptionalLong.empty() : OptionalLong.of(minimum));
    assertThat(count.maximum())
        .isEqualTo(maximum == null ? OptionalLong.empty() : OptionalLong.of(maximum));
  }

  @ParameterizedTest
  @CsvSource({
    "30, 30, 30",
    "约30, 27, 33",
    "约25, 23, 27",
    "约0, 0, 0",
  })
  void minimumAndMaximum_ofAbout_areTenPercentEitherSide_inWholeNumbers(
      String text, long minimum, long maximum) {
    Count count = Count.parse(text);
    assertThat(count.minimum()).isEqualTo(OptionalLong.of(minimum));
    assertThat(count.maximum()).isEqualTo(OptionalLong.of(maximum));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 35, 700, 36000, Long.MAX_VALUE})
  void minimumAndMaximum_ofAnExactCount_areItsValue(long value) {
    Count count = Count.of(value);
    assertThat(count.minimum()).isEqualTo(OptionalLong.of(value));
    assertThat(count.maximum()).isEqualTo(OptionalLong.of(value));
  }

  @Test
  void minimumAndMaximum_ofAboutTheLargestCount_stayWithinLong() {
    Count count = Count.of(Long.MAX_VALUE, Approximation.ABOUT);
    assertThat(count.maximum()).isEqualTo(OptionalLong.of(Long.MAX_VALUE));
    assertThat(count.minimum()).isEqualTo(OptionalLong.of(8301034833169298227L));
  }

  // ---- scaled counts: of(BigDecimal, Scale, Approximation)

  @Test
  void ofScaled_keepsTheDigitsAsWritten() {
    Count count = Count.of(new BigDecimal("3.6"), Scale.TEN_THOUSAND, Approximation.EXACT);
    assertThat(count.getValue()).isEqualTo(new BigDecimal("3.6"));
    assertThat(count.getScale()).isEqualTo(Scale.TEN_THOUSAND);
    assertThat(count.getApproximation()).isEqualTo(Approximation.EXACT);
    assertThat(count.toBaseValue()).isEqualTo(new BigDecimal("36000"));
    assertThat(count).hasToString("3.6万");
  }

  @Test
  void ofScaled_trailingZeros_areDigitsWritten() {
    Count written = Count.of(new BigDecimal("3.60"), Scale.TEN_THOUSAND, Approximation.EXACT);
    assertThat(written).hasToString("3.60万");
    assertThat(written)
        .isNotEqualTo(Count.of(new BigDecimal("3.6"), Scale.TEN_THOUSAND, Approximation.EXACT));
  }

  @Test
  void ofScaled_withScaleOne_isTheCountOfALong() {
    assertThat(Count.of(new BigDecimal("35"), Scale.ONE, Approximation.EXACT))
        .isEqualTo(Count.of(35));
  }

  @Test
  void ofScaled_holdsAnExponentAsPlainDigits() {
    Count count = Count.of(new BigDecimal("1E+3"), Scale.ONE, Approximation.EXACT);
    assertThat(count).isEqualTo(Count.of(1000));
    assertThat(count.getValue().scale()).isZero();
    assertThat(count).hasToString("1000");
  }

  @Test
  void ofScaled_acceptsAsManyDecimalsAsTheScaleHasZeros() {
    assertThat(Count.of(new BigDecimal("0.0001"), Scale.TEN_THOUSAND, Approximation.EXACT))
        .hasToString("0.0001万");
    assertThat(Count.of(new BigDecimal("1.5"), Scale.THOUSAND, Approximation.EXACT).toBaseValue())
        .isEqualTo(new BigDecimal("1500"));
    assertThat(
            Count.of(new BigDecimal("1.23456789"), Scale.HUNDRED_MILLION, Approximation.EXACT)
                .toBaseValue())
        .isEqualTo(new BigDecimal("123456789"));
  }

  @Test
  void ofScaled_rejectsMoreDecimalsThanTheScaleHasZeros() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Count.of(new BigDecimal("0.12345"), Scale.TEN_THOUSAND, Approximation.EXACT))
        .withMessage("a count of 万 has at most 4 decimals: 0.12345");
  }

  @Test
  void ofScaled_rejectsAFractionWithoutAScaleWord() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.of(new BigDecimal("1.5"), Scale.ONE, Approximation.MORE_THAN))
        .withMessage("a count without a scale word is a whole number: 1.5");
  }

  @Test
  void ofScaled_rejectsAWholeNumberWrittenWithDecimalsButNoScaleWord() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.of(new BigDecimal("35.0"), Scale.ONE, Approximation.EXACT))
        .withMessage("a count without a scale word is a whole number: 35.0");
  }

  @Test
  void ofScaled_rejectsNegative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.of(new BigDecimal("-3.6"), Scale.TEN_THOUSAND, Approximation.EXACT))
        .withMessage("count must be >= 0: -3.6");
  }

  @Test
  void ofScaled_acceptsLongMaxOnceScaled_rejectsMore() {
    BigDecimal largest = new BigDecimal("92233720368.54775807");
    assertThat(Count.of(largest, Scale.HUNDRED_MILLION, Approximation.EXACT).toBaseValue())
        .isEqualTo(new BigDecimal(Long.MAX_VALUE));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Count.of(
                    new BigDecimal("92233720368.54775808"),
                    Scale.HUNDRED_MILLION,
                    Approximation.EXACT))
        .withMessage("count must be <= 9223372036854775807: 92233720368.54775808亿");
  }

  @Test
  void isExact_onlyWithoutMarkerAndWithoutScaleWord() {
    assertThat(Count.of(36000).isExact()).isTrue();
    assertThat(Count.parse("3.6万").isExact()).isFalse();
    assertThat(Count.parse("3万").isExact()).isFalse();
    assertThat(Count.parse("1.2万余").isExact()).isFalse();
  }

  @Test
  void equals_dependsOnScale() {
    assertThat(Count.parse("36000")).isNotEqualTo(Count.parse("3.6万"));
    assertThat(Count.parse("3.6万"))
        .isEqualTo(Count.parse("3.6万"))
        .hasSameHashCodeAs(Count.parse("3.6万"));
    assertThat(Count.parse("3.6万")).isNotEqualTo(Count.parse("3.6千"));
  }

  // ---- scaled counts: parse(CharSequence), toString()

  @ParameterizedTest
  @CsvSource({
    "3.6万, 3.6, TEN_THOUSAND, EXACT",
    "3万, 3, TEN_THOUSAND, EXACT",
    "1.2万余, 1.2, TEN_THOUSAND, MORE_THAN",
    "1.2余万, 1.2, TEN_THOUSAND, MORE_THAN",
    "1.2万多, 1.2, TEN_THOUSAND, MORE_THAN",
    "约3万, 3, TEN_THOUSAND, ABOUT",
    "近1.5万, 1.5, TEN_THOUSAND, NEARLY",
    "超过2千, 2, THOUSAND, OVER",
    "3万以上, 3, TEN_THOUSAND, AT_LEAST",
    "不超过3万, 3, TEN_THOUSAND, AT_MOST",
    "5千, 5, THOUSAND, EXACT",
    "1.5百万, 1.5, MILLION, EXACT",
    "2千万, 2, TEN_MILLION, EXACT",
    "2.35亿, 2.35, HUNDRED_MILLION, EXACT",
  })
  void parse_readsScaleWordAndMarker(
      String text, String value, Scale scale, Approximation approximation) {
    assertThat(Count.parse(text)).isEqualTo(Count.of(new BigDecimal(value), scale, approximation));
  }

  @Test
  void parse_rejectsTooManyDecimalsForTheScaleWord() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.parse("0.12345万"))
        .withMessage("a count of 万 has at most 4 decimals: 0.12345");
  }

  @Test
  void parse_rejectsAFractionWithoutScaleWordWithExactMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.parse("1.5"))
        .withMessage(
            "not a count: \"1.5\" (expected a whole number with an optional marker or scale"
                + " word, such as \"35\", \"700余\" or \"3.6万\")");
  }

  @Test
  void parse_rejectsAScaledCountBeyondLong() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Count.parse("92233720369亿"))
        .withMessage("not a count: \"92233720369亿\" (larger than 9223372036854775807)");
  }

  @ParameterizedTest
  @CsvSource({
    "3.6, TEN_THOUSAND, EXACT, 3.6万",
    "1.2, TEN_THOUSAND, MORE_THAN, 1.2余万",
    "3, TEN_THOUSAND, ABOUT, 约3万",
    "1.5, TEN_THOUSAND, NEARLY, 近1.5万",
    "2, THOUSAND, OVER, 超过2千",
    "3, TEN_THOUSAND, AT_LEAST, 3万以上",
    "3, TEN_THOUSAND, AT_MOST, 3万以内",
    "2.35, HUNDRED_MILLION, EXACT, 2.35亿",
  })
  void toString_writesScaleWordAndCanonicalMarker(
      String value, Scale scale, Approximation approximation, String text) {
    Count count = Count.of(new BigDecimal(value), scale, approximation);
    assertThat(count).hasToString(text);
    assertThat(Count.parse(count.toString())).isEqualTo(count);
  }

  @Test
  void toString_writesTheMarkerAfterTheNumber_beforeTheScaleWord() {
    assertThat(Count.parse("1.2万余")).hasToString("1.2余万");
    assertThat(Count.parse("1.2万多")).hasToString("1.2余万");
  }

  // ---- scaled counts: minimum() and maximum()

  @ParameterizedTest
  @CsvSource({
    "3.6万, 35500, 36499",
    "3万, 25000, 34999",
    "3.60万, 35950, 36049",
    "0.0001万, 1, 1",
    "5千, 4500, 5499",
    "2.35亿, 234500000, 235499999",
    "1.2万余, 12000, ",
    "3万以上, 30000, ",
    "超过2千, 2000, ",
    "近1.5万, , 15000",
    "3万以内, , 30000",
    "约30, 27, 33",
    "约3万, 25000, 34999",
    "约3.6万, 32400, 39600",
  })
  void minimumAndMaximum_ofScaledCounts_roundToTheLastWrittenDigit(
      String text, Long minimum, Long maximum) {
    Count count = Count.parse(text);
    assertThat(count.minimum())
        .as(text)
        .isEqualTo(minimum == null ? OptionalLong.empty() : OptionalLong.of(minimum));
    assertThat(count.maximum())
        .as(text)
        .isEqualTo(maximum == null ? OptionalLong.empty() : OptionalLong.of(maximum));
  }

  // ---- the JSON form, through ReportJson

  /** Reads JSON trees with every decimal as written (3.60, not 3.6). */
  private static final JsonMapper TREE =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static Report withReceived(Count count) {
    return ReportFixtures.MINIMAL.withStatistics(
        CaseStatistics.builder()
            .reconsideration(Reconsideration.builder().received(count).build())
            .build());
  }

  private static String receivedJson(Count count) {
    return TREE.readTree(ReportJson.create().write(withReceived(count)))
        .at("/statistics/reconsideration/received")
        .toString();
  }

  private static Count readReceived(String json) {
    return ReportJson.create()
        .read(
            "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\", \"reportingYear\":"
                + " 2024}, \"statistics\": {\"reconsideration\": {\"received\": "
                + json
                + "}}}")
        .getStatistics()
        .getReconsideration()
        .orElseThrow()
        .getReceived()
        .orElseThrow();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "35 | 35",
        "700余 | {\"value\":700,\"approximation\":\"MORE_THAN\"}",
        "3.6万 | {\"value\":3.6,\"scale\":\"TEN_THOUSAND\"}",
        "3.60万 | {\"value\":3.60,\"scale\":\"TEN_THOUSAND\"}",
        "1.2万余 | {\"value\":1.2,\"scale\":\"TEN_THOUSAND\",\"approximation\":\"MORE_THAN\"}",
        "约3万 | {\"value\":3,\"scale\":\"TEN_THOUSAND\",\"approximation\":\"ABOUT\"}",
      })
  void json_exactUnscaledIsAnInteger_anyOtherAnObjectWithoutDefaults(String text, String json) {
    Count count = Count.parse(text);
    assertThat(receivedJson(count)).isEqualTo(json);
    assertThat(readReceived(json)).isEqualTo(count);
  }

  @Test
  void json_readsANullScaleOrApproximationAsAbsent() {
    assertThat(
            readReceived("{\"value\": 3.6, \"scale\": \"TEN_THOUSAND\", \"approximation\": null}"))
        .isEqualTo(Count.parse("3.6万"));
    assertThat(readReceived("{\"value\": 700, \"scale\": null, \"approximation\": \"MORE_THAN\"}"))
        .isEqualTo(Count.parse("700余"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"value\": 35} | /statistics/reconsideration/received | an exact count without a scale"
            + " word is written as a plain integer, not as an object",
        "{\"value\": 35, \"scale\": \"ONE\"} | /statistics/reconsideration/received | an exact"
            + " count without a scale word is written as a plain integer, not as an object",
        "{\"value\": 35, \"approximation\": \"EXACT\"} |"
            + " /statistics/reconsideration/received/approximation | an exact count without a"
            + " scale word is written as a plain integer, not as an object",
        "{\"value\": 0.12345, \"scale\": \"TEN_THOUSAND\"} |"
            + " /statistics/reconsideration/received/value | a count of 万 has at most 4"
            + " decimals: 0.12345",
        "{\"value\": 3.6, \"approximation\": \"MORE_THAN\"} |"
            + " /statistics/reconsideration/received/value | a count without a scale word is a"
            + " whole number: 3.6",
      })
  void json_rejectsWhatIsNoCount(String json, String pointer, String detail) {
    assertThatThrownBy(() -> readReceived(json))
        .isInstanceOfSatisfying(
            ReportJsonException.class,
            e -> {
              assertThat(e.getProblem()).isEqualTo(ReportJsonException.Problem.INVALID_VALUE);
              assertThat(e.getPointer()).isEqualTo(pointer);
              assertThat(e.getDetail()).isEqualTo(detail);
            });
  }

  // ---- numbers too large or too fine to be counts, refused without expanding them

  @Test
  void of_refusesAHugeExponent_atOnce() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Count.of(new BigDecimal("1e99999999"), Scale.TEN_THOUSAND, Approximation.EXACT))
        .withMessage("count must be <= 9223372036854775807: 1E+99999999万");
  }

  @Test
  void of_refusesAFineFraction_namingItInExponentForm() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Count.of(new BigDecimal("1e-99999"), Scale.TEN_THOUSAND, Approximation.EXACT))
        .withMessage("a count of 万 has at most 4 decimals: 1E-99999");
  }
}
