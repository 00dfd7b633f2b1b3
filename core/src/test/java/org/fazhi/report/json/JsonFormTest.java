package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DocumentNumber;
import org.fazhi.report.ModelTypes;
import org.fazhi.report.Report;
import org.fazhi.report.ReportArbitraries;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.SchemaVersion;
import org.fazhi.report.decision.DecisionStatus;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.internal.ModelStyle;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.JudgmentType;
import org.fazhi.report.statistics.LegalAidCaseType;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form as a whole, checked by reflection over every model type a report can hold (found
 * from {@link Report} down, so a type added later is checked too): each object type lists exactly
 * its properties in {@code @JsonPropertyOrder} and carries both Jackson 2 and Jackson 3 binding
 * annotations; the few value types are written as one value; enums by name; names in camelCase;
 * never a class name or type id in the output.
 */
class JsonFormTest {
  /**
   * The types written as a single JSON value (a string, or a count's integer) by
   * {@code @JsonValue}.
   */
  private static final Set<Class<?>> VALUE_TYPES =
      Set.of(
          Count.class,
          Unit.class,
          DivisionCode.class,
          SectionId.class,
          SchemaVersion.class,
          DocumentNumber.class);

  private static final JsonMapper TREE = JsonMapper.builder().build();

  private static Set<Class<?>> objectTypes() {
    Set<Class<?>> types = new LinkedHashSet<>(ModelTypes.all());
    types.removeAll(VALUE_TYPES);
    return types;
  }

  @Test
  void modelTypes_areFound() {
    assertThat(ModelTypes.all())
        .hasSizeGreaterThan(40)
        .containsAll(VALUE_TYPES)
        .contains(Report.class);
  }

  @Test
  void everyModelType_hasTheModelStyle() {
    for (Class<?> type : ModelTypes.all()) {
      assertThat(type.isAnnotationPresent(ModelStyle.class)).as(type.getName()).isTrue();
    }
  }

  // ---- object types: @JsonPropertyOrder lists exactly the JSON properties

