package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.report.ModelTypes;
import org.fazhi.report.facts.Concept;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsonFormatVisitors.JsonFormatVisitorWrapper;
import tools.jackson.databind.jsonFormatVisitors.JsonObjectFormatVisitor;

/**
 * The schema and the model cannot drift apart: the schema shipped is the one the model generates,
 * {@code docs/report.schema.json} is the schema shipped, and for every model type a report can hold
 * the schema names exactly the properties Jackson writes, in Jackson's order, and every enum's
 * names. Run with {@code -Dfazhi.docs.write=true} to rewrite the docs copy after changing the
 * model.
 */
class ReportSchemaDriftTest {
  private static final Path DOCS_COPY = Path.of("..", "docs", "report.schema.json");
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new FazhiJackson3Module()).build();
  private static final JsonNode SCHEMA = MAPPER.readTree(ReportSchema.text());

  static Stream<Named<Class<?>>> modelTypes() {
    return ModelTypes.all().stream().map(type -> Named.of(type.getSimpleName(), type));
  }

  static Stream<Named<Class<?>>> enums() {
    return ModelTypes.enums().stream().map(type -> Named.of(type.getSimpleName(), type));
  }

  private static JsonNode definition(Class<?> type) {
    return SCHEMA.get("$defs").get(type.getSimpleName());
  }

  /** The report is the schema itself; every other type is one of its definitions. */
  private static JsonNode definitionOrRoot(Class<?> type) {
    return type == org.fazhi.report.Report.class ? SCHEMA : definition(type);
  }

  /** The properties Jackson writes for {@code type}, in order; empty if it is not an object. */
  private static List<String> jacksonProperties(Class<?> type) {
    List<String> names = new ArrayList<>();
    Class<?> written = ModelTypes.generatedClass(type).orElse(type);
    MAPPER.acceptJsonFormatVisitor(
        written,
        new JsonFormatVisitorWrapper.Base() {
          @Override
          public JsonObjectFormatVisitor expectObjectFormat(JavaType javaType) {
            return new JsonObjectFormatVisitor.Base(getContext()) {
              @Override
              public void property(BeanProperty property) {
                names.add(property.getName());
              }

              @Override
              public void optionalProperty(BeanProperty property) {
                names.add(property.getName());
              }
            };
          }
        });
    return names;
  }

  private static List<String> names(JsonNode node) {
    return node == null ? List.of() : new ArrayList<>(node.propertyNames());
  }

  @Test
  void theShippedSchema_isTheOneTheModelGenerates() {
    String generated =
        new ReportSchemaGenerator(ModelSource.read(Path.of("src", "main", "java"))).generate();

    assertThat(ReportSchema.text()).isEqualTo(generated);
  }

  @Test
  void theDocsCopy_isTheShippedSchema() throws IOException {
    if (Boolean.getBoolean("fazhi.docs.write")) {
      Files.writeString(DOCS_COPY, ReportSchema.text(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOCS_COPY, StandardCharsets.UTF_8))
        .as("docs/report.schema.json; rewrite with -Dfazhi.docs.write=true")
        .isEqualTo(ReportSchema.text());
  }

  @Test
  void theSchema_definesEveryModelTypeAndEnum_andNothingElse() {
    // A concept is a term of the catalog, like an enum constant: ModelTypes lists it with neither.
    List<String> expected =
        Stream.of(ModelTypes.all(), ModelTypes.enums(), List.of(Concept.class))
            .flatMap(types -> types.stream())
            .filter(type -> type != org.fazhi.report.Report.class)
            .map(Class::getSimpleName)
            .sorted()
            .collect(Collectors.toList());

    assertThat(names(SCHEMA.get("$defs"))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("modelTypes")
  void eachObject_hasExactlyTheProperties_jacksonWrites_inItsOrder(Class<?> type) {
    List<String> jackson = jacksonProperties(type);
    JsonNode definition = definitionOrRoot(type);

    assertThat(definition).as("definition of %s", type.getSimpleName()).isNotNull();
    assertThat(names(definition.get("properties"))).isEqualTo(jackson);
    if (!jackson.isEmpty()) {
      assertThat(definition.get("additionalProperties").asBoolean(true)).isFalse();
      List<String> required =
          definition
              .path("required")
              .valueStream()
              .map(JsonNode::asString)
              .collect(Collectors.toList());
      assertThat(jackson).containsAll(required);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void eachEnum_listsTheNamesJacksonWrites(Class<?> type) {
    List<String> constants =
        Arrays.stream(type.getEnumConstants())
            .map(c -> MAPPER.writeValueAsString(c).replace("\"", ""))
            .collect(Collectors.toList());

    List<String> listed =
        definition(type)
            .get("enum")
            .valueStream()
            .map(JsonNode::asString)
            .collect(Collectors.toList());
    assertThat(listed).isEqualTo(constants);
  }

  @Test
  void everyTypeAndProperty_isDescribed_fromTheJavadoc() {
    List<String> undescribed = new ArrayList<>();
    SCHEMA
        .get("$defs")
        .properties()
        .forEach(
            definition -> {
              if (!definition.getValue().has("description")) {
                undescribed.add(definition.getKey());
              }
              definition
                  .getValue()
                  .path("properties")
                  .properties()
                  .forEach(
                      property -> {
                        if (!property.getValue().has("description")) {
                          undescribed.add(definition.getKey() + "." + property.getKey());
                        }
                      });
            });

    assertThat(undescribed).isEmpty();
    assertThat(definition(org.fazhi.report.figure.Count.class).get("description").asString())
        .startsWith("A number of things — cases, people, sessions — as the report wrote it:");
    assertThat(SCHEMA.at("/properties/metadata/description").asString())
        .isEqualTo("What the report is.");
  }
}
