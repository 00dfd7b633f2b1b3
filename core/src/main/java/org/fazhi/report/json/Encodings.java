package org.fazhi.report.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
  /** Eight bytes of an array read as one long. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private Encodings() {}

  /** The text of {@code bytes}, without a byte order mark. */
  static String decode(byte[] bytes, Optional<String> source) {
    int start = utf8Start(bytes);
    if (start >= 0) {
      return decode(bytes, start, StandardCharsets.UTF_8, source);
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return decode(bytes, 4, UTF_32BE, source);
    } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return decode(bytes, 4, UTF_32LE, source);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      return decode(bytes, 2, StandardCharsets.UTF_16BE, source);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      return decode(bytes, 2, StandardCharsets.UTF_16LE, source);
    }
    boolean[] zero = new boolean[4];
    for (int i = 0; i < 4; i++) {
      zero[i] = bytes[i] == 0;
    }
    Charset charset;
    if (zero[0] && zero[1] && zero[2] && !zero[3]) {
      charset = UTF_32BE;
    } else if (!zero[0] && zero[1] && zero[2] && zero[3]) {
      charset = UTF_32LE;
    } else if (zero[0] && !zero[1] && zero[2] && !zero[3]) {
      charset = StandardCharsets.UTF_16BE;
    } else {
      charset = StandardCharsets.UTF_16LE;
    }
    return decode(bytes, 0, charset, source);
  }

  /** Whether the three bytes at {@code offset} of {@code bytes} are UTF-8's byte order mark. */
  static boolean isUtf8ByteOrderMark(byte[] bytes, int offset) {
    return bytes.length >= offset + 3
        && (bytes[offset] & 0xFF) == 0xEF
        && (bytes[offset + 1] & 0xFF) == 0xBB
        && (bytes[offset + 2] & 0xFF) == 0xBF;
  }

  /**
   * Where the text of {@code bytes} begins if they are UTF-8 — 3 after a byte order mark, else 0 —
   * or -1 if a byte order mark or the zero bytes of the first two characters say UTF-16 or UTF-32.
   */
  static int utf8Start(byte[] bytes) {
    if (isUtf8ByteOrderMark(bytes, 0)) {
      return 3;
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)
        || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)
        || startsWith(bytes, 0xFE, 0xFF)
        || startsWith(bytes, 0xFF, 0xFE)) {
      return -1;
    }
    if (bytes.length >= 4) {
      boolean zero0 = bytes[0] == 0;
      boolean zero1 = bytes[1] == 0;
      boolean zero2 = bytes[2] == 0;
      boolean zero3 = bytes[3] == 0;
      if ((zero0 && zero1 && zero2 && !zero3)
          || (!zero0 && zero1 && zero2 && zero3)
          || (zero0 && !zero1 && zero2 && !zero3)
          || (!zero0 && zero1 && !zero2 && zero3)) {
        return -1;
      }
    }
    return 0;
  }

  /**
   * Whether Jackson's byte parser, which guesses the encoding from the first bytes again, reads
   * {@code bytes} from {@code start} as UTF-8: only if neither of the first two bytes is zero. A
   * zero there makes it guess UTF-16 or UTF-32 — or fail, without a location, on a zero pattern of
   * neither ({@code 00 00 01 00}: "Unsupported UCS-4 endianness (2143)").
   */
  static boolean jacksonReadsAsUtf8(byte[] bytes, int start) {
    return (bytes.length <= start || bytes[start] != 0)
        && (bytes.length <= start + 1 || bytes[start + 1] != 0);
  }

  /**
   * Whether {@code bytes} from {@code start} may hold the JSON escape of a surrogate: a backslash,
   * {@code u} and {@code d} or {@code D}. Of a JSON string in well-formed UTF-8, only such an
   * escape can make a lone surrogate. An escaped backslash before {@code ud800} counts too: the
   * answer may be yes where there is none, never no where there is one.
   */
  static boolean mayEscapeSurrogate(byte[] bytes, int start) {
    int i = start;
    int end = bytes.length;
    while (i + 8 <= end) {
      long word = (long) LONGS.get(bytes, i);
      // A zero byte in word ^ backslashes where a backslash stands; none, and the eight pass.
      long x = word ^ 0x5C5C5C5C5C5C5C5CL;
      if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) == 0) {
        i += 8;
        continue;
      }
      for (int stop = i + 8; i < stop; i++) {
        if (escapesSurrogate(bytes, i)) {
          return true;
        }
      }
    }
    for (; i < end; i++) {
      if (escapesSurrogate(bytes, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean escapesSurrogate(byte[] bytes, int i) {
    return bytes[i] == '\\'
        && i + 2 < bytes.length
        && bytes[i + 1] == 'u'
        && (bytes[i + 2] | 0x20) == 'd';
  }

  /**
   * Whether {@code bytes} from {@code start} are well-formed UTF-8 (Unicode, table 3-7): exactly
   * what a reporting UTF-8 decoder accepts, checked without decoding.
   */
  static boolean isWellFormedUtf8(byte[] bytes, int start) {
    int i = start;
    int end = bytes.length;
    while (i < end) {
      // Eight ASCII bytes at a time: indentation, keys and numbers are most of a report.
      if (i + 8 <= end && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
        i += 8;
        continue;
      }
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xFF;
      if (b < 0xC2) {
        return false;
      } else if (b < 0xE0) {
        if (i + 1 >= end || !continuation(bytes[i + 1])) {
          return false;
        }
        i += 2;
      } else if (b < 0xF0) {
        if (i + 2 >= end) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xFF;
        boolean second =
            b == 0xE0
                ? b1 >= 0xA0 && b1 <= 0xBF
                : b == 0xED ? b1 >= 0x80 && b1 <= 0x9F : b1 >= 0x80 && b1 <= 0xBF;
        if (!second || !continuation(bytes[i + 2])) {
          return false;
        }
        i += 3;
      } else if (b < 0xF5) {
        if (i + 3 >= end) {
          return false;
        }
        int b1 = bytes[i + 1] & 0xFF;
        boolean second =
            b == 0xF0
                ? b1 >= 0x90 && b1 <= 0xBF
                : b == 0xF4 ? b1 >= 0x80 && b1 <= 0x8F : b1 >= 0x80 && b1 <= 0xBF;
        if (!second || !continuation(bytes[i + 2]) || !continuation(bytes[i + 3])) {
          return false;
        }
        i += 4;
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean continuation(byte b) {
    return (b & 0xC0) == 0x80;
  }

  /**
   * The column, in characters (UTF-16 code units), of what stands at column {@code byteColumn}
   * counted in bytes on line {@code line} of the well-formed UTF-8 text that begins at {@code
   * start}; lines break at LF, CR LF or CR, as Jackson counts them. A column of 0 (unknown) stays
   * 0.
   */
  static int charColumn(byte[] bytes, int start, int line, int byteColumn) {
    if (line <= 0 || byteColumn <= 0) {
      return byteColumn;
    }
    int lineStart = start;
    for (int current = 1; current < line && lineStart < bytes.length; lineStart++) {
      byte b = bytes[lineStart];
      if (b == '\n') {
        current++;
      } else if (b == '\r') {
        if (lineStart + 1 < bytes.length && bytes[lineStart + 1] == '\n') {
          lineStart++;
        }
        current++;
      }
    }
    int end = Math.min(bytes.length, lineStart + byteColumn - 1);
    int column = 1;
    for (int i = lineStart; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        column += (b & 0xF8) == 0xF0 ? 2 : 1;
      }
    }
    return column;
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