  @Test
  void propertyOrder_listsEveryJsonPropertyOfTheGeneratedJsonHolder() {
    List<String> mismatches = new ArrayList<>();
    for (Class<?> type : objectTypes()) {
      JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
      assertThat(order).as("@JsonPropertyOrder on %s", type.getSimpleName()).isNotNull();
      List<String> ordered = Arrays.asList(order.value());
      Set<String> holder = jsonHolderProperties(type);
      if (!new TreeSet<>(ordered).equals(holder) || ordered.size() != holder.size()) {
        mismatches.add(type.getSimpleName() + ": order " + ordered + ", JSON holder " + holder);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void propertyOrder_listsEveryAccessorOnce() {
    for (Class<?> type : objectTypes()) {
      List<String> ordered = Arrays.asList(type.getAnnotation(JsonPropertyOrder.class).value());
      assertThat(ordered).as(type.getSimpleName()).doesNotHaveDuplicates();
      assertThat(ordered)
          .as(type.getSimpleName())
          .containsExactlyInAnyOrderElementsOf(ModelTypes.properties(type).keySet());
    }
  }

  /**
   * The {@code @JsonProperty} names of the {@code Json} holder Immutables generates for {@code
   * type}.
   */
  private static Set<String> jsonHolderProperties(Class<?> type) {
    Class<?> generated = ModelTypes.generatedClass(type).orElseThrow();
    Class<?> holder =
        Arrays.stream(generated.getDeclaredClasses())
            .filter(c -> c.getSimpleName().equals("Json"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no Json holder in " + generated.getName()));
    Set<String> names = new TreeSet<>();
    for (Method method : holder.getDeclaredMethods()) {
      JsonProperty property = method.getAnnotation(JsonProperty.class);
      if (property != null) {
        names.add(property.value());
      }
    }
    return names;
  }

  @Test
  void objectTypes_bindThroughTheirGeneratedClassInJackson2AndJackson3() throws Exception {
    com.fasterxml.jackson.databind.json.JsonMapper jackson2 =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new FazhiJackson2Module())
            .build();
    tools.jackson.databind.json.JsonMapper jackson3 =
        tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new FazhiJackson3Module())
            .build();
    for (Class<?> type : objectTypes()) {
      Class<?> generated = ModelTypes.generatedClass(type).orElseThrow();
      assertThat(type.isAnnotationPresent(org.fazhi.report.internal.JsonModel.class))
          .as("@JsonModel on %s", type.getSimpleName())
          .isTrue();
      assertThat(ModuleFeatures.implementationOf(type))
          .as(type.getSimpleName())
          .contains(generated);
      assertThat(
              jackson2
                  .getDeserializationContext()
                  .getFactory()
                  .mapAbstractType(
                      jackson2.getDeserializationConfig(),
                      jackson2.getDeserializationConfig().constructType(type))
                  .getRawClass())
          .as("Jackson 2 reads %s as", type.getSimpleName())
          .isEqualTo(generated);
      assertThat(
              ModuleFeatures.implementationOf(
                  jackson3.deserializationConfig().constructType(type).getRawClass()))
          .as("Jackson 3 reads %s as", type.getSimpleName())
          .contains(generated);
    }
  }

  @Test
  void theModelCarriesNoJacksonDatabindAnnotationWithAValue() {
    // A value names a class; compiled against the model without that Jackson line, javac warns
    // "Cannot find annotation method 'as()'", which fails an application's -Werror build.
    for (Class<?> type : objectTypes()) {
      assertThat(type.getAnnotation(com.fasterxml.jackson.databind.annotation.JsonSerialize.class))
          .as(type.getSimpleName())
          .isNull();
      assertThat(type.getAnnotation(tools.jackson.databind.annotation.JsonDeserialize.class))
          .as(type.getSimpleName())
          .isNull();
    }
  }

  // ---- value types and enums

  @Test
  void valueTypes_areWrittenAsOneValueAndReadByACreator() {
    for (Class<?> type : VALUE_TYPES) {
      assertThat(annotatedMethods(type, JsonValue.class))
          .as("@JsonValue on %s", type.getSimpleName())
          .hasSize(1);
      assertThat(annotatedMethods(type, JsonCreator.class))
          .as("@JsonCreator on %s", type.getSimpleName())
          .isNotEmpty();
    }
  }

  @Test
  void objectTypes_haveNoJsonValue() {
    for (Class<?> type : objectTypes()) {
      assertThat(annotatedMethods(type, JsonValue.class)).as(type.getSimpleName()).isEmpty();
    }
  }

  @Test
  void enums_areWrittenByTheirName() {
    Set<Class<?>> enums = ModelTypes.enums();
    assertThat(enums).hasSizeGreaterThan(15);
    for (Class<?> type : enums) {
      assertThat(annotatedMethods(type, JsonValue.class)).as(type.getSimpleName()).isEmpty();
      for (Object constant : type.getEnumConstants()) {
        String name = ((Enum<?>) constant).name();
        assertThat(name).matches("[A-Z][A-Z0-9_]*");
        try {
          AnnotatedElement field = type.getField(name);
          assertThat(field.isAnnotationPresent(JsonProperty.class))
              .as(type.getSimpleName() + "." + name)
              .isFalse();
        } catch (NoSuchFieldException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  @Test
  void noModelType_usesPolymorphicTyping() {
    for (Class<?> type : ModelTypes.all()) {
      assertThat(type.isAnnotationPresent(JsonTypeInfo.class)).as(type.getSimpleName()).isFalse();
    }
  }

  private static List<Method> annotatedMethods(
      Class<?> type, Class<? extends Annotation> annotation) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(annotation))
        .collect(Collectors.toList());
  }

  // ---- the output

  @Test
  void output_hasNoClassNamesOrTypeIds() {
    assertNoClassNamesOrTypeIds(ReportJson.create().write(ReportFixtures.EVERY_PROPERTY));
  }

  @Test
  void output_namesAreCamelCase_mapKeysAreEnumNames() {
    JsonNode tree = TREE.readTree(ReportJson.create().write(ReportFixtures.EVERY_PROPERTY));
    Set<String> names = new TreeSet<>();
    Set<String> mapKeys = new TreeSet<>();
    collectNames(tree, false, names, mapKeys);
    assertThat(names).allMatch(n -> n.matches("[a-z][a-zA-Z]*"), "camelCase");
    // The fixture fills the maps of outcomes, shares, judgments, cases by type and statuses for
    // every key, and lists five procedures.
    Set<String> expected = new TreeSet<>();
    for (Class<? extends Enum<?>> keys :
        List.of(
            ReconsiderationDecision.class,
            JudgmentType.class,
            LegalAidCaseType.class,
            DecisionStatus.class)) {
      Arrays.stream(keys.getEnumConstants()).map(Enum::name).forEach(expected::add);
    }
    expected.addAll(
        List.of(
            "PUBLIC_PARTICIPATION",
            "EXPERT_ARGUMENTATION",
            "RISK_ASSESSMENT",
            "LEGALITY_REVIEW",
            "COLLECTIVE_DISCUSSION"));
    assertThat(mapKeys).isEqualTo(expected);
  }

  private static final Set<String> MAPS =
      Set.of("outcomes", "outcomeShares", "judgments", "procedures", "casesByType", "statusCounts");

  private static void collectNames(
      JsonNode node, boolean isMap, Set<String> names, Set<String> mapKeys) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        (isMap ? mapKeys : names).add(property.getKey());
        collectNames(property.getValue(), MAPS.contains(property.getKey()), names, mapKeys);
      }
    } else if (node.isArray()) {
      node.forEach(element -> collectNames(element, false, names, mapKeys));
    }
  }

  @Provide
  Arbitrary<Report> reports() {
    return ReportArbitraries.reports();
  }

  @Property(tries = 100)
  void output_ofGeneratedReports_hasNoClassNamesOrTypeIds(@ForAll("reports") Report report)
      throws Exception {
    assertNoClassNamesOrTypeIds(ReportJson.create().write(report));
    assertNoClassNamesOrTypeIds(JacksonMappers.jackson3Pretty(report));
    assertNoClassNamesOrTypeIds(JacksonMappers.jackson2Pretty(report));
  }

  private static void assertNoClassNamesOrTypeIds(String json) {
    JsonNode tree = TREE.readTree(json);
    Set<String> names = new TreeSet<>();
    collectNames(tree, false, names, new TreeSet<>());
    assertThat(names).noneMatch(n -> n.startsWith("@"));
    assertThat(json)
        .doesNotContain("org.fazhi")
        .doesNotContain("java.")
        .doesNotContain("Immutable")
        .doesNotContain("@class")
        .doesNotContain("@type");
  }
}
