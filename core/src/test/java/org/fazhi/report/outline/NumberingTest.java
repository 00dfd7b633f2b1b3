package org.fazhi.report.outline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberingTest {

  // ---- of(NumberingStyle, int)

  @Test
  void of_writesTheCanonicalLabel() {
    Numbering numbering = Numbering.of(NumberingStyle.PARENTHESIZED_CHINESE, 3);
    assertThat(numbering.getStyle()).isEqualTo(NumberingStyle.PARENTHESIZED_CHINESE);
    assertThat(numbering.getOrdinal()).isEqualTo(3);
    assertThat(numbering.getLabel()).isEqualTo("\uFF08三\uFF09");
  }

  @Test
  void of_rejectsZero() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Numbering.of(NumberingStyle.ARABIC, 0))
        .withMessage("ordinals count from 1: 0");
  }

  @Test
  void of_rejectsAnOrdinalTheStyleCannotWrite() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Numbering.of(NumberingStyle.CIRCLED, 51))
        .withMessage("no CIRCLED label for ordinal 51");
  }

  // ---- parse(String)

  @ParameterizedTest
  @CsvSource({
    "一、, CHINESE, 1",
    "(一), PARENTHESIZED_CHINESE, 1",
    "\uFF08一\uFF09, PARENTHESIZED_CHINESE, 1",
    "1., ARABIC, 1",
    "1、, ARABIC, 1",
    "\uFF11\uFF0E, ARABIC, 1",
    "(1), PARENTHESIZED_ARABIC, 1",
    "①, CIRCLED, 1",
    "一是, RUN_IN, 1",
    "三十七是, RUN_IN, 37",
  })
  void parse_keepsTheLabelAsWritten(String label, NumberingStyle style, int ordinal) {
    Numbering numbering = Numbering.parse(label);
    assertThat(numbering.getStyle()).isEqualTo(style);
    assertThat(numbering.getOrdinal()).isEqualTo(ordinal);
    assertThat(numbering.getLabel()).isEqualTo(label);
    assertThat(numbering).hasToString(label);
  }

  @Test
  void parse_ofACanonicalLabel_equalsOf() {
    assertThat(Numbering.parse("\uFF08三\uFF09"))
        .isEqualTo(Numbering.of(NumberingStyle.PARENTHESIZED_CHINESE, 3));
    assertThat(Numbering.parse("3.")).isEqualTo(Numbering.of(NumberingStyle.ARABIC, 3));
  }

  @Test
  void parse_ofAnotherSpelling_differsFromTheCanonicalOne() {
    assertThat(Numbering.parse("(三)"))
        .isNotEqualTo(Numbering.of(NumberingStyle.PARENTHESIZED_CHINESE, 3));
    assertThat(Numbering.parse("3、")).isNotEqualTo(Numbering.of(NumberingStyle.ARABIC, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"一", "1", "", "0.", "十十、", "第一", "(一", "一)"})
  void parse_rejectsWhatIsNoLabel(String label) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Numbering.parse(label))
        .withMessage("not an outline label: \"" + label + "\" (expected for example 一、 (一) 1. 一是)");
  }

  // ---- builder: label, style and ordinal agree

  @Test
  void builder_rejectsALabelThatWritesAnotherOrdinal() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ImmutableNumbering.builder()
                    .style(NumberingStyle.CHINESE)
                    .ordinal(2)
                    .label("一、")
                    .build())
        .withMessage("label \"一、\" does not write CHINESE ordinal 2");
  }

  @Test
  void builder_rejectsALabelOfAnotherStyle() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ImmutableNumbering.builder()
                    .style(NumberingStyle.ARABIC)
                    .ordinal(1)
                    .label("一、")
                    .build())
        .withMessage("label \"一、\" does not write ARABIC ordinal 1");
  }

  @Test
  void builder_rejectsZeroOrdinalWithAGivenLabel() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ImmutableNumbering.builder()
                    .style(NumberingStyle.ARABIC)
                    .ordinal(0)
                    .label("0.")
                    .build())
        .withMessage("ordinals count from 1: 0");
  }

  @Test
  void withOrdinal_keepsAnExplicitLabelAndSoFails() {
    Numbering first = Numbering.parse("1、");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> first.withOrdinal(2))
        .withMessage("label \"1、\" does not write ARABIC ordinal 2");
  }
}
