package org.fazhi.report.text;

import java.util.List;
import java.util.Optional;

/**
 * Thrown when a text cannot be read as a report at all: it is empty, too large, not text, or not a
 * report. A text that is a report but only partly readable is no error: {@link TextImport} lists
 * what could not be read.
 */
public final class ReportTextException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the text could not be read. Stable codes: never renamed. */
  public enum Problem {
    /** The input holds nothing but white space (or nothing but page furniture). */
    EMPTY,
    /**
     * The input is larger than {@link ReportText#MAX_INPUT_CHARS} (or its bytes than {@link
     * ReportText#MAX_INPUT_BYTES}).
     */
    TOO_LARGE,
    /**
     * The input is not UTF-8 text: malformed bytes, or control characters that text never holds.
     */
    NOT_TEXT,
    /** The input is text but no report: no title naming a report, no reporting year. */
    NOT_A_REPORT,
  }

  private final Problem problem;
  private final String source;
  private final List<String> reasons;

  ReportTextException(Problem problem, String source, List<String> reasons) {
    super(message(problem, source, reasons));
    this.problem = problem;
    this.source = source;
    this.reasons = List.copyOf(reasons);
  }

  ReportTextException(Problem problem, String source, String reason) {
    this(problem, source, List.of(reason));
  }

  private static String message(Problem problem, String source, List<String> reasons) {
    String what;
    switch (problem) {
      case EMPTY:
        what = "empty text";
        break;
      case TOO_LARGE:
        what = "text too large";
        break;
      case NOT_TEXT:
        what = "not text";
        break;
      default:
        what = "not a report";
        break;
    }
    return (source == null ? "" : source + ": ") + what + ": " + String.join("; ", reasons);
  }

  /** Why the text could not be read. */
  public Problem getProblem() {
    return problem;
  }

  /** Where the text came from (a file name), if known. */
  public Optional<String> getSource() {
    return Optional.ofNullable(source);
  }

  /** The reasons, each a sentence quoting what was found. */
  public List<String> getReasons() {
    return reasons;
  }
}
