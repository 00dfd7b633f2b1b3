package org.fazhi.report.json;

import java.util.Objects;
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
 *       not at all (a mapper that read {@code null} as an absent optional value, which the modules
 *       now refuse);
 *   <li>{@code refused PROBLEM POINTER LINE:COLUMN DETAIL} for {@link ReportJson};
 *   <li>{@code refused ExceptionType} for a plain mapper, followed by {@code : message} when the
 *       model's own invariant refused the value (the same message {@link ReportJson} gives);
 *   <li>anything else ({@code changed}, {@code unstable}, {@code mapper round trip differs}) is a
 *       defect the test refuses whatever the manifest says.
 * </ul>
 */
final class HostileOutcomes {
  private static final ReportJson JSON = ReportJson.create();
  private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON_2 =
      JacksonMappers.jackson2();
  private static final tools.jackson.databind.json.JsonMapper JACKSON_3 = JacksonMappers.jackson3();

  private HostileOutcomes() {}

  /** What {@link ReportJson} does with {@code document}, whose hostile value is on {@code line}. */
  static String reportJson(String document, int line) {
    Report report;
    try {
      report = JSON.read(document);
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
    }
    return accepted(document, line, report);
  }

  /** What an application's Jackson 2 mapper with {@link FazhiJackson2Module} does. */
  static String jackson2(String document, int line) {
    Report report;
    try {
      report = JACKSON_2.readValue(document, Report.class);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      return refused(e);
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
    Report report;
    try {
      report = JACKSON_3.readValue(document, Report.class);
    } catch (tools.jackson.core.JacksonException e) {
      return refused(e);
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
    String[] expected = document.split("\n", -1);
    String[] actual = written.split("\n", -1);
    if (expected.length == actual.length + 1 && isWithoutLine(expected, actual, line)) {
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
    String prefix = key(expected[line - 1]);
    if (!actual[line - 1].startsWith(prefix)) {
      return "changed";
    }
    return "accepted as " + value(actual[line - 1]);
  }

  /**
   * Whether {@code actual} is {@code expected} without its line {@code line}: a null that a plain
   * mapper reads as an absent optional value, which is then not written.
   */
  private static boolean isWithoutLine(String[] expected, String[] actual, int line) {
    for (int i = 0, j = 0; i < expected.length; i++) {
      if (i == line - 1) {
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
