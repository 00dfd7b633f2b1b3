package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the fuzzer found in {@link ReportJson}, each kept as a specification (the inputs are also
 * seeds of {@link ReportJsonFuzzTest}).
 */
class ReportJsonFuzzFindingsTest {
  private static final ReportJson JSON = ReportJson.create();

  /**
   * UTF-8 (no byte order mark, no zero pattern of UTF-16 or UTF-32) with a zero byte among the
   * first two, which Jackson's byte parser would take for UTF-16 or UTF-32 or refuse without a
   * location.
   */
  static Stream<byte[]> utf8WithALeadingZeroByte() {
    return Stream.of(
        new byte[] {0x00, 0x00, 0x01, 0x00, 0x00, 0x61, 0x74}, // the fuzzer's: UCS-4 "2143"
        new byte[] {0x00, 0x01, 0x00, 0x00}, // UCS-4 "3412"
        new byte[] {0x00, 0x7B},
        new byte[] {0x7B, 0x00, 0x7D, 0x7D},
        new byte[] {0x00},
        "\u0000{\"schemaVersion\": \"1.0\"}".getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("utf8WithALeadingZeroByte")
  void utf8WithALeadingZeroByte_isRefusedAsTheSameText_withALocation(byte[] bytes) {
    ReportJsonException fromBytes =
        catchThrowableOfType(
            ReportJsonException.class,
            () -> JSON.read(new ByteArrayInputStream(bytes), "report.json"));
    ReportJsonException fromText =
        catchThrowableOfType(
            ReportJsonException.class, () -> JSON.read(new String(bytes, StandardCharsets.UTF_8)));
    assertThat(fromBytes.getProblem()).isEqualTo(fromText.getProblem());
    assertThat(fromBytes.getDetail()).isEqualTo(fromText.getDetail());
    assertThat(fromBytes.getLine()).isEqualTo(fromText.getLine()).isPositive();
    assertThat(fromBytes.getColumn()).isEqualTo(fromText.getColumn()).isPositive();
  }
}
