package org.fazhi.report.text;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Something the importer could read only partly or had to assume, with the line it concerns where
 * there is one. Warnings never stop an import; the {@link #getKind() kind} is a stable code to
 * branch on, the message is for people.
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
    /**
     * The text opens without a title but is clearly a report (numbered sections, a signature); it
     * is imported under a title made from its issuer and year.
     */
    NO_TITLE,
    /** A figure could belong to two blocks; it went to the first, and the message names both. */
    AMBIGUOUS_FIGURE,
    /**
     * Digits broken by a space ({@code 1 5起}, as PDF extraction leaves them): the number cannot be
     * told, so the figure is not read.
     */
    BROKEN_NUMBER,
    /** A document number written in full-width digits ({@code 〔２０２４〕３号}); read as ASCII digits. */
    FULL_WIDTH_NUMBER,
    /**
     * A figure written without a unit ({@code 其中受理31，办结29件}) was read as the count its words name.
     */
    GUESSED_UNIT,
  }

  /** What the warning is about. */
  public abstract Kind getKind();

  /** What happened, in English, quoting the text concerned. */
  public abstract String getMessage();

  /** The line of the input it concerns, from 1, if it concerns one. */
  public abstract OptionalInt getLine();

  /** The column in that line, from 1 (in characters), if the warning concerns one place. */
  public abstract OptionalInt getColumn();

  static ImportWarning of(Kind kind, String message) {
    return ImmutableImportWarning.builder().kind(kind).message(message).build();
  }

  static ImportWarning of(Kind kind, String message, int line) {
    return ImmutableImportWarning.builder().kind(kind).message(message).line(line).build();
  }

  static ImportWarning of(Kind kind, String message, int line, int column) {
    return ImmutableImportWarning.builder()
        .kind(kind)
        .message(message)
        .line(line)
        .column(column)
        .build();
  }

  /** {@code KIND (line n, column c): message}. */
  @Override
  public String toString() {
    String where =
        getLine().isEmpty()
            ? ""
            : " (line "
                + getLine().getAsInt()
                + (getColumn().isPresent() ? ", column " + getColumn().getAsInt() : "")
                + ")";
    return getKind() + where + ": " + getMessage();
  }
}
