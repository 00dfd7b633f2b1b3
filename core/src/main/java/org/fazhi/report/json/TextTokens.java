package org.fazhi.report.json;

import org.fazhi.report.internal.Texts;
import org.fazhi.report.json.ReportJsonException.Problem;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Checks each string and property name as it is read: refuses one that holds a lone surrogate
 * (escaped, {@code "\ud800"}, or a lone {@code char} of a {@code String} read), which no report can
 * hold because no UTF-8 document can (it would be written as {@code ?}). The model's builders and
 * {@link ReportJson#write} refuse the same text in the same words.
 */
final class TextTokens extends JsonParserDelegate {
  TextTokens(JsonParser parser) {
    super(parser);
  }

  @Override
  public JsonToken nextToken() {
    return checked(super.nextToken());
  }

  @Override
  public JsonToken nextValue() {
    return checked(super.nextValue());
  }

  @Override
  public String nextName() {
    String name = super.nextName();
    checked(currentToken());
    return name;
  }

  @Override
  public boolean nextName(SerializableString expected) {
    boolean matches = super.nextName(expected);
    checked(currentToken());
    return matches;
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    int match = super.nextNameMatch(matcher);
    checked(currentToken());
    return match;
  }

  private JsonToken checked(JsonToken token) {
    if (token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME) {
      String text = token == JsonToken.VALUE_STRING ? getString() : currentName();
      int index = Texts.loneSurrogate(text);
      if (index >= 0) {
        throw new RefusedTokenException(
            this,
            Problem.INVALID_VALUE,
            (token == JsonToken.VALUE_STRING ? "a string holds " : "a property name holds ")
                + Texts.loneSurrogateMessage(text, index)
                + ", which is no Unicode text; a character beyond U+FFFF is a pair, such as"
                + " \\ud840\\udc00");
      }
    }
    return token;
  }
}
