package org.fazhi.report.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Where each value of a JSON document starts, by its JSON Pointer: the line and column a finding's
 * pointer names, for an editor or a code-scanning view. A pointer to a value the document does not
 * have (a figure a rule misses) is placed at its nearest ancestor that it has.
 *
 * <p>Columns count UTF-16 code units from 1, as SARIF's default {@code columnKind} does.
 */
final class PointerLocations {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** A line and a column, both from 1. */
  record Location(int line, int column) {}

  private final Map<String, Location> byPointer;

  private PointerLocations(Map<String, Location> byPointer) {
    this.byPointer = byPointer;
  }

  /** The locations of every value of {@code json}; none if it is not well-formed. */
  static PointerLocations of(String json) {
    Map<String, Location> locations = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME || token.isStructEnd()) {
          continue;
        }
        TokenStreamLocation at = parser.currentTokenLocation();
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        if (token.isStructStart()) {
          pointer = parser.streamReadContext().getParent().pathAsPointer().toString();
        }
        locations.putIfAbsent(pointer, new Location(at.getLineNr(), at.getColumnNr()));
      }
    } catch (JacksonException e) {
      return new PointerLocations(Map.of());
    }
    return new PointerLocations(locations);
  }

  /** Where {@code pointer}'s value starts, or its nearest ancestor's. */
  Optional<Location> find(String pointer) {
    String at = pointer;
    while (true) {
      Location location = byPointer.get(at);
      if (location != null || at.isEmpty()) {
        return Optional.ofNullable(location);
      }
      at = at.substring(0, Math.max(at.lastIndexOf('/'), 0));
    }
  }
}
