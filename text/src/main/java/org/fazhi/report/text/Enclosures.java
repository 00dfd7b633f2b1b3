package org.fazhi.report.text;

/**
 * Text that holds no figures of the report: book titles ({@code 《…》}, {@code 〈…〉}, which are also
 * kept apart for the topic words) and quotations ({@code “…”}, {@code 「…」}, {@code ‘…’}, {@code
 * "…"}): {@code “7×24小时”} names a service, {@code 《2024年…方案》} a document.
 */
final class Enclosures {
  private Enclosures() {}

  static void mask(String text, char open, char close, boolean[] masked, boolean[] also) {
    // Most sentences hold no enclosure: one search for the opening mark, not a loop over all
    int first = text.indexOf(open);
    if (first < 0) {
      return;
    }
    int depth = 0;
    int start = -1;
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == open) {
        if (depth++ == 0) {
          start = i;
        }
      } else if (c == close && depth > 0 && --depth == 0) {
        FigureScanner.markRange(masked, start, i + 1);
        FigureScanner.markRange(also, start, i + 1);
      }
    }
  }

  static void maskQuotes(String text, boolean[] masked) {
    int first = text.indexOf('"');
    if (first < 0) {
      return;
    }
    int start = -1;
    for (int i = first; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        if (start < 0) {
          start = i;
        } else {
          FigureScanner.markRange(masked, start, i + 1);
          start = -1;
        }
      }
    }
  }
}
