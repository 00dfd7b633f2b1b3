package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJsonException.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stream is read whole, whatever it says it holds: {@link InputStream#available()} only sizes the
 * first read, so a stream that says too little, too much or nothing, or hands its bytes over a few
 * at a time, gives the same report, and the document limit holds on every path.
 */
class ReportJsonStreamsTest {
  private static final ReportJson JSON = ReportJson.create();

  private static final byte[] DOCUMENT =
      """
      {
        "schemaVersion": "1.0",
        "metadata": {"title": "阳高县2024年法治政府建设年度报告", "reportingYear": 2024},
        "statistics": {"reconsideration": {"received": 35, "accepted": 31}}
      }
      """
          .getBytes(StandardCharsets.UTF_8);

  /** Bytes handed over {@code chunk} at a time, claiming {@code claimed} available at first. */
  private static final class Claiming extends InputStream {
    private final byte[] bytes;
    private final int claimed;
    private final int chunk;
    private int position;

    Claiming(byte[] bytes, int claimed, int chunk) {
      this.bytes = bytes;
      this.claimed = claimed;
      this.chunk = chunk;
    }

    @Override
    public int available() {
      return position == 0 ? claimed : 0;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (position == bytes.length) {
        return -1;
      }
      int n = Math.min(Math.min(length, chunk), bytes.length - position);
      System.arraycopy(bytes, position, buffer, offset, n);
      position += n;
      return n;
    }
  }

  /** What a stream claims it holds, against what it holds. */
  enum Claim {
    NOTHING,
    NEGATIVE,
    ONE_BYTE,
    HALF,
    ONE_LESS,
    EXACTLY,
    ONE_MORE,
    A_MILLION,
    INTEGER_MAX;

    int of(int length) {
      return switch (this) {
        case NOTHING -> 0;
        case NEGATIVE -> -1;
        case ONE_BYTE -> 1;
        case HALF -> length / 2;
        case ONE_LESS -> length - 1;
        case EXACTLY -> length;
        case ONE_MORE -> length + 1;
        case A_MILLION -> 1_000_000;
        case INTEGER_MAX -> Integer.MAX_VALUE;
      };
    }
  }

  @ParameterizedTest(name = "claims {0}, hands over {1} bytes at a time")
  @CsvSource({
    "NOTHING, 8192",
    "NOTHING, 1",
    "NEGATIVE, 8192",
    "ONE_BYTE, 8192",
    "HALF, 7",
    "ONE_LESS, 8192",
    "EXACTLY, 8192",
    "EXACTLY, 3",
    "ONE_MORE, 8192",
    "A_MILLION, 8192",
    "INTEGER_MAX, 64"
  })
  void whateverAStreamClaims_theWholeDocumentIsRead(Claim claim, int chunk) {
    Report report =
        JSON.read(new Claiming(DOCUMENT, claim.of(DOCUMENT.length), chunk), "report.json");
    assertThat(report).isEqualTo(JSON.read(new String(DOCUMENT, StandardCharsets.UTF_8)));
  }

  @Test
  void aFile_isReadAsItsBytes(@TempDir Path directory) throws IOException {
    Path file = Files.write(directory.resolve("report.json"), DOCUMENT);
    assertThat(JSON.read(file)).isEqualTo(JSON.read(new ByteArrayInputStream(DOCUMENT), "x"));
  }

  /** The last byte of the padded document, the line break after its closing brace, is past it. */
  @ParameterizedTest(name = "claims {0} bytes")
  @CsvSource({"0", "16777216", "16777217", "100"})
  void oneByteBeyondTheLimit_isRefusedWhateverTheStreamClaims(int claimed) {
    byte[] document = paddedTo((int) ReportJson.MAX_DOCUMENT_LENGTH + 1);
    ReportJsonException e =
        catchThrowableOfType(
            ReportJsonException.class,
            () -> JSON.read(new Claiming(document, claimed, 1 << 16), "big.json"));
    assertThat(e.getProblem()).isEqualTo(Problem.LIMIT_EXCEEDED);
    assertThat(e.getMessage())
        .isEqualTo(
            "big.json: (document) (line 5, column 2): the document is longer than"
                + " 16777216 bytes (ReportJson.MAX_DOCUMENT_LENGTH)");
  }

  @ParameterizedTest(name = "claims {0} bytes")
  @CsvSource({"0", "16777216", "16777217"})
  void aDocumentOfExactlyTheLimit_isRead(int claimed) {
    byte[] document = paddedTo((int) ReportJson.MAX_DOCUMENT_LENGTH);
    assertThat(JSON.read(new Claiming(document, claimed, 1 << 16), "big.json"))
        .isEqualTo(JSON.read(new ByteArrayInputStream(DOCUMENT), "x"));
  }

  /** The document, preceded by spaces to {@code length} bytes in all. */
  private static byte[] paddedTo(int length) {
    byte[] document = new byte[length];
    Arrays.fill(document, 0, length - DOCUMENT.length, (byte) ' ');
    System.arraycopy(DOCUMENT, 0, document, length - DOCUMENT.length, DOCUMENT.length);
    return document;
  }
}
