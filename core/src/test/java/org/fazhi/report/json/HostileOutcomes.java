package org.fazhi.report.json;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.fazhi.report.Report;
import org.fazhi.report.internal.InvalidPropertyException;

/**
 * What each reader does with one document of the hostile-input corpus, as one line of text that the
 * corpus manifest states exactly. Shared by {@link HostileCorpusTest}, which compares, and {@link
 * HostileCorpusGenerator}, which writes the manifest.
 *
 * <p>An outcome is one of:
 *
 * <ul>
 *   <li>{@code accepted}: the report read is written by {@link ReportJson} as exactly the bytes of
 *       the document, and written again the same;
 *   <li>{@code accepted as X}: the same, except that the hostile value on its line is written as
 *       {@code X} (an exponent written out: {@code 1e3} as {@code 1000}; a date-time's spelling:
 *       {@code "…T03:35+08:00"} as {@code "…T03:35:00+08:00"}), or, for {@code accepted as absent},
 *       not at all (a plain mapper keeps the last of a duplicate key's two equal values: the lines
 *       from the case's line on);
 *   <li>{@code refused PROBLEM POINTER LINE:COLUMN DETAIL} for {@link ReportJson};
 *   <li>{@code refused ExceptionType} for a plain mapper, followed by {@code : message} when the
 *       model's own invariant refused the value (the same message {@link ReportJson} gives);
 *   <li>{@code accepted as trailing-content-ignored}: the document is a report followed by content
 *       that a plain mapper leaves unread (Jackson 2's default);
 *   <li>{@code null} for a plain mapper that returns null, as Jackson does for the JSON {@code
 *       null} (and, in Jackson 2, for empty content);
 *   <li>anything else ({@code changed}, {@code unstable}, {@code mapper round trip differs}, {@code
 *       escapes X}: an exception type no reader documents) is a defect the test refuses whatever
 *       the manifest says.
 * </ul>
 *
 * <p>A document whose name ends in {@code .bin} is bytes, read as a stream ({@link
 * ReportJson#read(java.io.InputStream, String)}, the mappers' {@code readValue(byte[], …)}); any
 * other is UTF-8 text, read as a string.
 */
final class HostileOutcomes {
  private static final ReportJson JSON = ReportJson.create();
  private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON_2 =
      JacksonMappers.jackson2();
  private static final tools.jackson.databind.json.JsonMapper JACKSON_3 = JacksonMappers.jackson3();

  private HostileOutcomes() {}

  /** What {@link ReportJson} does with {@code document}, whose hostile value is on {@code line}. */
  static String reportJson(String document, int line) {
    return reportJson(() -> JSON.read(document), document, line);
  }

  /**
   * What {@link ReportJson} does with the bytes of a file, read as a stream; if it accepts them,
   * they are compared as the text they decode to, without a byte order mark.
   */
  static String reportJson(byte[] bytes, int line) {
    return reportJson(() -> JSON.read(new ByteArrayInputStream(bytes), "bytes"), text(bytes), line);
  }

  private static String reportJson(Supplier<Report> read, String document, int line) {
    Report report;
    try {
      report = read.get();
    } catch (ReportJsonException e) {
      return "refused "
          + e.getProblem()
          + " "
          + (e.getPointer().isEmpty() ? "(document)" : e.getPointer())
          + " "
          + e.getLine()
          + ":"
          + e.getColumn()
          + " "
          + e.getDetail();
    } catch (RuntimeException e) {
      return escaped(e);
    }
    return accepted(document, line, report);
  }

  /** What an application's Jackson 2 mapper with {@link FazhiJackson2Module} does. */
  static String jackson2(String document, int line) {
    return jackson2(() -> JACKSON_2.readValue(document, Report.class), document, line);
  }

  /** The same, for the bytes of a file. */
  static String jackson2(byte[] bytes, int line) {
    return jackson2(() -> JACKSON_2.readValue(bytes, Report.class), text(bytes), line);
  }

  private static String jackson2(Jackson2Read read, String document, int line) {
    Report report;
    try {
      report = read.read();
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return refused(e);
    } catch (java.io.IOException | RuntimeException e) {
      return escaped(e);
    }
    if (report == null) {
      return "null";
    }
    try {
      Report again = JACKSON_2.readValue(JACKSON_2.writeValueAsString(report), Report.class);
      if (!again.equals(report)) {
        return "mapper round trip differs";
      }
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return "mapper round trip fails: " + e.getOriginalMessage();
    }
    return accepted(document, line, report);
  }

  /** What an application's Jackson 3 mapper with {@link FazhiJackson3Module} does. */
  static String jackson3(String document, int line) {
    return jackson3(() -> JACKSON_3.readValue(document, Report.class), document, line);
  }

