package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;

/**
 * What {@link ReportMapper} takes on trust from Jackson 3.3's byte parser, so that it need not
 * check every byte of a document itself before parsing: the parser refuses every ill-formed UTF-8
 * sequence in a string or a property name — truncated, overlong, a surrogate, past U+10FFFF, a byte
 * that is no lead. Jackson 3.1 does not (it reads {@code C0 80} as U+0000), and the reader then
 * checks first. Should a later Jackson stop refusing one, this test fails, not a user's read.
 */
class JacksonUtf8Test {
  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * Each lead byte is followed by up to three of these: every class of byte a decoder tells apart.
   */
  private static final int[] FOLLOWING = {
    0x22, 0x41, 0x5C, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF
  };

  @Test
  void theBuildsJackson_isOneTheReaderTrusts() {
    Version version = FACTORY.version();
    assertThat(version.getMajorVersion() * 100 + version.getMinorVersion())
        .as("Jackson %s", version)
        .isGreaterThanOrEqualTo(303);
  }

  @Test
  void everyIllFormedSequence_inAStringOrAName_isRefusedByTheParser() {
    List<String> accepted = new ArrayList<>();
    int illFormed = 0;
    for (byte[] sequence : sequences()) {
      for (String[] around :
          new String[][] {
            {"[\"a", "\"]"}, {"{\"a", "\":1}"}, {"{\"a-long-name-read-as-more-quads", "\":1}"}
          }) {
        byte[] document = concat(around[0], sequence, around[1]);
        if (!EncodingsPropertiesTest.decodes(document)) {
          illFormed++;
          if (parses(document)) {
            accepted.add(around[0] + " " + java.util.HexFormat.of().formatHex(sequence));
          }
        }
      }
    }
    assertThat(illFormed).isGreaterThan(400_000);
    assertThat(accepted).isEmpty();
  }

  @Test
  void wellFormedSequences_areRead() {
    for (String text : List.of("é", "法", "\uD840\uDC00", "\uDBFF\uDFFF", "\u0800", "\u07FF")) {
      assertThat(parses(concat("[\"", text.getBytes(StandardCharsets.UTF_8), "\"]"))).isTrue();
    }
  }

  private static List<byte[]> sequences() {
    List<byte[]> sequences = new ArrayList<>();
    for (int lead = 0x80; lead <= 0xFF; lead++) {
      for (int length = 1; length <= 4; length++) {
        int combinations = (int) Math.pow(FOLLOWING.length, length - 1);
        for (int c = 0; c < combinations; c++) {
          byte[] sequence = new byte[length];
          sequence[0] = (byte) lead;
          for (int k = 1, rest = c; k < length; k++, rest /= FOLLOWING.length) {
            sequence[k] = (byte) FOLLOWING[rest % FOLLOWING.length];
          }
          sequences.add(sequence);
        }
      }
    }
    return sequences;
  }

  private static boolean parses(byte[] document) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), document)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          parser.getString();
        }
      }
      return true;
    } catch (JacksonException e) {
      return false;
    }
  }

  private static byte[] concat(String before, byte[] bytes, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(bytes);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }
}
