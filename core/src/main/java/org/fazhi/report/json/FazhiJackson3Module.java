package org.fazhi.report.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.AbstractTypeResolver;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Registers the report model with an application's Jackson 3 mapper (Spring Boot 4, a plain {@code
 * JsonMapper}): {@code JsonMapper.builder().addModule(new FazhiJackson3Module())}.
 *
 * <p>The model's own annotations carry its JSON form (names, order, inclusion, date shapes); the
 * module adds what a mapper-wide default could undo: by default, unknown properties in Fazhi types
 * fail even where the mapper ignores them, and the report's types are read exactly as written, as
 * {@link ReportJson} reads them, whatever the mapper allows for the application's own types: no
 * coercion between JSON types, no {@code null}, no {@code -0}, enums by exact name, dates and
 * date-times as ISO-8601 strings of their kind. Duplicate keys and size limits belong to the parser
 * and stay the mapper's settings (see docs/integration.md).
 *
 * <p>Listed as a {@code tools.jackson.databind.JacksonModule} service, so a mapper built with
 * {@code findAndAddModules()} (Spring Framework 7 and Spring Boot 4 discover modules that way)
 * registers it without being told.
 */
public final class FazhiJackson3Module extends JacksonModule {
  private final ModuleFeatures features;

  /** The module with every feature at its default. */
  public FazhiJackson3Module() {
    this(ModuleFeatures.defaults());
  }

  private FazhiJackson3Module(ModuleFeatures features) {
    this.features = features;
  }

  /** A copy with {@code feature} turned on or off. */
  public FazhiJackson3Module configure(FazhiModuleFeature feature, boolean enabled) {
    return new FazhiJackson3Module(features.with(feature, enabled));
  }

  /** Whether {@code feature} is on. */
  public boolean isEnabled(FazhiModuleFeature feature) {
    return features.isEnabled(feature);
  }

  @Override
  public String getModuleName() {
    return "fazhi-report";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addAbstractTypeResolver(new ModelImplementations());
    context.appendAnnotationIntrospector(new StrictValues3.Introspector());
    context.addDeserializerModifier(new StrictValues3.Modifier());
    if (isEnabled(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      context.addHandler(new StrictProperties());
    }
  }

  /** Reads each abstract model type as the class Immutables generated for it. */
  private static final class ModelImplementations extends AbstractTypeResolver {
    @Override
    public JavaType findTypeMapping(DeserializationConfig config, JavaType type) {
      return ModuleFeatures.implementationOf(type.getRawClass())
          .map(config::constructType)
          .orElse(null);
    }
  }

  private static final class StrictProperties extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext context,
        JsonParser parser,
        ValueDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName) {
      if (ModuleFeatures.isModelType(beanOrClass)) {
        throw UnrecognizedPropertyException.from(
            parser, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
      }
      return false;
    }
  }
}
