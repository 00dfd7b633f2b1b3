package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The reader parses bytes it has only checked, not decoded: the check accepts exactly what the
 * JDK's reporting UTF-8 decoder accepts, so that malformed bytes are still reported as such.
 */
class EncodingsPropertiesTest {

  @Property(tries = 3000)
  void theUtf8Check_agreesWithTheDecoder(@ForAll("nearlyUtf8") byte[] bytes) {
    assertThat(Encodings.isWellFormedUtf8(bytes, 0)).isEqualTo(decodes(bytes));
  }

  @Property(tries = 500)
  void encodedText_passesTheCheck(@ForAll String text) {
    // getBytes encodes a lone surrogate as '?': what it writes is always well-formed
    assertThat(Encodings.isWellFormedUtf8(text.getBytes(StandardCharsets.UTF_8), 0)).isTrue();
  }

  @Property(tries = 3000)
  void theUtf8Check_agreesWithTheDecoder_overAsciiRuns(
      @ForAll("asciiRunsAroundBoundaries") byte[] bytes) {
    assertThat(Encodings.isWellFormedUtf8(bytes, 0)).isEqualTo(decodes(bytes));
  }

  @Property(tries = 3000)
  void mayEscapeSurrogate_findsEveryBackslashUD(
      @ForAll("escapeLike") byte[] bytes, @ForAll @IntRange(max = 3) int start) {
    int from = Math.min(start, bytes.length);
    String text = new String(bytes, StandardCharsets.ISO_8859_1).substring(from);
    boolean expected = text.contains("\\ud") || text.contains("\\uD");
    assertThat(Encodings.mayEscapeSurrogate(bytes, from)).isEqualTo(expected);
  }

  /** Runs of backslashes, {@code u}, {@code d} and their neighbours, across eight-byte steps. */
  @Provide
  Arbitrary<byte[]> escapeLike() {
    return Arbitraries.of('\\', 'u', 'U', 'd', 'D', 'e', 'a', '"', (char) 0x5D, (char) 0xDC)
        .map(c -> (byte) c.charValue())
        .array(byte[].class)
        .ofMaxSize(40);
  }

  /**
   * Longer runs, mostly ASCII, so that the check's eight-byte steps meet a boundary byte at every
   * offset within a step, and at the end of the array.
   */
  @Provide
  Arbitrary<byte[]> asciiRunsAroundBoundaries() {
    Arbitrary<Byte> ascii = Arbitraries.bytes().between((byte) 0, (byte) 0x7F);
    Arbitrary<Byte> boundary =
        Arbitraries.of(0x80, 0xBF, 0xC2, 0xE4, 0xE5, 0xED, 0xF0, 0xF4, 0xFF)
            .map(Integer::byteValue);
    return Arbitraries.frequencyOf(Tuple.of(12, ascii), Tuple.of(1, boundary))
        .array(byte[].class)
        .ofMaxSize(40);
  }

  /** Short runs of bytes around every boundary of UTF-8's table of well-formed sequences. */
  @Provide
  Arbitrary<byte[]> nearlyUtf8() {
    Arbitrary<Byte> interesting =
        Arbitraries.oneOf(
            Arbitraries.of(
                    0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                    0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF)
                .map(Integer::byteValue),
            Arbitraries.bytes());
    return interesting.array(byte[].class).ofMaxSize(6);
  }

  /** Whether the JDK's reporting UTF-8 decoder accepts {@code bytes}. */
  static boolean decodes(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
