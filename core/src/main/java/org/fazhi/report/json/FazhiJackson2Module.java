package org.fazhi.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.AbstractTypeResolver;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.List;

/**
 * Registers the report model with an application's Jackson 2 mapper (Spring Boot 3, Quarkus,
 * Jackson 2.x services): {@code JsonMapper.builder().addModule(new FazhiJackson2Module())}.
 *
 * <p>Brings the {@code Optional} and {@code java.time} support the model needs ({@link Jdk8Module},
 * {@link JavaTimeModule}, which the application must have on its classpath) and, by default, makes
 * unknown properties in Fazhi types fail. The model's annotations keep dates as ISO-8601 strings
 * whatever {@code WRITE_DATES_AS_TIMESTAMPS} says. The report's types are read exactly as written,
 * as {@link ReportJson} reads them, whatever the mapper allows for the application's own types: no
 * coercion between JSON types, no {@code null}, no {@code -0}, enums by exact name, dates and
 * date-times as ISO-8601 strings of their kind. Duplicate keys, trailing tokens and size limits
 * belong to the parser and stay the mapper's settings (see docs/integration.md).
 *
 * <p>Without {@code jackson-datatype-jdk8} or {@code jackson-datatype-jsr310} on the class path,
 * the constructor throws an {@link IllegalStateException} that names the missing artifact.
 */
public final class FazhiJackson2Module extends Module {
  private final ModuleFeatures features;

  /** The module with every feature at its default. */
  public FazhiJackson2Module() {
    this(ModuleFeatures.defaults());
  }

  private FazhiJackson2Module(ModuleFeatures features) {
    requireOnClassPath("com.fasterxml.jackson.datatype.jdk8.Jdk8Module", "jackson-datatype-jdk8");
    requireOnClassPath(
        "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule", "jackson-datatype-jsr310");
    this.features = features;
  }

  /** A clear error, rather than a NoClassDefFoundError when the mapper registers the module. */
  private static void requireOnClassPath(String className, String artifact) {
    try {
      Class.forName(className, false, FazhiJackson2Module.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "FazhiJackson2Module needs com.fasterxml.jackson.datatype:"
              + artifact
              + " on the class path, at the version of the application's jackson-databind"
              + " (Spring Boot's spring-boot-starter-json and Quarkus's quarkus-jackson bring it)",
          e);
    }
  }

  /** A copy with {@code feature} turned on or off. */
  public FazhiJackson2Module configure(FazhiModuleFeature feature, boolean enabled) {
    return new FazhiJackson2Module(features.with(feature, enabled));
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
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addAbstractTypeResolver(new ModelImplementations());
    context.appendAnnotationIntrospector(new StrictValues2.Introspector());
    context.addBeanDeserializerModifier(new StrictValues2.Modifier());
    if (isEnabled(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      context.addDeserializationProblemHandler(new StrictProperties());
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
        JsonDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName)
        throws IOException {
      if (ModuleFeatures.isModelType(beanOrClass)) {
        throw UnrecognizedPropertyException.from(
            parser, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
      }
      return false;
    }
  }
}
