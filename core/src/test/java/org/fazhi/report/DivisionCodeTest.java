package org.fazhi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DivisionCodeTest {

  // ---- parse(CharSequence)

  @ParameterizedTest
  @ValueSource(strings = {"140000", "140200", "140221", "140221100", "000000"})
  void parse_acceptsSixOrNineDigits(String text) {
    assertThat(DivisionCode.parse(text).getValue()).isEqualTo(text);
  }

  @Test
  void parse_rejectsFiveDigits() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DivisionCode.parse("14022"))
        .withMessage("a division code is six or nine digits: \"14022\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "1402211",
        "14022110",
        "1402211000",
        "14022a",
        "\uFF11\uFF14\uFF10\uFF12\uFF12\uFF11",
        " 140221",
        "140221 "
      })
  void parse_rejectsEverythingElse(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DivisionCode.parse(text))
        .withMessage("a division code is six or nine digits: \"" + text + "\"");
  }

  // ---- level()

  @ParameterizedTest
  @CsvSource({
    "140000, PROVINCE",
    "140200, PREFECTURE",
    "140221, COUNTY",
    "140221100, TOWNSHIP",
    "110100, PREFECTURE",
    "140201, COUNTY",
  })
  void level_followsFromTheForm(String code, DivisionLevel level) {
    assertThat(DivisionCode.parse(code).level()).isEqualTo(level);
  }

  // ---- parent(), provincePart()

  @ParameterizedTest
  @CsvSource({
    "140221100, 140221",
    "140221, 140200",
    "140200, 140000",
  })
  void parent_isTheEnclosingDivision(String code, String parent) {
    assertThat(DivisionCode.parse(code).parent()).contains(DivisionCode.parse(parent));
  }

  @Test
  void parent_ofAProvinceIsEmpty() {
    assertThat(DivisionCode.parse("140000").parent()).isEmpty();
  }

  @Test
  void provincePart_isTheFirstTwoDigits() {
    assertThat(DivisionCode.parse("140221").provincePart()).isEqualTo("14");
  }

  // ---- toString(), equals()

  @Test
  void toString_isTheDigits() {
    assertThat(DivisionCode.parse("140221")).hasToString("140221");
  }

  @Test
  void equals_byDigits() {
    assertThat(DivisionCode.parse("140221"))
        .isEqualTo(DivisionCode.parse(new StringBuilder("140221")))
        .isNotEqualTo(DivisionCode.parse("140222"));
  }
}
