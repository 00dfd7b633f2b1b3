package org.fazhi.report.json;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.SortedMap;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DocumentNumber;
import org.fazhi.report.MeetingReference;
import org.fazhi.report.ModelTypes;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.facts.Concept;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.figure.Scale;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.SectionId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates the JSON Schema (draft 2020-12) of a report from the model, at build time: core's POM
 * runs {@link #main} after the tests compile and before the jar is packed, writing {@code
 * org/fazhi/report/json/report.schema.json} into the classes that {@link ReportSchema} reads.
 *
 * <p>victools walks the model's abstract types (their JavaBeans accessors, named as Immutables and
 * Jackson name them: {@code getTitle()} is {@code title}); the types whose JSON form is not an
 * object of their properties (a {@link Count} is an integer or an object, a {@code SchemaVersion} a
 * string …) get a definition written here, as their {@code @JsonValue} and {@code @JsonCreator}
 * read them. Descriptions are the first paragraph of each type's and accessor's Javadoc, read from
 * the source by {@link ModelSource}. Strict as the reader is: no property beyond the model's,
 * required what the builders require, no {@code null}, enums closed, and the simple limits the
 * model's checks enforce (blank strings, counts below zero, years of other than four digits).
 */
public final class ReportSchemaGenerator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String NOT_BLANK = "\\S";
  private static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

  /**
   * Limits the model's checks enforce on numbers, by accessor: too few to be worth reading from the
   * source, each one proven by a hostile document in {@code ReportSchemaTest}.
   */
  private static final Map<String, Limits> NUMBER_LIMITS =
      Map.of(
          key(Rate.class, "getPercent"), Limits.atLeast(0),
          key(ReportMetadata.class, "getReportingYear"), new Limits(1000, 9999),
          key(MeetingReference.class, "getSession"), Limits.atLeast(1),
          key(Numbering.class, "getOrdinal"), Limits.atLeast(1));

  /** The least and the greatest value a number may have; either may be null, for none. */
  private record Limits(BigDecimal minimum, BigDecimal maximum) {
    Limits(long minimum, long maximum) {
      this(BigDecimal.valueOf(minimum), BigDecimal.valueOf(maximum));
    }

    static Limits atLeast(long minimum) {
      return new Limits(BigDecimal.valueOf(minimum), null);
    }
  }

  private final ModelSource source;

  ReportSchemaGenerator(ModelSource source) {
    this.source = source;
  }

  /**
   * Writes the schema: {@code args[0]} is the model's source folder, {@code args[1]} the file to
   * write.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ReportSchemaGenerator SOURCE_ROOT OUTPUT_FILE");
    }
    String schema = new ReportSchemaGenerator(ModelSource.read(Path.of(args[0]))).generate();
    Path output = Path.of(args[1]);
    Files.createDirectories(output.getParent());
    Files.writeString(output, schema, StandardCharsets.UTF_8);
  }

  /** The schema as text: two-space indentation, a final line break. */
  String generate() {
    ObjectNode generated = generator().generateSchema(Report.class);
    ObjectNode schema = NODES.objectNode();
    schema.put("$schema", SchemaVersion.DRAFT_2020_12.getIdentifier());
    schema.put("title", "Fazhi report, JSON form " + org.fazhi.report.SchemaVersion.CURRENT);
    generated.properties().forEach(e -> schema.set(e.getKey(), e.getValue()));
    schema.remove("$defs");
    ObjectNode sorted = schema.putObject("$defs");
    generated
        .get("$defs")
        .propertyStream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(definition -> sorted.set(definition.getKey(), definition.getValue()));
    return pretty(schema) + "\n";
  }

  private SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(new JacksonSchemaModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
            .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
            .with(
                Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                Option.DEFINITIONS_FOR_ALL_OBJECTS,
                Option.PLAIN_DEFINITION_KEYS,
                Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES)
            .without(
                Option.SCHEMA_VERSION_INDICATOR,
                Option.FLATTENED_OPTIONALS,
                Option.PUBLIC_NONSTATIC_FIELDS,
                Option.NONPUBLIC_NONSTATIC_FIELDS_WITH_GETTERS,
                Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS);
    config.forFields().withIgnoreCheck(field -> true);
    config
        .forMethods()
        .withIgnoreCheck(method -> !isProperty(method))
        .withPropertyNameOverrideResolver(ReportSchemaGenerator::propertyName)
        .withRequiredCheck(ReportSchemaGenerator::isRequired)
        .withTargetTypeOverridesResolver(ReportSchemaGenerator::presentValue)
        .withDescriptionResolver(this::description)
        .withStringPatternResolver(this::pattern)
        .withNumberInclusiveMinimumResolver(
            method -> limits(method).map(Limits::minimum).orElse(null))
        .withNumberInclusiveMaximumResolver(
            method -> limits(method).map(Limits::maximum).orElse(null));
    config
        .forTypesInGeneral()
        .withCustomDefinitionProvider(this::customDefinition)
        .withDescriptionResolver(scope -> source.doc(scope.getType().getErasedType()).orElse(null));
    return new SchemaGenerator(config.build());
  }

  /** An Immutables attribute of a model type (abstract or defaulted), not ignored by Jackson. */
  private static boolean isProperty(MethodScope method) {
    if (method.isFakeContainerItemScope()) {
      return true;
    }
    Method raw = method.getRawMember();
    Class<?> owner = method.getDeclaringType().getErasedType();
    return !raw.isAnnotationPresent(JsonIgnore.class)
        && ModelTypes.properties(owner).containsValue(raw);
  }

  /** An {@code Optional<X>} is left out when empty and never {@code null}: an {@code X}. */
  private static List<ResolvedType> presentValue(MethodScope method) {
    ResolvedType type = method.getType();
    if (type == null || !type.isInstanceOf(Optional.class)) {
      return null;
    }
    return List.of(type.typeParametersFor(Optional.class).get(0));
  }

  /** {@code getTitle()} is {@code title}, {@code isRunIn()} is {@code runIn}. */
  private static String propertyName(MethodScope method) {
    String name = method.getDeclaredName();
    int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
    if (prefix == 0 || name.length() == prefix) {
      return null;
    }
    return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
  }

  /**
   * What Immutables' builders require: an abstract accessor that is no optional and no collection
   * (a {@code @Value.Default} has a default, and so is not abstract).
   */
  private static boolean isRequired(MethodScope method) {
    Method raw = method.getRawMember();
    Class<?> type = raw.getReturnType();
    return Modifier.isAbstract(raw.getModifiers())
        && type != Optional.class
        && type != OptionalInt.class
        && type != OptionalLong.class
        && type != OptionalDouble.class
        && !Collection.class.isAssignableFrom(type)
        && !Map.class.isAssignableFrom(type);
  }

  private String description(MethodScope method) {
    if (method.isFakeContainerItemScope()) {
      return null;
    }
    return inheritedDoc(method.getRawMember().getDeclaringClass(), method.getDeclaredName());
  }

  /** The Javadoc of {@code name} in {@code type}, or where it overrides from, as javadoc does. */
  private String inheritedDoc(Class<?> type, String name) {
    if (type == null) {
      return null;
    }
    Optional<String> own = source.doc(type, name);
    if (own.isPresent()) {
      return own.get();
    }
    String inherited = inheritedDoc(type.getSuperclass(), name);
    for (Class<?> contract : type.getInterfaces()) {
      if (inherited == null) {
        inherited = inheritedDoc(contract, name);
      }
    }
    return inherited;
  }

  private String pattern(MethodScope method) {
    if (!method.getType().isInstanceOf(String.class)) {
      return null;
    }
    Class<?> owner = method.getDeclaringType().getErasedType();
    String property = propertyName(method);
    boolean notBlank =
        method.isFakeContainerItemScope()
            ? source.hasNoBlankElements(owner, property)
            : source.isNotBlank(owner, property);
    return notBlank ? NOT_BLANK : null;
  }

  private static Optional<Limits> limits(MethodScope method) {
    return method.isFakeContainerItemScope()
        ? Optional.empty()
        : Optional.ofNullable(NUMBER_LIMITS.get(key(method.getRawMember())));
  }

  private static String key(Method method) {
    return method.getDeclaringClass().getName() + "#" + method.getName();
  }

  private static String key(Class<?> type, String method) {
    return type.getName() + "#" + method;
  }

  /** The types whose JSON form is not an object of their properties. */
  private CustomDefinition customDefinition(
      ResolvedType javaType, SchemaGenerationContext context) {
    Class<?> type = javaType.getErasedType();
    if (type == LocalDate.class) {
      return inline(string().put("format", "date").put("pattern", DATE));
    }
    if (type == OffsetDateTime.class) {
      return inline(
          string()
              .put("format", "date-time")
              .put(
                  "pattern",
                  "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})$"));
    }
    if (type == OptionalInt.class) {
      return inline(NODES.objectNode().put("type", "integer"));
    }
    if (SortedMap.class.isAssignableFrom(type)) {
      return inline(map(javaType, context));
    }
    if (type == URI.class) {
      return inline(string().put("format", "uri-reference"));
    }
    ObjectNode definition;
    if (type == org.fazhi.report.SchemaVersion.class) {
      definition =
          string()
              .put(
                  "pattern",
                  "^"
                      + org.fazhi.report.SchemaVersion.CURRENT.getMajor()
                      + "\\.(0|[1-9][0-9]{0,9})$");
    } else if (type == DivisionCode.class) {
      definition = string().put("pattern", "^([0-9]{6}|[0-9]{9})$");
    } else if (type == DocumentNumber.class) {
      definition =
          string()
              .put(
                  "pattern",
                  "^.+[〔\\[\\uFF3B【(\\uFF08][0-9]{4}[〕\\]\\uFF3D】)\\uFF09][0-9]{1,10}号$");
    } else if (type == SectionId.class) {
      definition = string().put("pattern", "^s[1-9][0-9]{0,9}(\\.[1-9][0-9]{0,9})*$");
    } else if (type == Unit.class) {
      definition = string().put("pattern", "^[^0-9]*[^\\s0-9][^0-9]*$");
    } else if (type == Concept.class) {
      definition = string();
      ArrayNode ids = definition.putArray("enum");
      Concept.catalog().stream().filter(Concept::isSingle).forEach(c -> ids.add(c.id()));
    } else if (type == Count.class) {
      definition = count();
    } else {
      return null;
    }
    source.doc(type).ifPresent(doc -> definition.put("description", doc));
    return new CustomDefinition(
        definition,
        CustomDefinition.DefinitionType.ALWAYS_REF,
        CustomDefinition.AttributeInclusion.NO);
  }

  /** A map by enum name: only the enum's names as keys. */
  private static ObjectNode map(ResolvedType javaType, SchemaGenerationContext context) {
    ResolvedType key = javaType.typeParametersFor(Map.class).get(0);
    ResolvedType value = javaType.typeParametersFor(Map.class).get(1);
    ObjectNode map = NODES.objectNode().put("type", "object");
    map.set("propertyNames", context.createStandardDefinitionReference(key, null));
    map.set("additionalProperties", context.createStandardDefinitionReference(value, null));
    return map;
  }

  /** A plain integer when exact without a scale word, else the object form. */
  private ObjectNode count() {
    ObjectNode plain =
        NODES.objectNode().put("type", "integer").put("minimum", 0).put("maximum", Long.MAX_VALUE);
    ObjectNode written = NODES.objectNode().put("type", "object");
    ObjectNode properties = written.putObject("properties");
    properties.putObject("value").put("type", "number").put("minimum", 0);
    properties.putObject("scale").put("$ref", "#/$defs/" + Scale.class.getSimpleName());
    properties
        .putObject("approximation")
        .put("$ref", "#/$defs/" + Approximation.class.getSimpleName());
    for (Map.Entry<String, JsonNode> property : properties.properties()) {
      String name = property.getKey();
      source
          .doc(Count.class, "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1))
          .ifPresent(doc -> ((ObjectNode) property.getValue()).put("description", doc));
    }
    written.putArray("required").add("value");
    written.put("additionalProperties", false);
    // The object form is for what the plain integer cannot say: a scale word or a marker.
    ArrayNode either = written.putArray("anyOf");
    either
        .addObject()
        .<ObjectNode>set("required", NODES.arrayNode().add("scale"))
        .putObject("properties")
        .putObject("scale")
        .putObject("not")
        .put("const", Scale.ONE.name());
    either
        .addObject()
        .<ObjectNode>set("required", NODES.arrayNode().add("approximation"))
        .putObject("properties")
        .putObject("approximation")
        .putObject("not")
        .put("const", Approximation.EXACT.name());
    ObjectNode count = NODES.objectNode();
    count.putArray("oneOf").add(plain).add(written);
    return count;
  }

  private static ArrayNode names(Object[] constants) {
    ArrayNode names = NODES.arrayNode();
    Arrays.stream(constants).forEach(c -> names.add(((Enum<?>) c).name()));
    return names;
  }

  private static ObjectNode string() {
    return NODES.objectNode().put("type", "string");
  }

  private static CustomDefinition inline(ObjectNode node) {
    return new CustomDefinition(
        node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
  }

  private static String pretty(JsonNode node) {
    return JsonMapper.builder()
        .build()
        .writer()
        .with(JacksonMappers.jackson3PrettyPrinter())
        .writeValueAsString(node);
  }
}
