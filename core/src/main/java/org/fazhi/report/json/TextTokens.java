package org.fazhi.report.json;

import org.fazhi.report.internal.Texts;
import org.fazhi.report.json.ReportJsonException.Problem;
import tools.jackson.core.JsonParser;

/**
 * Refuses a string or property name that holds a lone surrogate (escaped, {@code "\ud800"}, or a
 * lone {@code char} of a {@code String} read), which no report can hold because no UTF-8 document
 * can (it would be written as {@code ?}). The model's builders and {@link ReportJson#write} refuse
 * the same text in the same words.
 */
final class TextTokens {
  private TextTokens() {}

  /**
   * Refuses {@code text}, the string or name {@code parser} stands on, if it is no Unicode text.
   */
  static void check(JsonParser parser, String text, boolean name) {
    int index = Texts.loneSurrogate(text);
    if (index >= 0) {
      throw new RefusedTokenException(
          parser,
          Problem.INVALID_VALUE,
          (name ? "a property name holds " : "a string holds ")
              + Texts.loneSurrogateMessage(text, index)
              + ", which is no Unicode text; a character beyond U+FFFF is a pair, such as"
              + " \\ud840\\udc00");
    }
  }
}
