/**
 * Reads a report's published text, or an excerpt of it, into the model, and renders the model as
 * plain text and Markdown.
 *
 * <p>Exports {@code org.fazhi.report.text}: {@code ReportText} (parse, render) and what an import
 * returns ({@code TextImport}, its figures, spans and warnings); the readers and renderers behind
 * them are package-private. Opens nothing: nothing reflects on these types. See {@code
 * docs/modules.md}.
 */
module org.fazhi.report.text {
  requires transitive org.fazhi.report;

  // Compile time only: Immutables' annotations.
  requires static org.immutables.value.annotations;

  exports org.fazhi.report.text;
}
