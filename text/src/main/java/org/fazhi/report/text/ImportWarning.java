package org.fazhi.report.text;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Something the importer could read only partly or had to assume, with the line it concerns where
 * there is one. Warnings never stop an import; the {@link #getKind() kind} is a stable code to branch
 * on, the message is for people.
 */
@Value.Immutable
@ResultStyle
public abstract class ImportWarning {

  /** What the warning is about. Stable codes: never renamed. */
  public enum Kind {
    /** The title was written over two lines; the report holds it as one, and renders it on one. */
    TITLE_JOINED,
    /** No signature (issuer and date lines) was found at the end of the text. */
    NO_SIGNATURE,
    /** No document date was found; the report has none. */
    NO_DOCUMENT_DATE,
    /** No issuer was found; the report has none. */
    NO_ISSUER,
    /** The division the report speaks for could not be told from its issuer or title. */
    NO_DIVISION,
    /** The reporting year was not written in the title; it was taken from elsewhere. */
    REPORTING_YEAR_INFERRED,
    /** The text has no numbered or headed sections; all its prose is preamble. */
    NO_SECTIONS,
    /** A line could not be attached to the outline (it is listed in the unattached text). */
    UNATTACHED_TEXT,
    /** A figure could not be placed (it is listed with the reason among the figures). */
    UNPLACED_FIGURE,
    /** The outline does not render back to the text it was read from; the message says where. */
    LAYOUT_NOT_KEPT,
  }

  /** What the warning is about. */
  public abstract Kind getKind();

  /** What happened, in English, quoting the text concerned. */
  public abstract String getMessage();

  /** The line of the input it concerns, from 1, if it concerns one. */
  public abstract OptionalInt getLine();

  static ImportWarning of(Kind kind, String message) {
    return ImmutableImportWarning.builder().kind(kind).message(message).build();
  }

  static ImportWarning of(Kind kind, String message, int line) {
    return ImmutableImportWarning.builder().kind(kind).message(message).line(line).build();
  }

  /** {@code KIND (line n): message}. */
  @Override
  public String toString() {
    return getKind() + getLine().stream().mapToObj(l -> " (line " + l + ")").findFirst().orElse("")
        + ": " + getMessage();
  }
}
