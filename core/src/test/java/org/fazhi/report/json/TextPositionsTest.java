package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextPositionsTest {
  @Test
  void ofChar_countsLinesAtLfCrLfAndCr_andColumnsFromOne() {
    String text = "ab\ncd\r\nef\rgh";
    assertThat(TextPositions.ofChar(text, 0)).isEqualTo(new TextPositions(1, 1));
    assertThat(TextPositions.ofChar(text, 4)).isEqualTo(new TextPositions(2, 2));
    assertThat(TextPositions.ofChar(text, 7)).isEqualTo(new TextPositions(3, 1));
    assertThat(TextPositions.ofChar(text, 11)).isEqualTo(new TextPositions(4, 2));
  }

  @Test
  void ofByte_countsColumnsInCharacters() {
    byte[] bytes = "法治\n政府𠀀x".getBytes(StandardCharsets.UTF_8);
    assertThat(TextPositions.ofByte(bytes, 6)).isEqualTo(new TextPositions(1, 3));
    // 政府 (6 bytes) and 𠀀 (4 bytes, 2 characters) before x.
    assertThat(TextPositions.ofByte(bytes, bytes.length - 1)).isEqualTo(new TextPositions(2, 5));
  }

  @Test
  void pastUtf8Bytes_isTheFirstCharacterThatDoesNotFit() {
    assertThat(TextPositions.pastUtf8Bytes("ab法c", 3)).isEqualTo(new TextPositions(1, 3));
    assertThat(TextPositions.pastUtf8Bytes("ab法c", 5)).isEqualTo(new TextPositions(1, 4));
    assertThat(TextPositions.pastUtf8Bytes("ab", 5)).isEqualTo(new TextPositions(1, 3));
  }
}
