package org.fazhi.report.internal;

import org.fazhi.report.json.ReportJson;

/**
 * What text a report can hold: at most {@link ReportJson#MAX_STRING_LENGTH} characters of Unicode,
 * so no lone surrogate — a UTF-16 code unit in {@code U+D800..U+DFFF} that is not half of a pair.
 * Such a string cannot be written in UTF-8 (it would become {@code ?}), and a longer one cannot be
 * read back, so the model's builders, the JSON reader and the JSON writer all refuse it. Internal:
 * not part of the API.
 */
public final class Texts {
  private Texts() {}

  /** The index of the first lone surrogate in {@code text}, or -1 if it is Unicode text. */
  public static int loneSurrogate(CharSequence text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        // One test per character; the rare surrogate is then told high or low.
        if (Character.isHighSurrogate(c)
            && i + 1 < length
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * The lone surrogate at {@code index} of {@code text}, described for a message: {@code a lone
   * surrogate \uD800 at character 2}.
   */
  public static String loneSurrogateMessage(CharSequence text, int index) {
    return String.format(
        "a lone surrogate \\u%04X at character %d", (int) text.charAt(index), index + 1);
  }

  /**
   * Fails with an {@link InvalidPropertyException} unless {@code text} can be written and read
   * again: Unicode text of at most {@link ReportJson#MAX_STRING_LENGTH} characters.
   */
  public static String unicode(String text, String property) {
    String where = property.isEmpty() ? "" : " (" + property + ")";
    if (text.length() > ReportJson.MAX_STRING_LENGTH) {
      throw new InvalidPropertyException(
          property,
          "is longer than "
              + ReportJson.MAX_STRING_LENGTH
              + " characters (ReportJson.MAX_STRING_LENGTH): "
              + text.length()
              + where);
    }
    int index = loneSurrogate(text);
    if (index >= 0) {
      throw new InvalidPropertyException(
          property,
          "must not hold "
              + loneSurrogateMessage(text, index)
              + ", which is no Unicode text"
              + where);
    }
    return text;
  }
}
