package org.fazhi.report.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The input as text: read within the size limits, checked to be text, and cut into normalized lines
 * that remember where they stood in the input.
 */
final class SourceText {
  private SourceText() {}

  /** A non-blank line of the input, without surrounding white space. */
  record Line(String text, int number, int column) {
    TextSpan span() {
      return TextSpan.of(text, number, column);
    }
  }

  /**
   * Reads {@code path} as UTF-8, after checking its size; fails for a file too large or not UTF-8.
   */
  static String read(Path path) {
    String source = path.toString();
    try {
      long size = Files.size(path);
      if (size > ReportText.MAX_INPUT_BYTES) {
        throw new ReportTextException(
            ReportTextException.Problem.TOO_LARGE,
            source,
            "the file has " + size + " bytes; the limit is " + ReportText.MAX_INPUT_BYTES);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return decode(in.readNBytes(ReportText.MAX_INPUT_BYTES + 1), source);
      }
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read report text " + source + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read report text " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads {@code reader} up to the limit; fails, without reading further, once the text exceeds it.
   */
  static String read(Reader reader, String source) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = reader.read(buffer)) != -1) {
        text.append(buffer, 0, n);
        if (text.length() > ReportText.MAX_INPUT_CHARS) {
          throw tooLarge(source, "more than " + ReportText.MAX_INPUT_CHARS);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read report text" + (source == null ? "" : " " + source) + ": " + e.getMessage(),
          e);
    }
    return text.toString();
  }

  private static String decode(byte[] bytes, String source) {
    if (bytes.length > ReportText.MAX_INPUT_BYTES) {
      throw new ReportTextException(
          ReportTextException.Problem.TOO_LARGE,
          source,
          "the input has more than " + ReportText.MAX_INPUT_BYTES + " bytes");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new ReportTextException(
          ReportTextException.Problem.NOT_TEXT,
          source,
          "not UTF-8: malformed bytes at byte offset " + in.position());
    }
    decoder.flush(out);
    return out.flip().toString();
  }

  /** Fails unless {@code text} is within the size limit, is text, and is not blank. */
  static void check(String text, String source) {
    if (text.length() > ReportText.MAX_INPUT_CHARS) {
      throw tooLarge(source, String.valueOf(text.length()));
    }
    int line = 1;
    int column = 1;
    boolean blank = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String bad = null;
      int lineBreak = lineBreakLength(text, i);
      if (lineBreak > 0) {
        line++;
        column = 1;
        i += lineBreak - 1;
        continue;
      } else if (c < 0x20 && c != '\t' || c == 0x7F) {
        bad = String.format("control character U+%04X", (int) c);
      } else if (c == '\uFFFD') {
        bad = "replacement character U+FFFD (the text was decoded from bytes that were not UTF-8)";
      } else if (Character.isHighSurrogate(c)
          && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))) {
        bad = "unpaired surrogate";
      } else if (Character.isLowSurrogate(c)
          && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        bad = "unpaired surrogate";
      }
      if (bad != null) {
        throw new ReportTextException(
            ReportTextException.Problem.NOT_TEXT,
            source,
            bad + " at line " + line + ", column " + column);
      }
      if (blank && !isSpace(c) && !(i == 0 && c == '\uFEFF')) {
        blank = false;
      }
      column++;
    }
    if (blank) {
      throw new ReportTextException(
          ReportTextException.Problem.EMPTY, source, "the input holds no text");
    }
  }

  private static ReportTextException tooLarge(String source, String length) {
    return new ReportTextException(
        ReportTextException.Problem.TOO_LARGE,
        source,
        "the input has " + length + " characters; the limit is " + ReportText.MAX_INPUT_CHARS);
  }

  /** Whether {@code c} is white space in a report: ASCII, ideographic, no-break or zero-width. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  /**
   * The non-blank lines of {@code text}, each without surrounding white space, with its line number
   * and the column of its first character. A leading byte-order mark is dropped; every line break
   * of Unicode ({@link #lineBreakLength}) ends a line.
   */
  static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    int number = 1;
    int lineStart = start;
    for (int i = start; i < text.length(); i++) {
      int lineBreak = lineBreakLength(text, i);
      if (lineBreak > 0) {
        add(lines, text, lineStart, i, number);
        number++;
        i += lineBreak - 1;
        lineStart = i + 1;
      }
    }
    add(lines, text, lineStart, text.length(), number);
    return lines;
  }

  /**
   * The length of the line break at {@code i} of {@code text}, or 0: 2 for {@code \r\n}, 1 for any
   * other of Unicode's (and Java's {@code \R}): {@code \n}, {@code \r}, a vertical tab (Word's line
   * break, when its text is pasted), a form feed (a page break in text taken from PDF), NEL
   * (U+0085), and the line and paragraph separators (U+2028, U+2029).
   */
  static int lineBreakLength(String text, int i) {
    return switch (text.charAt(i)) {
      case '\r' -> i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
      case '\n', '\u000B', '\f', '\u0085', '\u2028', '\u2029' -> 1;
      default -> 0;
    };
  }

  private static void add(List<Line> lines, String text, int from, int to, int number) {
    int first = from;
    while (first < to && isSpace(text.charAt(first))) {
      first++;
    }
    int last = to;
    while (last > first && isSpace(text.charAt(last - 1))) {
      last--;
    }
    if (first < last) {
      lines.add(new Line(text.substring(first, last), number, first - from + 1));
    }
  }

  /** The text of {@code lines}, each ended by {@code \n}. */
  static String join(List<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
