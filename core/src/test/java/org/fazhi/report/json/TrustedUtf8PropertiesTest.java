package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;
import org.junit.jupiter.api.Test;

/**
 * Trusting the byte parser's UTF-8 checks changes no outcome: a reader that checks the bytes only
 * after the parser fails, and skips lone-surrogate checks where no escape could make one, reads
 * exactly what one that checks everything first reads, and refuses exactly what it refuses, with
 * the same problem, location and words — on bytes of every kind put anywhere in a report, and on
 * escapes of surrogates, paired or not.
 */
class TrustedUtf8PropertiesTest {
  private static final ReportMapper TRUSTING = new ReportMapper(true);
  private static final ReportMapper CHECKING = new ReportMapper(false);
  private static final byte[] BASE = HostileCorpusGenerator.BASE.getBytes(StandardCharsets.UTF_8);

  private static final List<String> ESCAPES =
      List.of(
          "\\ud800",
          "\\uDC00",
          "\\ud840\\udc00",
          "\\uD83D\\uDE00x",
          "\\udbff",
          "\\\\ud800",
          "\\u0041",
          "\\n",
          "\\\"",
          "\\u00e9");

  @Provide
  Arbitrary<byte[]> bytesInserted() {
    Arbitrary<byte[]> inserted =
        Arbitraries.oneOf(
                Arbitraries.of(
                        0x00, 0x22, 0x41, 0x5C, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                        0xC1, 0xC2, 0xDF, 0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF)
                    .map(Integer::byteValue),
                Arbitraries.bytes())
            .array(byte[].class)
            .ofMinSize(1)
            .ofMaxSize(5);
    return Combinators.combine(Arbitraries.doubles().between(0, 1), inserted)
        .as((at, bytes) -> insert(BASE, (int) (at * BASE.length), bytes));
  }

  @Provide
  Arbitrary<byte[]> escapesInserted() {
    return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(ESCAPES))
        .as(
            (at, escape) ->
                insert(BASE, (int) (at * BASE.length), escape.getBytes(StandardCharsets.UTF_8)));
  }

  @Property(tries = 1500)
  void anyBytesAnywhere_haveTheSameOutcome(@ForAll("bytesInserted") byte[] document) {
    assertThat(outcome(TRUSTING, document)).isEqualTo(outcome(CHECKING, document));
  }

  @Property(tries = 500)
  void escapedSurrogatesAnywhere_haveTheSameOutcome(@ForAll("escapesInserted") byte[] document) {
    assertThat(outcome(TRUSTING, document)).isEqualTo(outcome(CHECKING, document));
  }

  @Test
  void theCorpusOfEncodings_hasTheSameOutcome() {
    for (CorpusDocument document : EncodingCases.documents()) {
      byte[] bytes = document.content();
      assertThat(outcome(TRUSTING, bytes)).as(document.file()).isEqualTo(outcome(CHECKING, bytes));
    }
  }

  private static Object outcome(ReportMapper mapper, byte[] document) {
    try {
      Report report = mapper.parse(document, Optional.of("r.json"));
      return report;
    } catch (ReportJsonException e) {
      return List.of(e.getProblem(), e.getPointer(), e.getLine(), e.getColumn(), e.getMessage());
    }
  }

  private static byte[] insert(byte[] into, int at, byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(into, 0, at);
    out.writeBytes(bytes);
    out.write(into, at, into.length - at);
    return out.toByteArray();
  }
}
