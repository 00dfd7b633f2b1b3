package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.fazhi.report.Report;

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
      assertLocated(e);
      return;
    }
    assertStableRoundTrip(report);
  }

  /** The same bytes as text: the reader's string path, with its own byte order mark handling. */
  @FuzzTest(maxDuration = "30s")
  void readString_givesAReportOrAReportJsonException(byte[] data) {
    Report report;
    try {
      report = JSON.read(new String(data, StandardCharsets.UTF_8));
    } catch (ReportJsonException e) {
      assertLocated(e);
      return;
    }
    assertStableRoundTrip(report);
  }

  private static void assertLocated(ReportJsonException e) {
    assertThat(e.getProblem()).isNotNull();
    assertThat(e.getPointer()).isNotNull();
    assertThat(e.getDetail()).isNotBlank();
    assertThat(e.getLine()).isNotNegative();
    assertThat(e.getColumn()).isNotNegative();
  }

  /** What reads is written, read back equal, and written again to the same bytes. */
  private static void assertStableRoundTrip(Report report) {
    String written = JSON.write(report);
    Report again = JSON.read(written);
    assertThat(again).isEqualTo(report);
    assertThat(JSON.write(again)).isEqualTo(written);
  }
}
