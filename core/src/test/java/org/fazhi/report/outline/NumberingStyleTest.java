package org.fazhi.report.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberingStyleTest {

  // ---- of(String): the style a label is written in

  @ParameterizedTest
  @CsvSource({
    "一、, CHINESE, 1",
    "二十二、, CHINESE, 22",
    "一百零一、, CHINESE, 101",
    "三．, CHINESE, 3",
    "(一), PARENTHESIZED_CHINESE, 1",
    "\uFF08一\uFF09, PARENTHESIZED_CHINESE, 1",
    "(十二)、, PARENTHESIZED_CHINESE, 12",
    "1., ARABIC, 1",
    "1、, ARABIC, 1",
    "\uFF11\uFF0E, ARABIC, 1",
    "12., ARABIC, 12",
    "\uFF11\uFF12\u3001, ARABIC, 12",
    "(1), PARENTHESIZED_ARABIC, 1",
    "\uFF08\uFF13\uFF09, PARENTHESIZED_ARABIC, 3",
    "①, CIRCLED, 1",
    "⑳, CIRCLED, 20",
    "㉑, CIRCLED, 21",
    "㉟, CIRCLED, 35",
    "㊱, CIRCLED, 36",
    "㊿, CIRCLED, 50",
    "一是, RUN_IN, 1",
    "十二是, RUN_IN, 12",
  })
  void of_findsTheStyleAndOrdinal(String label, NumberingStyle style, int ordinal) {
    assertThat(NumberingStyle.of(label)).contains(style);
    assertThat(style.ordinal(label)).isEqualTo(OptionalInt.of(ordinal));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "一", "1", "(一", "一)", "0.", "(0)", "十十、", "一百五、", "两、", "是", "一是是", "a.", "12345.",
        "1.2.", "第一、", "一、 "
      })
  void of_isEmptyForWhatIsNoLabel(String label) {
    assertThat(NumberingStyle.of(label)).isEmpty();
  }

  @Test
  void ordinal_isEmptyForALabelOfAnotherStyle() {
    assertThat(NumberingStyle.CHINESE.ordinal("(一)")).isEmpty();
    assertThat(NumberingStyle.ARABIC.ordinal("一、")).isEmpty();
    assertThat(NumberingStyle.RUN_IN.ordinal("一、")).isEmpty();
  }

  // ---- label(int): the canonical label

  @ParameterizedTest
  @CsvSource({
    "CHINESE, 1, 一、",
    "CHINESE, 10, 十、",
    "CHINESE, 22, 二十二、",
    "CHINESE, 999, 九百九十九、",
    "PARENTHESIZED_CHINESE, 3, \uFF08三\uFF09",
    "ARABIC, 1, 1.",
    "ARABIC, 9999, 9999.",
    "PARENTHESIZED_ARABIC, 12, \uFF0812\uFF09",
    "CIRCLED, 1, ①",
    "CIRCLED, 21, ㉑",
    "CIRCLED, 50, ㊿",
    "RUN_IN, 3, 三是",
    "RUN_IN, 105, 一百零五是",
  })
  void label_isCanonical(NumberingStyle style, int ordinal, String label) {
    assertThat(style.label(ordinal)).isEqualTo(label);
  }

  @ParameterizedTest
  @EnumSource(NumberingStyle.class)
  void label_readsBackAsItsOrdinal(NumberingStyle style) {
    int largest =
        style == NumberingStyle.CIRCLED ? 50 : style.name().contains("ARABIC") ? 9999 : 999;
    for (int ordinal = 1; ordinal <= largest; ordinal++) {
      String label = style.label(ordinal);
      assertThat(NumberingStyle.of(label)).as(label).contains(style);
      assertThat(style.ordinal(label)).as(label).isEqualTo(OptionalInt.of(ordinal));
    }
  }

  @ParameterizedTest
  @EnumSource(NumberingStyle.class)
  void label_rejectsZero(NumberingStyle style) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> style.label(0))
        .withMessage("ordinals count from 1: 0");
  }

  @ParameterizedTest
  @CsvSource({
    "CHINESE, 1000",
    "PARENTHESIZED_CHINESE, 1000",
    "RUN_IN, 1000",
    "ARABIC, 10000",
    "PARENTHESIZED_ARABIC, 10000",
    "CIRCLED, 51",
    "CHINESE, 2147483647"
  })
  void label_rejectsOrdinalsTheStyleCannotWrite(NumberingStyle style, int ordinal) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> style.label(ordinal))
        .withMessage("no " + style + " label for ordinal " + ordinal);
  }
}
