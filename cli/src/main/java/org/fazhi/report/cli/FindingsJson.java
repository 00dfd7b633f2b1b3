package org.fazhi.report.cli;

import java.util.List;
import java.util.Locale;
import org.fazhi.report.validation.ProblemFinding;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code fazhi validate --format json}: one entry a file, its findings in the problem document's
 * shape (rule id, severity, pointer, message), in a stable order.
 */
final class FindingsJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private FindingsJson() {}

  /** One file's entry. */
  record FileEntry(String file, boolean fails, List<ProblemFinding> findings) {}

  /** The document. */
  record Document(List<FileEntry> files) {}

  static String write(List<ValidateCommand.FileResult> results, Locale locale) {
    List<FileEntry> entries =
        results.stream()
            .map(
                r ->
                    new FileEntry(
                        r.file().toString(),
                        r.fails(),
                        r.findings().stream().map(f -> ProblemFinding.of(f, locale)).toList()))
            .toList();
    return MAPPER.writeValueAsString(new Document(entries));
  }
}
