package org.fazhi.report.json;

import java.util.EnumSet;
import java.util.Set;
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
}
