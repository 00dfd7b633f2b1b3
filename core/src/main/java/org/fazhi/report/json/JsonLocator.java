package org.fazhi.report.json;

import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds where a JSON Pointer's value or key stands in a document, by reading it again.
 *
 * <p>Jackson reports some errors only once it has read a whole object — a value a builder rejects,
 * a null inside a list — and then stands at the object's end; the reader knows the exact pointer,
 * and this finds the line and column of what it points at. It runs only after an error.
 */
final class JsonLocator {
  /** A plain factory: no duplicate detection, so that the second of two equal keys is found. */
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final Function<JsonFactory, JsonParser> open;

  /** A locator in {@code text}. */
  JsonLocator(String text) {
    this.open = factory -> factory.createParser(ObjectReadContext.empty(), text);
  }

  /** A locator in the UTF-8 {@code bytes} from {@code start}; locations count bytes. */
  JsonLocator(byte[] bytes, int start) {
    this.open =
        factory ->
            factory.createParser(ObjectReadContext.empty(), bytes, start, bytes.length - start);
  }

  /** Where the value at {@code pointer} begins, if the document has one there. */
  Optional<TokenStreamLocation> value(String pointer) {
    return find(pointer, false, 1);
  }

  /** Where the {@code occurrence}-th key naming {@code pointer} stands (1 for the first). */
  Optional<TokenStreamLocation> key(String pointer, int occurrence) {
    return find(pointer, true, occurrence);
  }

  private Optional<TokenStreamLocation> find(String pointer, boolean key, int occurrence) {
    try (JsonParser parser = open.apply(FACTORY)) {
      int seen = 0;
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        if ((token == JsonToken.PROPERTY_NAME) != key) {
          continue;
        }
        // Inside a value's own object or array the context has no segment yet, so the context's
        // pointer is the value's; a key's context names the key.
        String at = parser.streamReadContext().pathAsPointer().toString();
        if (pointer.equals(at) && ++seen == occurrence) {
          return Optional.of(parser.currentTokenLocation());
        }
      }
    } catch (JacksonException e) {
      // The document breaks before the value: keep the location Jackson gave.
    }
    return Optional.empty();
  }
}
