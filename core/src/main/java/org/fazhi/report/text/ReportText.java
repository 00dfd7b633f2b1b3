package org.fazhi.report.text;

import org.fazhi.report.Report;

/**
 * The report as its published text: {@link #render(Report)} writes the document back from its
 * {@link org.fazhi.report.outline.Outline outline}, line by line as it was published.
 */
public final class ReportText {
  private ReportText() {}

  /**
   * The published text of {@code report}: title, addressee line, opening paragraphs, sections with
   * their labels, headings and paragraphs, and signature lines, each line ended by {@code \n}.
   * Run-in sections continue the line before them; inline headings share their line with the first
   * paragraph.
   */
  public static String render(Report report) {
    return new PlainTextRenderer().render(report);
  }
}
