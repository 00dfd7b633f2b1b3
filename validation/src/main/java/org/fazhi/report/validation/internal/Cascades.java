package org.fazhi.report.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model's {@code @Valid} cascades, read from its annotations from {@code Report} down, and
 * those below which no constraint lives: into counts, amounts, quantities, sections, indicators.
 * Neither the facade's Hibernate Validator factory nor its own {@link RuleWalk} follows those:
 * following them walks every such value for nothing. A plain Jakarta validator still follows them,
 * so that a constraint an application maps onto such a type is found.
 */
public final class Cascades {
  /** A getter of {@code owner} (where it is declared) whose cascade finds no constraint. */
  public record Cascade(Class<?> owner, String property) {}

  private final Map<Class<?>, List<Edge>> edges = new LinkedHashMap<>();

  private record Edge(Method getter, List<Class<?>> targets) {}

  private Cascades() {}

  /** The cascades reachable from {@code root} below which no constraint lives. */
  public static List<Cascade> unconstrained(Class<?> root) {
    Cascades graph = new Cascades();
    graph.collect(root);
    Set<Class<?>> reaching = graph.reachingConstraints();
    List<Cascade> unconstrained = new ArrayList<>();
    for (List<Edge> owned : graph.edges.values()) {
      for (Edge edge : owned) {
        if (edge.targets.stream().noneMatch(reaching::contains) && !hasOwnConstraint(edge.getter)) {
          unconstrained.add(
              new Cascade(edge.getter.getDeclaringClass(), property(edge.getter.getName())));
        }
      }
    }
    return unconstrained;
  }

  private void collect(Class<?> type) {
    if (edges.containsKey(type)) {
      return;
    }
    List<Edge> owned = new ArrayList<>();
    edges.put(type, owned);
    for (Method getter : getters(type)) {
      List<Class<?>> targets = new ArrayList<>();
      if (getter.isAnnotationPresent(Valid.class)) {
        targets.add(raw(getter.getGenericReturnType()));
      }
      cascadeTargets(getter.getAnnotatedReturnType(), targets);
      if (!targets.isEmpty()) {
        owned.add(new Edge(getter, targets));
        targets.forEach(this::collect);
      }
    }
  }

  /** The types reachable from {@code root} that carry a constraint, or cascade to one that does. */
  static Set<Class<?>> reaching(Class<?> root) {
    Cascades graph = new Cascades();
    graph.collect(root);
    return graph.reachingConstraints();
  }

  /** The types that carry a constraint, or cascade to one that does. */
  private Set<Class<?>> reachingConstraints() {
    Set<Class<?>> reaching = new HashSet<>();
    for (Class<?> type : edges.keySet()) {
      if (carriesConstraint(type)) {
        reaching.add(type);
      }
    }
    for (boolean grew = true; grew; ) {
      grew = false;
      for (Map.Entry<Class<?>, List<Edge>> type : edges.entrySet()) {
        if (!reaching.contains(type.getKey())
            && type.getValue().stream()
                .anyMatch(edge -> edge.targets.stream().anyMatch(reaching::contains))) {
          grew |= reaching.add(type.getKey());
        }
      }
    }
    return reaching;
  }

  static void cascadeTargets(AnnotatedType type, List<Class<?>> into) {
    if (type.isAnnotationPresent(Valid.class) && !into.contains(raw(type.getType()))) {
      into.add(raw(type.getType()));
    }
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        cascadeTargets(argument, into);
      }
    }
  }

  /** Whether {@code type}, a supertype, or one of their fields or getters carries a constraint. */
  static boolean carriesConstraint(Class<?> type) {
    for (Class<?> level : hierarchy(type)) {
      if (constrained(level)) {
        return true;
      }
      for (Field field : level.getDeclaredFields()) {
        if (constrained(field) || constrained(field.getAnnotatedType())) {
          return true;
        }
      }
      for (Method method : level.getDeclaredMethods()) {
        if (method.getParameterCount() == 0
            && (constrained(method) || constrained(method.getAnnotatedReturnType()))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code getter}, or a declaration it overrides, carries a constraint of its own. */
  private static boolean hasOwnConstraint(Method getter) {
    for (Class<?> level : hierarchy(getter.getDeclaringClass())) {
      for (Method method : level.getDeclaredMethods()) {
        if (method.getName().equals(getter.getName())
            && method.getParameterCount() == 0
            && (constrained(method) || constrained(method.getAnnotatedReturnType()))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean constrained(AnnotatedElement element) {
    for (Annotation annotation : element.getAnnotations()) {
      if (isConstraint(annotation)) {
        return true;
      }
    }
    if (element instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        if (constrained(argument)) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isConstraint(Annotation annotation) {
    Class<? extends Annotation> type = annotation.annotationType();
    if (type.isAnnotationPresent(Constraint.class)) {
      return true;
    }
    // A container of repeated constraints (@Min.List): its value holds constraints.
    try {
      Method value = type.getMethod("value");
      return value.getReturnType().isArray()
          && value.getReturnType().getComponentType().isAnnotationPresent(Constraint.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The public getters of {@code type}: no parameters, named {@code get…} or {@code is…}. */
  static List<Method> getters(Class<?> type) {
    List<Method> getters = new ArrayList<>();
    for (Method method : type.getMethods()) {
      String name = method.getName();
      if (method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() != Object.class
          && ((name.startsWith("get") && name.length() > 3)
              || (name.startsWith("is") && name.length() > 2))) {
        getters.add(method);
      }
    }
    return getters;
  }

  static List<Class<?>> hierarchy(Class<?> type) {
    List<Class<?>> all = new ArrayList<>();
    List<Class<?>> pending = new ArrayList<>(List.of(type));
    while (!pending.isEmpty()) {
      Class<?> next = pending.remove(pending.size() - 1);
      if (next == null || next == Object.class || all.contains(next)) {
        continue;
      }
      all.add(next);
      pending.add(next.getSuperclass());
      pending.addAll(List.of(next.getInterfaces()));
    }
    return all;
  }

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> plain) {
      return plain;
    }
    if (type instanceof ParameterizedType parameterized) {
      return (Class<?>) parameterized.getRawType();
    }
    return Object.class;
  }

  static String property(String getter) {
    String bare = getter.startsWith("is") ? getter.substring(2) : getter.substring(3);
    return Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
  }
}
