package org.fazhi.report.text;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@link ReportText} does with one document of the hostile-text corpus, as one line of text
 * that the corpus manifest states exactly. Shared by {@link HostileTextCorpusTest}, which compares,
 * and {@link HostileTextCorpusGenerator}, which writes the manifest.
 *
 * <p>An outcome is one of:
 *
 * <ul>
 *   <li>{@code refused PROBLEM: reasons} — a {@link ReportTextException}, its problem and reasons
 *       (the source, which names the file, left out);
 *   <li>{@code imported sections=N figures=F block=B indicator=I qualifier=Q change=C series=S
 *       unplaced=U unattached=K warnings=[KIND×n, …]} — the import's summary: its outline's
 *       sections, its figures by placement, its unattached lines, its warnings by kind;
 *   <li>{@code escapes X: message} — any other exception: a defect the test refuses whatever the
 *       manifest says.
 * </ul>
 *
 * <p>A document whose name ends in {@code .bin} is read as a file, {@link ReportText#parse(Path)};
 * any other is UTF-8 text, read as a string, {@link ReportText#parse(String)}.
 */
final class HostileTextOutcomes {
  private HostileTextOutcomes() {}

  /** What {@link ReportText} does with the document at {@code file}, named {@code name}. */
  static String outcome(Path file, String name) {
    TextImport imported;
    try {
      imported =
          name.endsWith(".bin")
              ? ReportText.parse(file)
              : ReportText.parse(java.nio.file.Files.readString(file));
    } catch (ReportTextException e) {
      return oneLine("refused " + e.getProblem() + ": " + String.join("; ", e.getReasons()));
    } catch (java.io.IOException | RuntimeException e) {
      return oneLine("escapes " + e.getClass().getName() + ": " + e.getMessage());
    }
    return summary(imported);
  }

  /** {@code text} with control characters and line separators escaped, for a manifest line. */
  static String oneLine(String text) {
    StringBuilder line = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
        line.append(String.format("\\u%04X", (int) c));
      } else {
        line.append(c);
      }
    }
    return line.toString();
  }

  /** The summary of an import, as the manifest states it. */
  static String summary(TextImport imported) {
    StringBuilder summary =
        new StringBuilder("imported sections=")
            .append(imported.getReport().getOutline().walk().size())
            .append(" figures=")
            .append(imported.getFigures().size());
    for (TextFigure.Placement placement : TextFigure.Placement.values()) {
      summary
          .append(' ')
          .append(placement.name().toLowerCase(java.util.Locale.ROOT))
          .append('=')
          .append(imported.count(placement));
    }
    summary.append(" unattached=").append(imported.getUnattachedText().size());
    Map<ImportWarning.Kind, Long> warnings =
        imported.getWarnings().stream()
            .collect(
                Collectors.groupingBy(ImportWarning::getKind, TreeMap::new, Collectors.counting()));
    summary.append(
        warnings.entrySet().stream()
            .map(w -> w.getKey() + (w.getValue() > 1 ? "×" + w.getValue() : ""))
            .collect(Collectors.joining(", ", " warnings=[", "]")));
    return summary.toString();
  }
}
