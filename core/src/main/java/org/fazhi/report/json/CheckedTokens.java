package org.fazhi.report.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Checks every token as {@link ReportJson} reads it, before anything converts it: a key that
 * appears twice in one object is refused as Jackson's strict duplicate detection refuses it, with
 * its message ({@link DistinctNames}); a number by {@link ReportMapper.NumberTokens}; a string or
 * name by {@link TextTokens}, where it could hold a lone surrogate. One delegate for all three, so
 * that each token passes one check.
 *
 * <p>Every way of moving the parser forward passes through here; skipping a structure reads it
 * token by token, so a duplicate in a skipped object is refused as well.
 */
final class CheckedTokens extends JsonParserDelegate {
  private final DistinctNames names = new DistinctNames();
  private final boolean checkTexts;

  /**
   * Checks the tokens of {@code parser}; strings and names for lone surrogates only if {@code
   * checkTexts}, as the caller knows none can hold one otherwise.
   */
  CheckedTokens(JsonParser parser, boolean checkTexts) {
    super(parser);
    this.checkTexts = checkTexts;
  }

  @Override
  public JsonToken nextToken() {
    return seen(delegate.nextToken());
  }

  @Override
  public JsonToken nextValue() {
    JsonToken token = nextToken();
    return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
  }

  @Override
  public String nextName() {
    String name = delegate.nextName();
    seen(delegate.currentToken());
    return name;
  }

  @Override
  public boolean nextName(SerializableString expected) {
    boolean matched = delegate.nextName(expected);
    seen(delegate.currentToken());
    return matched;
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    int match = delegate.nextNameMatch(matcher);
    seen(delegate.currentToken());
    return match;
  }

  @Override
  public JsonParser skipChildren() {
    JsonToken token = currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int open = 1;
    while (open > 0) {
      JsonToken next = nextToken();
      if (next == null) {
        return this;
      }
      if (next.isStructStart()) {
        open++;
      } else if (next.isStructEnd()) {
        open--;
      }
    }
    return this;
  }

  private JsonToken seen(JsonToken token) {
    if (token == null) {
      return null;
    }
    switch (token) {
      case PROPERTY_NAME -> {
        String name = delegate.currentName();
        if (checkTexts) {
          TextTokens.check(this, name, true);
        }
        if (!names.add(name)) {
          throw new StreamReadException(this, "Duplicate Object property \"" + name + "\"");
        }
      }
      case VALUE_STRING -> {
        if (checkTexts) {
          TextTokens.check(this, delegate.getString(), false);
        }
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ReportMapper.NumberTokens.check(this);
      case START_OBJECT -> names.open();
      case END_OBJECT -> names.close();
      default -> {}
    }
    return token;
  }
}
