package org.fazhi.report.json;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes the bytes of a JSON document: UTF-8 (what JSON exchanged between systems must be, RFC
 * 8259), or UTF-16 or UTF-32, told apart by a byte order mark or, without one, by where the zero
 * bytes of the first two characters fall (RFC 4627, section 3). Malformed bytes are an error, never
 * replaced.
 */
final class Encodings {
  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private Encodings() {}

  /** The text of {@code bytes}, without a byte order mark. */
  static String decode(byte[] bytes, Optional<String> source) {
    Charset charset = StandardCharsets.UTF_8;
    int start = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      start = 3;
    } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      charset = UTF_32BE;
      start = 4;
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      charset = UTF_32LE;
      start = 4;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      start = 2;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      start = 2;
    } else if (bytes.length >= 4) {
      boolean[] zero = new boolean[4];
      for (int i = 0; i < 4; i++) {
        zero[i] = bytes[i] == 0;
      }
      if (zero[0] && zero[1] && zero[2] && !zero[3]) {
        charset = UTF_32BE;
      } else if (!zero[0] && zero[1] && zero[2] && zero[3]) {
        charset = UTF_32LE;
      } else if (zero[0] && !zero[1] && zero[2] && !zero[3]) {
        charset = StandardCharsets.UTF_16BE;
      } else if (!zero[0] && zero[1] && !zero[2] && zero[3]) {
        charset = StandardCharsets.UTF_16LE;
      }
    }
    return decode(bytes, start, charset, source);
  }

  private static String decode(byte[] bytes, int start, Charset charset, Optional<String> source) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    int capacity = (int) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte());
    CharBuffer out = CharBuffer.allocate(capacity + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      out.flip();
      String decoded = out.toString();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < decoded.length(); i++) {
        if (decoded.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      int offset = in.position();
      int column = decoded.length() - lineStart + 1;
      return fail(source, charset, bytes[offset] & 0xFF, offset, line, column);
    }
    out.flip();
    return out.toString();
  }

  private static String fail(
      Optional<String> source, Charset charset, int badByte, int offset, int line, int column) {
    throw JsonErrors.notText(source, charset.name(), badByte, offset, line, column);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
