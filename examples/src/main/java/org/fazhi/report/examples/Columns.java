package org.fazhi.report.examples;

/**
 * Display widths for aligning mixed Chinese and Latin text in a terminal: CJK ideographs, CJK
 * punctuation and full-width forms take two columns, everything else one.
 */
final class Columns {
  private Columns() {}

  /** The columns {@code text} takes in a terminal. */
  static int width(String text) {
    return text.codePoints().map(Columns::width).sum();
  }

  /** {@code text} followed by spaces up to {@code columns} columns of a console. */
  static String pad(String text, int columns) {
    return text + " ".repeat(Math.max(0, columns - width(text)));
  }

  /** {@code text}, cut to at most {@code columns} columns with an ellipsis where it is cut. */
  static String fit(String text, int columns) {
    if (width(text) <= columns) {
      return text;
    }
    StringBuilder fitted = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (used + width(codePoint) > columns - 1) {
        break;
      }
      fitted.appendCodePoint(codePoint);
      used += width(codePoint);
      i += Character.charCount(codePoint);
    }
    return fitted.append('…').toString();
  }

  private static int width(int codePoint) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
    boolean wide =
        Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
            || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
            || block == Character.UnicodeBlock.CJK_COMPATIBILITY
            || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
            || block == Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS
            || (codePoint >= 0xFF01 && codePoint <= 0xFF60)
            || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
    return wide ? 2 : 1;
  }
}