  /** The same, for the bytes of a file. */
  static String jackson3(byte[] bytes, int line) {
    return jackson3(() -> JACKSON_3.readValue(bytes, Report.class), text(bytes), line);
  }

  private static String jackson3(Supplier<Report> read, String document, int line) {
    Report report;
    try {
      report = read.get();
    } catch (tools.jackson.core.JacksonException e) {
      return refused(e);
    } catch (RuntimeException e) {
      return escaped(e);
    }
    if (report == null) {
      return "null";
    }
    try {
      Report again = JACKSON_3.readValue(JACKSON_3.writeValueAsString(report), Report.class);
      if (!again.equals(report)) {
        return "mapper round trip differs";
      }
    } catch (tools.jackson.core.JacksonException e) {
      return "mapper round trip fails: " + e.getOriginalMessage();
    }
    return accepted(document, line, report);
  }

  /** A Jackson 2 read, which declares {@link java.io.IOException}. */
  private interface Jackson2Read {
    Report read() throws java.io.IOException;
  }

  /**
   * An exception no reader documents: a defect, stated as such, which {@link HostileCorpusTest}
   * refuses whatever the manifest says.
   */
  private static String escaped(Exception e) {
    return "escapes " + e.getClass().getName() + ": " + e.getMessage();
  }

  /**
   * The text {@code bytes} decode to as {@link ReportJson} decodes them, or, if they are not text,
   * decoded with replacement characters in UTF-8 or, for bytes with zeros, UTF-16.
   */
  static String text(byte[] bytes) {
    try {
      return Encodings.decode(bytes, Optional.empty());
    } catch (ReportJsonException | IndexOutOfBoundsException e) {
      int start = Encodings.utf8Start(bytes);
      if (start >= 0) {
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
      }
      return new String(
          bytes,
          bytes.length > 1 && bytes[1] == 0
              ? StandardCharsets.UTF_16LE
              : StandardCharsets.UTF_16BE);
    }
  }

  private static String refused(Exception e) {
    Throwable cause = e.getCause();
    return "refused "
        + e.getClass().getSimpleName()
        + (cause instanceof InvalidPropertyException ? ": " + cause.getMessage() : "");
  }

  /**
   * {@code accepted} or {@code accepted as X} if {@link ReportJson} writes {@code report} as {@code
   * document}, except perhaps the value on {@code line}, and writes what it reads back the same.
   */
  private static String accepted(String document, int line, Report report) {
    String written;
    try {
      written = JSON.write(report);
    } catch (RuntimeException e) {
      return "accepted, but the writer fails: " + e;
    }
    Report back;
    try {
      back = JSON.read(written);
    } catch (ReportJsonException e) {
      return "accepted, but what is written is refused: " + e.getMessage();
    }
    if (!back.equals(report) || !JSON.write(back).equals(written)) {
      return "unstable";
    }
    if (written.equals(document)) {
      return "accepted";
    }
    if (document.startsWith(written)) {
      // Jackson 2 by default stops after the first value and leaves the rest unread.
      return "accepted as trailing-content-ignored";
    }
    String[] expected = document.split("\n", -1);
    String[] actual = written.split("\n", -1);
    if (expected.length > actual.length
        && line >= 1
        && isWithoutLines(expected, actual, line, expected.length - actual.length)) {
      return "accepted as absent";
    }
    if (expected.length != actual.length) {
      return "changed";
    }
    for (int i = 0; i < expected.length; i++) {
      if (i != line - 1 && !Objects.equals(expected[i], actual[i])) {
        return "changed";
      }
    }
    if (line < 1 || !expected[line - 1].contains("\": ")) {
      return "changed";
    }
    String prefix = key(expected[line - 1]);
    if (!actual[line - 1].startsWith(prefix)) {
      return "changed";
    }
    return "accepted as " + value(actual[line - 1]);
  }

  /**
   * Whether {@code actual} is {@code expected} without its {@code count} lines from {@code line}: a
   * null that a plain mapper reads as an absent optional value, which is then not written, or a
   * duplicate key that it reads as the last of two equal values.
   */
  private static boolean isWithoutLines(String[] expected, String[] actual, int line, int count) {
    for (int i = 0, j = 0; i < expected.length; i++) {
      if (i >= line - 1 && i < line - 1 + count) {
        continue;
      }
      if (!withoutComma(expected[i]).equals(withoutComma(actual[j++]))) {
        return false;
      }
    }
    return true;
  }

  private static String withoutComma(String line) {
    return line.endsWith(",") ? line.substring(0, line.length() - 1) : line;
  }

  /** The line up to and including {@code ": "}. */
  static String key(String line) {
    return line.substring(0, line.indexOf("\": ") + 3);
  }

  /** The value on a line {@code "key": value,}. */
  static String value(String line) {
    String value = line.substring(key(line).length());
    return value.endsWith(",") ? value.substring(0, value.length() - 1) : value;
  }
}
