package org.fazhi.report.json;

import java.util.Optional;

/**
 * A JSON document that is not a valid report: where it is wrong — the source, the JSON Pointer of
 * the offending value, its line and column — and what was expected.
 *
 * <p>The message reads {@code yanggao.json: /statistics/reconsideration/accepted (line 12, column
 * 20): count must be >= 0: -1}, on one line: control characters, line separators and bidi controls
 * quoted from the document are escaped in the message (a line feed as a backslash, {@code u000A}),
 * while {@link #getPointer()} and {@link #getDetail()} keep them as they are.
 */
public final class ReportJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the document. */
  public enum Problem {
    /** Not JSON at all, or cut short. */
    MALFORMED_JSON,
    /** A property the model does not have. */
    UNKNOWN_PROPERTY,
    /** The same key twice in one object. */
    DUPLICATE_KEY,
    /** A value of the wrong JSON type: a string for a number, a decimal for a count. */
    WRONG_TYPE,
    /** {@code null}, which the form never uses: omit an absent value instead. */
    NULL_VALUE,
    /** A required property is missing. */
    MISSING_PROPERTY,
    /** A value of the right type that can never be one: a negative count, a five-digit code. */
    INVALID_VALUE,
    /** Content after the report. */
    TRAILING_CONTENT,
    /** A {@code schemaVersion} whose major version this library does not read. */
    UNSUPPORTED_SCHEMA_VERSION,
    /** The document exceeds one of the reader's limits (size, depth, string or number length). */
    LIMIT_EXCEEDED
  }

  private final Problem problem;
  private final String source;
  private final String pointer;
  private final int line;
  private final int column;
  private final String detail;

  ReportJsonException(
      Problem problem,
      Optional<String> source,
      String pointer,
      int line,
      int column,
      String detail,
      Throwable cause) {
    super(format(source, pointer, line, column, detail), cause);
    this.problem = problem;
    this.source = source.orElse(null);
    this.pointer = pointer;
    this.line = line;
    this.column = column;
    this.detail = detail;
  }

  /** This error with its column replaced: read from bytes, Jackson counts bytes, not characters. */
  ReportJsonException atColumn(int newColumn) {
    ReportJsonException moved =
        new ReportJsonException(problem, getSource(), pointer, line, newColumn, detail, getCause());
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  /** What is wrong. */
  public Problem getProblem() {
    return problem;
  }

  /** The file or other source that was read, if it was named. */
  public Optional<String> getSource() {
    return Optional.ofNullable(source);
  }

  /**
   * The JSON Pointer (RFC 6901) of the offending value, or of the missing property: {@code
   * /statistics/reconsideration/accepted}; empty for the whole document.
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * The line of the offending value, from 1. For a missing property it is where the object lacking
   * it ends; for an unknown or duplicate key, where the key stands; for a limit, where the reader
   * stood when it was exceeded (for the document's length, the first character or byte past it).
   */
  public int getLine() {
    return line;
  }

  /** The column of the offending value on its line, from 1, in characters. */
  public int getColumn() {
    return column;
  }

  /** What was wrong and what was expected, without the location. */
  public String getDetail() {
    return detail;
  }

  private static String format(
      Optional<String> source, String pointer, int line, int column, String detail) {
    StringBuilder message = new StringBuilder();
    source.ifPresent(s -> appendPrintable(message, s).append(": "));
    appendPrintable(message, pointer.isEmpty() ? "(document)" : pointer);
    if (line > 0) {
      message.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return appendPrintable(message.append(": "), detail).toString();
  }

  /**
   * Appends {@code text} with every control character, line or paragraph separator and bidi control
   * written as a Java escape (a backslash, {@code u} and four hex digits), so that a key or value
   * quoted from a hostile document keeps the message on one line and cannot reorder what a log
   * shows.
   */
  private static StringBuilder appendPrintable(StringBuilder message, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)
          || Character.getType(c) == Character.LINE_SEPARATOR
          || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
          || isBidiControl(c)) {
        message.append(String.format("\\u%04X", (int) c));
      } else {
        message.append(c);
      }
    }
    return message;
  }

  private static boolean isBidiControl(char c) {
    return c == '\u200E'
        || c == '\u200F'
        || c == '\u061C'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
