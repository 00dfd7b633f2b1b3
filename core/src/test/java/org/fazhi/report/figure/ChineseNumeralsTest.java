package org.fazhi.report.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  // ---- parse(CharSequence): what reports write

  @ParameterizedTest
  @CsvSource({
    "一, 1",
    "两, 2",
    "十, 10",
    "十五, 15",
    "一十五, 15",
    "二十二, 22",
    "三十七, 37",
    "九十九, 99",
    "一百, 100",
    "一百零五, 105",
    "一百一十, 110",
    "两百, 200",
    "一千零五, 1005",
    "一千零五十, 1050",
    "两千零二十四, 2024",
    "九千九百九十九, 9999",
    "一万, 10000",
    "一万零五, 10005",
    "一万零十, 10010",
    "一万零一十, 10010",
    "一万五千, 15000",
    "十万, 100000",
    "十一万五千, 115000",
    "一百万, 1000000",
    "一亿, 100000000",
    "一亿五千万, 150000000",
    "一亿零五万, 100050000",
    "一万亿, 1000000000000",
  })
  void parse_readsPositionalNumerals(String text, long value) {
    assertThat(ChineseNumerals.parse(text)).isEqualTo(OptionalLong.of(value));
  }

  @ParameterizedTest
  @CsvSource({"二〇二四, 2024", "二零二四, 2024", "一九九九, 1999", "零, 0", "〇, 0", "五, 5"})
  void parse_readsDigitsOneByOne(String text, long value) {
    assertThat(ChineseNumerals.parse(text)).isEqualTo(OptionalLong.of(value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1.19万",
        "37",
        "三十七次",
        "第三",
        "十十",
        "一二十",
        "十三百",
        "百",
        "千五",
        "一百五",
        "三万五",
        "一百零五十",
        "二十零",
        "一百零",
        "一千零五百",
        "一万零五千",
        "两两",
        "一万二万",
        "万",
        "一万零",
        "一二三四五六七八九〇一二三四五六七八九"
      })
  void parse_rejectsWhatIsNoWellFormedNumeral(String text) {
    assertThat(ChineseNumerals.parse(text)).isEmpty();
  }

  @Test
  void parse_acceptsAnyCharSequence() {
    assertThat(ChineseNumerals.parse(new StringBuilder("三十七"))).hasValue(37);
  }

  // ---- format(long)

  @ParameterizedTest
  @CsvSource({
    "0, 零",
    "1, 一",
    "2, 二",
    "10, 十",
    "15, 十五",
    "22, 二十二",
    "37, 三十七",
    "100, 一百",
    "105, 一百零五",
    "110, 一百一十",
    "1005, 一千零五",
    "1010, 一千零一十",
    "2024, 二千零二十四",
    "10000, 一万",
    "10010, 一万零一十",
    "100015, 十万零一十五",
    "115000, 十一万五千",
    "1000000, 一百万",
    "99999999, 九千九百九十九万九千九百九十九",
  })
  void format_writesTheNumeral(long value, String text) {
    assertThat(ChineseNumerals.format(value)).isEqualTo(text);
  }

  @Test
  void format_rejectsNegative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChineseNumerals.format(-1))
        .withMessage("no Chinese numeral written for -1");
  }

  @Test
  void format_rejectsOneHundredMillionAndMore() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ChineseNumerals.format(100_000_000))
        .withMessage("no Chinese numeral written for 100000000");
  }
}
