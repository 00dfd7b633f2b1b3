package org.fazhi.report.validation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Structured mutations of a report's JSON tree, driven by the fuzzer's data: one node, chosen by
 * its place in the tree, is replaced (by a number, a string, a boolean, another node of the same
 * document, an empty container), removed, or — in an array — repeated. Valid documents stay close
 * to valid, so that what the fuzzer makes mostly reads and reaches the validator.
 */
final class JsonMutations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Strings a report's fields hold or nearly hold: dates, codes, enum names, edge cases. */
  private static final List<String> STRINGS =
      List.of(
          "",
          " ",
          "0",
          "-1",
          "2024",
          "2024-01-01",
          "2024-12-31",
          "2024-02-29",
          "2023-02-29",
          "2025-01-01",
          "1900-01-01",
          "9999-12-31",
          "2024-03-15T10:00:00+08:00",
          "140221",
          "140200",
          "140000",
          "000000",
          "1.0.0",
          "1.9.0",
          "2.0.0",
          "s1",
          "s1.1",
          "s9.9.9",
          "一、",
          "（一）",
          "件",
          "人次",
          "%",
          "个百分点",
          "COUNT",
          "PERCENT",
          "APPROXIMATE",
          "AT_LEAST",
          "COUNTY",
          "GOVERNMENT",
          "\u0000",
          "\uFEFF",
          "\uD800");

  private JsonMutations() {}

  /** {@code tree} with one mutation applied; the root itself is only ever replaced by an object. */
  static JsonNode mutate(JsonNode tree, FuzzedDataProvider data) {
    List<Place> places = new ArrayList<>();
    collect(tree, null, null, -1, places);
    Place place = places.get(data.consumeInt(0, places.size() - 1));
    int operation = data.consumeInt(0, 11);
    if (place.parent == null) {
      return tree;
    }
    if (operation == 0) {
      remove(place);
      return tree;
    }
    if (operation == 1 && place.parent.isArray()) {
      ArrayNode array = (ArrayNode) place.parent;
      int copies = data.consumeInt(1, 64);
      for (int i = 0; i < copies; i++) {
        array.add(place.node.deepCopy());
      }
      return tree;
    }
    JsonNode replacement;
    switch (operation) {
      case 2 -> replacement = NODES.numberNode(data.consumeLong());
      case 3 -> replacement = NODES.numberNode(data.consumeInt(-3, 1000));
      case 4 ->
          replacement =
              NODES.numberNode(
                  new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-40, 40)));
      case 5 -> replacement = NODES.stringNode(data.consumeString(40));
      case 6 -> replacement = NODES.stringNode(STRINGS.get(data.consumeInt(0, STRINGS.size() - 1)));
      case 7 -> replacement = NODES.booleanNode(data.consumeBoolean());
      case 8 -> replacement = data.consumeBoolean() ? NODES.arrayNode() : NODES.objectNode();
      case 9 -> replacement = places.get(data.consumeInt(0, places.size() - 1)).node.deepCopy();
      case 10 -> replacement = NODES.numberNode(data.consumeDouble());
      default -> replacement = NODES.nullNode();
    }
    replace(place, replacement);
    return tree;
  }

  private record Place(JsonNode node, JsonNode parent, String name, int index) {}

  private static void collect(
      JsonNode node, JsonNode parent, String name, int index, List<Place> places) {
    places.add(new Place(node, parent, name, index));
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        collect(field.getValue(), node, field.getKey(), -1, places);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), node, null, i, places);
      }
    }
  }

  private static void remove(Place place) {
    if (place.parent instanceof ObjectNode object) {
      object.remove(place.name);
    } else {
      ((ArrayNode) place.parent).remove(place.index);
    }
  }

  private static void replace(Place place, JsonNode replacement) {
    if (place.parent instanceof ObjectNode object) {
      object.set(place.name, replacement);
    } else {
      ((ArrayNode) place.parent).set(place.index, replacement);
    }
  }
}
