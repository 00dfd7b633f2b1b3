package org.fazhi.report.validation.internal;

import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.fazhi.report.constraints.ReportRules;
import org.fazhi.report.validation.internal.RuleWalk.Cascade;
import org.fazhi.report.validation.internal.RuleWalk.Container;
import org.fazhi.report.validation.internal.RuleWalk.TypeRules;

/**
 * Reads what {@link RuleWalk} does at objects of one class from the class's annotations, as
 * Hibernate Validator reads them: the {@code @ReportRules} of the class and its supertypes, each
 * level run by the registered validator of the most specific type; and the {@code @Valid} cascades
 * of its getters, declared on the getter or on its return type's arguments anywhere in the
 * hierarchy. The walk runs no other constraint: a model type that carries one is refused here, so
 * that the walk can never find less than the engine.
 */
final class WalkedTypes {
  /** One instance of each registered validator: they are stateless, so every walk shares them. */
  private static final List<RulesValidator<?>> REGISTERED =
      RuleWalk.VALIDATORS.stream().<RulesValidator<?>>map(Supplier::get).toList();

  private WalkedTypes() {}

  /** The rules the walk runs on objects of class {@code type}. */
  static List<TypeRules> rules(Class<?> type) {
    List<TypeRules> rules = new ArrayList<>();
    for (Class<?> level : Cascades.hierarchy(type)) {
      refuseOtherConstraints(level);
      ReportRules[] annotations = level.getDeclaredAnnotationsByType(ReportRules.class);
      if (annotations.length > 0) {
        rules.add(new TypeRules(validatorOf(level), RuleWalk.severitiesOf(annotations)));
      }
    }
    return List.copyOf(rules);
  }

  /** The cascades the walk follows out of objects of class {@code type}. */
  static List<Cascade> cascades(Class<?> type, Set<Class<?>> reaching) {
    List<Cascade> cascades = new ArrayList<>();
    for (Method getter : Cascades.getters(type)) {
      List<Class<?>> targets = new ArrayList<>();
      Method declared = null;
      for (Class<?> level : Cascades.hierarchy(type)) {
        Method method = declaredGetter(level, getter.getName());
        if (method == null) {
          continue;
        }
        int before = targets.size();
        if (method.isAnnotationPresent(Valid.class)) {
          targets.add(Cascades.raw(method.getGenericReturnType()));
        }
        Cascades.cascadeTargets(method.getAnnotatedReturnType(), targets);
        if (targets.size() > before && declared == null) {
          declared = method;
        }
      }
      if (declared != null && targets.stream().anyMatch(reaching::contains)) {
        cascades.add(
            new Cascade(
                accessible(declared, getter),
                Cascades.property(getter.getName()),
                container(declared.getReturnType(), type)));
      }
    }
    cascades.sort(Comparator.comparing(Cascade::property));
    return List.copyOf(cascades);
  }

  private static Container container(Class<?> declared, Class<?> owner) {
    if (declared == Optional.class) {
      return Container.OPTIONAL;
    }
    if (List.class.isAssignableFrom(declared)) {
      return Container.LIST;
    }
    if (Map.class.isAssignableFrom(declared)) {
      return Container.MAP;
    }
    if (Iterable.class.isAssignableFrom(declared) || declared.isArray()) {
      throw new IllegalStateException(
          "the rule walk cascades into no " + declared.getName() + " (in " + owner.getName() + ")");
    }
    return Container.NONE;
  }

  /** A public declaration of the getter in a public type, which reflection may call. */
  private static Method accessible(Method declared, Method getter) {
    if (Modifier.isPublic(declared.getDeclaringClass().getModifiers())) {
      return declared;
    }
    return getter;
  }

  private static Method declaredGetter(Class<?> level, String name) {
    try {
      Method method = level.getDeclaredMethod(name);
      return Modifier.isStatic(method.getModifiers()) ? null : method;
    } catch (NoSuchMethodException absent) {
      return null;
    }
  }

  private static RulesValidator<Object> validatorOf(Class<?> annotated) {
    RulesValidator<?> chosen = null;
    for (RulesValidator<?> candidate : REGISTERED) {
      Class<?> validated = RuleWalk.validatedType(candidate);
      if (validated.isAssignableFrom(annotated)
          && (chosen == null || RuleWalk.validatedType(chosen).isAssignableFrom(validated))) {
        chosen = candidate;
      }
    }
    if (chosen == null) {
      throw new IllegalStateException("no rules registered for " + annotated.getName());
    }
    @SuppressWarnings("unchecked")
    RulesValidator<Object> rules = (RulesValidator<Object>) chosen;
    return rules;
  }

  /** Refuses a class that carries a constraint other than {@code @ReportRules}. */
  private static void refuseOtherConstraints(Class<?> level) {
    for (Annotation annotation : level.getDeclaredAnnotations()) {
      Class<? extends Annotation> kind = annotation.annotationType();
      if (kind != ReportRules.class
          && kind != ReportRules.List.class
          && Cascades.isConstraint(annotation)) {
        throw unsupported(level, annotation);
      }
    }
    for (Method method : level.getDeclaredMethods()) {
      if (method.getParameterCount() == 0
          && (Cascades.constrained(method)
              || Cascades.constrained(method.getAnnotatedReturnType()))) {
        throw unsupported(level, method);
      }
    }
  }

  private static IllegalStateException unsupported(Class<?> level, Object where) {
    return new IllegalStateException(
        "the rule walk runs only @ReportRules, but "
            + level.getName()
            + " carries a constraint at "
            + where);
  }
}
