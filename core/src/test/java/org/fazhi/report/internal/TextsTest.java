package org.fazhi.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextsTest {
  @Test
  void loneSurrogate_isFoundWhereItStands_andPairsAreText() {
    assertThat(Texts.loneSurrogate("法治")).isEqualTo(-1);
    assertThat(Texts.loneSurrogate("\ud840\udc00")).isEqualTo(-1);
    assertThat(Texts.loneSurrogate("a\ud800")).isEqualTo(1);
    assertThat(Texts.loneSurrogate("\udc00\ud800")).isZero();
    assertThat(Texts.loneSurrogate("\ud840\udc00\udc00")).isEqualTo(2);
    assertThat(Texts.loneSurrogate("\ud800\ud800\udc00")).isZero();
  }

  @Test
  void unicode_refusesALoneSurrogate_namingItsCharacterAndProperty() {
    assertThatThrownBy(() -> Texts.unicode("法\ud800", "title"))
        .isInstanceOfSatisfying(
            InvalidPropertyException.class, e -> assertThat(e.property()).isEqualTo("title"))
        .hasMessage(
            "must not hold a lone surrogate \\uD800 at character 2, which is no Unicode text"
                + " (title)");
  }

  @Test
  void unicode_refusesAStringLongerThanTheReaderReads() {
    assertThat(Texts.unicode("a".repeat(1_000_000), "x")).hasSize(1_000_000);
    assertThatThrownBy(() -> Texts.unicode("a".repeat(1_000_001), "x"))
        .hasMessage(
            "is longer than 1000000 characters (ReportJson.MAX_STRING_LENGTH): 1000001 (x)");
  }
}
