package org.fazhi.report.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fazhi.report.json.ReportJson;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON snippet of {@code docs/real-report-shapes.md} is the JSON form, exactly: placed into a
 * report at the pointer its marker names ({@code <!-- json at /statistics -->}), it is read by the
 * strict reader and written back unchanged — the same properties, in the same order.
 */
class DocsJsonSnippetsTest {
  private static final Path DOC = Path.of("..", "docs", "real-report-shapes.md");
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- json at (/[^ ]*) -->\\n```json\\n(.*?)\\n```", Pattern.DOTALL);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String BASE =
      "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\", \"reportingYear\": 2024}}";

  record Snippet(String pointer, String json) {}

  static Stream<Named<Snippet>> snippets() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    Matcher matcher = SNIPPET.matcher(doc);
    List<Named<Snippet>> snippets = new ArrayList<>();
    while (matcher.find()) {
      Snippet snippet = new Snippet(matcher.group(1), matcher.group(2));
      snippets.add(Named.of(snippet.pointer() + " #" + (snippets.size() + 1), snippet));
    }
    return snippets.stream();
  }

  @Test
  void theDocumentHasSnippets_andEveryJsonBlockIsMarked() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    long blocks = Pattern.compile("```json").matcher(doc).results().count();
    assertThat(snippets().count()).isEqualTo(blocks).isGreaterThanOrEqualTo(10);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("snippets")
  void aSnippet_isReadAndWrittenBackUnchanged(Snippet snippet) {
    JsonNode fragment = MAPPER.readTree(snippet.json());
    ObjectNode document = (ObjectNode) MAPPER.readTree(BASE);
    place(document, snippet.pointer(), fragment);
    String written = ReportJson.create().write(ReportJson.create().read(document.toString()));
    JsonNode back = MAPPER.readTree(written).at(snippet.pointer());
    assertThat(back).isEqualTo(fragment);
    assertThat(fieldOrder(back)).isEqualTo(fieldOrder(fragment));
  }

  /** Sets {@code value} at {@code pointer}, merging into what the base document has there. */
  private static void place(ObjectNode document, String pointer, JsonNode value) {
    String[] segments = pointer.substring(1).split("/");
    ObjectNode parent = document;
    for (int i = 0; i < segments.length - 1; i++) {
      JsonNode child = parent.get(segments[i]);
      parent = child instanceof ObjectNode object ? object : parent.putObject(segments[i]);
    }
    String last = segments[segments.length - 1];
    if (value instanceof ObjectNode object && parent.get(last) instanceof ObjectNode existing) {
      existing.setAll(object);
    } else {
      parent.set(last, value);
    }
  }

  /** Every object's property names in order, depth first: the order the writer keeps. */
  private static List<String> fieldOrder(JsonNode node) {
    List<String> names = new ArrayList<>();
    collect(node, names);
    return names;
  }

  private static void collect(JsonNode node, List<String> into) {
    if (node.isObject()) {
      for (String name : node.propertyNames()) {
        into.add(name);
        collect(node.get(name), into);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, into);
      }
    }
  }
}
