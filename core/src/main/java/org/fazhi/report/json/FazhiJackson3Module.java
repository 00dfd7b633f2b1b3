package org.fazhi.report.json;

import java.util.EnumSet;
import java.util.Set;
import org.fazhi.report.internal.ModelStyle;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Registers the report model with an application's Jackson 3 mapper (Spring Boot 4, a plain
 * {@code JsonMapper}): {@code JsonMapper.builder().addModule(new FazhiJackson3Module())}.
 *
 * <p>The model's own annotations carry its JSON form (names, order, inclusion, date shapes); the
 * module adds what a mapper-wide default could undo: by default, unknown properties in Fazhi types
 * fail even where the mapper ignores them. For reading as strictly as {@link ReportJson} — duplicate
 * keys, nulls, scalar coercion, trailing tokens — configure the mapper as the README describes, or
 * read with {@link ReportJson}.
 */
public final class FazhiJackson3Module extends JacksonModule {
  private final Set<FazhiModuleFeature> features;

  /** The module with every feature at its default. */
  public FazhiJackson3Module() {
    this(defaults());
  }

  private FazhiJackson3Module(Set<FazhiModuleFeature> features) {
    this.features = features;
  }

  /** A copy with {@code feature} turned on or off. */
  public FazhiJackson3Module configure(FazhiModuleFeature feature, boolean enabled) {
    Set<FazhiModuleFeature> copy = EnumSet.noneOf(FazhiModuleFeature.class);
    copy.addAll(features);
    if (enabled) {
      copy.add(feature);
    } else {
      copy.remove(feature);
    }
    return new FazhiJackson3Module(copy);
  }

  /** Whether {@code feature} is on. */
  public boolean isEnabled(FazhiModuleFeature feature) {
    return features.contains(feature);
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
    if (isEnabled(FazhiModuleFeature.FAIL_ON_UNKNOWN_PROPERTIES)) {
      context.addHandler(new StrictProperties());
    }
  }

  static Set<FazhiModuleFeature> defaults() {
    Set<FazhiModuleFeature> defaults = EnumSet.noneOf(FazhiModuleFeature.class);
    for (FazhiModuleFeature feature : FazhiModuleFeature.values()) {
      if (feature.isEnabledByDefault()) {
        defaults.add(feature);
      }
    }
    return defaults;
  }

  /**
   * Whether {@code beanOrClass} is one of the model's types, the class generated for it or its
   * generated JSON holder: a class that is or extends a type of the model's style. Other classes —
   * the application's own, even in a package of this library's — are left to the mapper.
   */
  static boolean isModelType(Object beanOrClass) {
    Class<?> type = beanOrClass instanceof Class ? (Class<?>) beanOrClass : beanOrClass.getClass();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (c.isAnnotationPresent(ModelStyle.class)) {
        return true;
      }
    }
    return false;
  }

  private static final class StrictProperties extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(
        DeserializationContext context,
        JsonParser parser,
        ValueDeserializer<?> deserializer,
        Object beanOrClass,
        String propertyName) {
      if (isModelType(beanOrClass)) {
        throw UnrecognizedPropertyException.from(
            parser, beanOrClass, propertyName, deserializer.getKnownPropertyNames());
      }
      return false;
    }
  }
}
