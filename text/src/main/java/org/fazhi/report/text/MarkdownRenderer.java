package org.fazhi.report.text;

import org.fazhi.report.Report;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.HeadingPlacement;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.Section;

/**
 * Writes a report as Markdown. Each line of the published text becomes a paragraph (blank line
 * between), own-line headings become ATX headings by depth, inline and run-in headings stay at the
 * start of their line in bold. Figures and all other text are written as they are, with Markdown's
 * syntax characters escaped. Not thread-safe; use once.
 */
final class MarkdownRenderer {
  private final StringBuilder out = new StringBuilder();
  private boolean lineOpen;

  String render(Report report) {
    Outline outline = report.getOutline();
    block("# " + escape(report.getMetadata().getTitle()));
    outline.getAddresseeLine().ifPresent(line -> block(escapeLine(line)));
    outline.getPreamble().forEach(p -> block(escapeLine(p)));
    for (Section section : outline.getSections()) {
      section(section, 1);
    }
    outline.getSignature().forEach(line -> block(escapeLine(line)));
    closeLine();
    return out.toString();
  }

  private void section(Section section, int depth) {
    String label = section.getNumbering().map(Numbering::getLabel).orElse("");
    boolean ownLine =
        section.getHeading().map(h -> h.getPlacement() == HeadingPlacement.OWN_LINE).orElse(false);
    if (ownLine) {
      String heading = section.getHeading().map(Heading::written).orElse("");
      block("#".repeat(Math.min(6, depth + 1)) + " " + escape(label + heading));
      for (String paragraph : section.getParagraphs()) {
        block(escapeLine(paragraph));
      }
    } else {
      // CommonMark closes ** only before punctuation or after a letter: the terminator 。 stays
      // outside
      String lead = label + section.getHeading().map(Heading::getText).orElse("");
      String terminator = section.getHeading().flatMap(Heading::getTerminator).orElse("");
      String bold = lead.isEmpty() ? "" : "**" + escape(lead) + "**" + escape(terminator);
      boolean first = true;
      for (String paragraph : section.getParagraphs()) {
        if (first) {
          inline(
              section.isRunIn(),
              bold + (bold.isEmpty() ? escapeLine(paragraph) : escape(paragraph)));
          first = false;
        } else {
          block(escapeLine(paragraph));
        }
      }
      if (first) {
        inline(section.isRunIn(), bold);
      }
    }
    for (Section child : section.getChildren()) {
      section(child, depth + 1);
    }
  }

  private void inline(boolean runIn, String text) {
    if (runIn && lineOpen) {
      out.append(text);
    } else {
      block(text);
    }
  }

  private void block(String text) {
    closeLine();
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(text);
    lineOpen = true;
  }

  private void closeLine() {
    if (lineOpen) {
      out.append('\n');
      lineOpen = false;
    }
  }

  /** Escapes Markdown's inline syntax characters. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c);
    }
    return escaped.toString();
  }

  /** Escapes a whole line, including what would start a list or a heading at its beginning. */
  static String escapeLine(String text) {
    String escaped = escape(text);
    if (escaped.matches("^\\d+[.)].*")) {
      int end = 0;
      while (Character.isDigit(escaped.charAt(end))) {
        end++;
      }
      return escaped.substring(0, end) + "\\" + escaped.substring(end);
    }
    if (escaped.startsWith("-") || escaped.startsWith("+") || escaped.startsWith("=")) {
      return "\\" + escaped;
    }
    return escaped;
  }
}
