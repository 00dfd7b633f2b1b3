package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJsonException.Problem;

/**
 * Fuzz targets of the strict reader: whatever the input, {@link ReportJson#read} gives a report or
 * fails with one of the exceptions it documents, and a report it gives is written, read back equal,
 * and written again to the same bytes.
 *
 * <p>In a normal build each target runs once per seed under {@code
 * src/test/resources/org/fazhi/report/json/ReportJsonFuzzTestInputs/}, which also holds every crash
 * the fuzzer found; {@code JAZZER_FUZZ=1} fuzzes one target (see {@code docs/testing.md}).
 */
class ReportJsonFuzzTest {
  private static final ReportJson JSON = ReportJson.create();

  /** Bytes as a file or stream holds them: any encoding, any garbage. */
  @FuzzTest(maxDuration = "30s")
  void readBytes_givesAReportOrAReportJsonException(byte[] data) {
    Report report;
    try {
      report = JSON.read(new ByteArrayInputStream(data), "fuzz.json");
    } catch (ReportJsonException e) {
      assertLocated(e, lineBreaks(data));
      return;
    }
    assertStableRoundTrip(report);
  }

  /** The same bytes as text: the reader's string path, with its own byte order mark handling. */
  @FuzzTest(maxDuration = "30s")
  void readString_givesAReportOrAReportJsonException(byte[] data) {
    Report report;
    String text = new String(data, StandardCharsets.UTF_8);
    try {
      report = JSON.read(text);
    } catch (ReportJsonException e) {
      assertLocated(e, lineBreaks(text.getBytes(StandardCharsets.UTF_8)));
      return;
    }
    assertStableRoundTrip(report);
  }

  /**
   * A located error: a JSON Pointer (empty for the whole document), and a line and column within
   * the input — 0 only for a document over the length limit, which has no place.
   */
  private static void assertLocated(ReportJsonException e, int lineBreaks) {
    assertThat(e.getProblem()).isNotNull();
    assertThat(e.getPointer()).as(e.getMessage()).matches("(?s)(/.*)?");
    assertThat(e.getDetail()).isNotBlank();
    if (e.getLine() == 0) {
      assertThat(e.getProblem()).as(e.getMessage()).isEqualTo(Problem.LIMIT_EXCEEDED);
      assertThat(e.getColumn()).as(e.getMessage()).isZero();
    } else {
      assertThat(e.getLine()).as(e.getMessage()).isBetween(1, lineBreaks + 1);
      assertThat(e.getColumn()).as(e.getMessage()).isPositive();
    }
  }

  /**
   * An upper bound of the line breaks in {@code data}, whatever its encoding: its CR and LF bytes.
   */
  private static int lineBreaks(byte[] data) {
    int breaks = 0;
    for (byte b : data) {
      if (b == '\n' || b == '\r') {
        breaks++;
      }
    }
    return breaks;
  }

  /** What reads is written, read back equal, and written again to the same bytes. */
  private static void assertStableRoundTrip(Report report) {
    String written = JSON.write(report);
    Report again = JSON.read(written);
    assertThat(again).isEqualTo(report);
    assertThat(JSON.write(again)).isEqualTo(written);
  }
}
