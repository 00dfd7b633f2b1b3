package org.fazhi.report.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.report.json.HostileCorpusGenerator.Expect;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The duplicates category of the hostile-input corpus: a key written twice in each kind of object a
 * report has — every object path, array indices aside, of the Yanggao 2024 report and of the
 * document that has every property — and in every object of the base report.
 *
 * <p>A document is its source cut down around the object (each object on the way keeps its scalars
 * and small values, each array the one element on the way), in the writer's form, with the object's
 * first scalar key (or its first key) written again, with the same value, as its last property.
 * {@link ReportJson} refuses it where the second key stands; a plain mapper, which keeps the last
 * of two keys, shows what it does with a report it then has to build.
 */
final class DuplicateCases {
  private static final String CATEGORY = "duplicates/";

  /** A value longer than this (compact JSON) is left out of an object on the way. */
  private static final int SMALL = 300;

  private static final JsonMapper TREE =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private DuplicateCases() {}

  static List<CorpusDocument> documents() {
    Map<String, List<String>> kinds = new LinkedHashMap<>();
    Map<String, JsonNode> sources = new LinkedHashMap<>();
    sources.put("yanggao", resource("compat-1.0/examples-yanggao-2024.json"));
    sources.put("every", resource("every-property.json"));
    sources.put("base", TREE.readTree(HostileCorpusGenerator.BASE));
    List<CorpusDocument> documents = new ArrayList<>();
    for (Map.Entry<String, JsonNode> source : sources.entrySet()) {
      Map<String, List<String>> paths = new LinkedHashMap<>();
      collect(source.getValue(), new ArrayList<>(), "", paths);
      for (Map.Entry<String, List<String>> path : paths.entrySet()) {
        // The base report is small: every object of it, whole; of the others each kind once.
        if (!source.getKey().equals("base")
            && kinds.putIfAbsent(path.getKey(), path.getValue()) != null) {
          continue;
        }
        documents.add(document(source.getKey(), source.getValue(), path.getKey(), path.getValue()));
      }
    }
    return documents;
  }

  private static JsonNode resource(String name) {
    try (InputStream in = DuplicateCases.class.getResourceAsStream(name)) {
      return TREE.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each object's path, indices as {@code *}, and the first path with indices that reaches it. */
  private static void collect(
      JsonNode node, List<String> path, String kind, Map<String, List<String>> paths) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        return;
      }
      paths.putIfAbsent(kind.isEmpty() ? "/" : kind, List.copyOf(path));
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        path.add(property.getKey());
        collect(property.getValue(), path, kind + "/" + property.getKey(), paths);
        path.remove(path.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        path.add(String.valueOf(i));
        collect(node.get(i), path, kind + "/*", paths);
        path.remove(path.size() - 1);
      }
    }
  }

  private static CorpusDocument document(
      String source, JsonNode root, String kind, List<String> path) {
    StringBuilder json = new StringBuilder();
    int[] line = {0};
    write(root, path, 0, "", json, line);
    json.append('\n');
    String name =
        kind.equals("/")
            ? "root"
            : kind.substring(1).replace("/*", "").replace('/', '-').replaceAll("[^A-Za-z0-9-]", "");
    return CorpusDocument.text(
        CATEGORY + source + "-" + name, line[0], json.toString(), Expect.DUPLICATE_KEY);
  }

  /**
   * Writes {@code node}, which stands at {@code path.subList(0, depth)}, in the writer's form: on
   * the way to the target keeping only small values and the next step, at the target small values
   * and the duplicate key, and all of it if {@code path} is null; {@code line[0]} becomes the line
   * of the duplicate.
   */
  private static void write(
      JsonNode node, List<String> path, int depth, String indent, StringBuilder json, int[] line) {
    boolean whole = path == null;
    boolean target = !whole && depth == path.size();
    String next = whole || target ? null : path.get(depth);
    String inner = indent + "  ";
    if (node.isObject() && node.isEmpty()) {
      json.append("{}");
    } else if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> kept = new ArrayList<>();
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        if (whole
            || property.getKey().equals(next)
            || isSmall(property.getValue())
            || depth == 0 && property.getKey().equals("metadata")) {
          kept.add(property);
        } else if (depth == 0 && property.getValue().isObject()) {
          // The writer writes the report's blocks even when empty.
          kept.add(Map.entry(property.getKey(), TREE.createObjectNode()));
        }
      }
      if (kept.isEmpty()) {
        kept.add(node.properties().iterator().next());
      }
      if (target) {
        Map.Entry<String, JsonNode> twice =
            kept.stream().filter(p -> !p.getValue().isContainer()).findFirst().orElse(kept.get(0));
        kept.add(twice);
      }
      json.append("{\n");
      for (int i = 0; i < kept.size(); i++) {
        Map.Entry<String, JsonNode> property = kept.get(i);
        if (target && i == kept.size() - 1) {
          line[0] = (int) json.chars().filter(c -> c == '\n').count() + 1;
        }
        json.append(inner).append(TREE.writeValueAsString(property.getKey())).append(": ");
        if (property.getKey().equals(next)) {
          write(property.getValue(), path, depth + 1, inner, json, line);
        } else {
          write(property.getValue(), null, 0, inner, json, line);
        }
        json.append(i + 1 < kept.size() ? ",\n" : "\n");
      }
      json.append(indent).append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        json.append("[]");
        return;
      }
      json.append("[\n");
      if (next != null) {
        json.append(inner);
        write(node.get(Integer.parseInt(next)), path, depth + 1, inner, json, line);
        json.append('\n');
      } else {
        for (int i = 0; i < node.size(); i++) {
          json.append(inner);
          write(node.get(i), null, 0, inner, json, line);
          json.append(i + 1 < node.size() ? ",\n" : "\n");
        }
      }
      json.append(indent).append(']');
    } else if (node.isNumber()) {
      json.append(node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asString());
    } else {
      json.append(TREE.writeValueAsString(node));
    }
  }

  private static boolean isSmall(JsonNode value) {
    return !value.isContainer() || TREE.writeValueAsString(value).length() <= SMALL;
  }
}
