package org.fazhi.report.json;

import java.lang.reflect.Modifier;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.fazhi.report.internal.JsonModel;
import org.fazhi.report.internal.ModelStyle;

/**
 * What {@link FazhiJackson2Module} and {@link FazhiJackson3Module} share: their feature set and
 * which classes they treat as the model's. Immutable.
 */
final class ModuleFeatures {
  private final Set<FazhiModuleFeature> enabled;

  private ModuleFeatures(Set<FazhiModuleFeature> enabled) {
    this.enabled = enabled;
  }

  /** Every feature at its default. */
  static ModuleFeatures defaults() {
    Set<FazhiModuleFeature> defaults = EnumSet.noneOf(FazhiModuleFeature.class);
    for (FazhiModuleFeature feature : FazhiModuleFeature.values()) {
      if (feature.isEnabledByDefault()) {
        defaults.add(feature);
      }
    }
    return new ModuleFeatures(defaults);
  }

  /** A copy with {@code feature} turned on or off. */
  ModuleFeatures with(FazhiModuleFeature feature, boolean on) {
    Set<FazhiModuleFeature> copy = EnumSet.noneOf(FazhiModuleFeature.class);
    copy.addAll(enabled);
    if (on) {
      copy.add(feature);
    } else {
      copy.remove(feature);
    }
    return new ModuleFeatures(copy);
  }

  /** Whether {@code feature} is on. */
  boolean isEnabled(FazhiModuleFeature feature) {
    return enabled.contains(feature);
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

  /**
   * The class Immutables generated for {@code type}, if {@code type} is an abstract model type
   * marked {@link JsonModel}: {@code ImmutableReport} for {@code Report}. The modules map each such
   * type to it, so that Jackson reads a {@code Report} as an {@code ImmutableReport}.
   */
  static Optional<Class<?>> implementationOf(Class<?> type) {
    return IMPLEMENTATIONS.get(type);
  }

  private static final ClassValue<Optional<Class<?>>> IMPLEMENTATIONS =
      new ClassValue<>() {
        @Override
        protected Optional<Class<?>> computeValue(Class<?> type) {
          if (!Modifier.isAbstract(type.getModifiers())
              || !type.isAnnotationPresent(JsonModel.class)) {
            return Optional.empty();
          }
          String generated = type.getPackageName() + ".Immutable" + type.getSimpleName();
          try {
            return Optional.of(Class.forName(generated, false, type.getClassLoader()));
          } catch (ClassNotFoundException notGenerated) {
            return Optional.empty();
          }
        }
      };
}
