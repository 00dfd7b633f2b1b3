package org.fazhi.report.text;

import org.fazhi.report.Report;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.HeadingPlacement;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;

/** Writes a report's outline back as its published lines. Not thread-safe; use once. */
final class PlainTextRenderer {
  private final StringBuilder out = new StringBuilder();

  String render(Report report) {
    Outline outline = report.getOutline();
    line(report.getMetadata().getTitle());
    outline.getAddresseeLine().ifPresent(this::line);
    outline.getPreamble().forEach(this::line);
    for (Section section : outline.getSections()) {
      section(section);
    }
    outline.getSignature().forEach(this::line);
    return out.append('\n').toString();
  }

  private void section(Section section) {
    if (!section.isRunIn()) {
      startLine();
    }
    section.getNumbering().map(Numbering::getLabel).ifPresent(out::append);
    section.getHeading().map(Heading::written).ifPresent(out::append);
    boolean headingOnOwnLine =
        section.getHeading().map(h -> h.getPlacement() == HeadingPlacement.OWN_LINE).orElse(false);
    boolean first = true;
    for (String paragraph : section.getParagraphs()) {
      if (!first || headingOnOwnLine) {
        startLine();
      }
      out.append(paragraph);
      first = false;
    }
    for (Section child : section.getChildren()) {
      section(child);
    }
  }

  private void line(String text) {
    startLine();
    out.append(text);
  }

  private void startLine() {
    if (out.length() > 0) {
      out.append('\n');
    }
  }
}
