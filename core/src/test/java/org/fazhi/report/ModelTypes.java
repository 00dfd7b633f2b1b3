package org.fazhi.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The model's types and properties found by reflection, from {@link Report} down: every abstract
 * model class a report can hold, and each one's properties (its abstract or default JavaBeans
 * accessors). Tests use it to check that a rule holds for every type, so that a type added later is
 * checked without anyone remembering to list it.
 */
public final class ModelTypes {
  private static final String MODEL_PACKAGE = "org.fazhi.report.";

  private ModelTypes() {}

  /** Every model class reachable from {@link Report} through its properties, sorted by name. */
  public static Set<Class<?>> all() {
    Set<Class<?>> found = new TreeSet<>(Comparator.comparing(Class::getName));
    Deque<Class<?>> pending = new ArrayDeque<>(List.of(Report.class));
    while (!pending.isEmpty()) {
      Class<?> type = pending.pop();
      if (!found.add(type)) {
        continue;
      }
      for (Method accessor : properties(type).values()) {
        for (Class<?> referenced : modelClassesIn(accessor.getGenericReturnType())) {
          if (!found.contains(referenced)) {
            pending.push(referenced);
          }
        }
      }
    }
    return found;
  }

  /** Every enum of the model that a report's properties use, sorted by name. */
  public static Set<Class<?>> enums() {
    Set<Class<?>> enums = new TreeSet<>(Comparator.comparing(Class::getName));
    for (Class<?> type : all()) {
      for (Method accessor : properties(type).values()) {
        collectEnums(accessor.getGenericReturnType(), enums);
      }
    }
    return enums;
  }

  private static void collectEnums(Type type, Set<Class<?>> into) {
    if (type instanceof ParameterizedType) {
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        collectEnums(argument, into);
      }
    } else if (type instanceof Class && ((Class<?>) type).isEnum()) {
      into.add((Class<?>) type);
    }
  }

  /**
   * The properties of {@code type} by JSON name: the accessors the generated class implements
   * ({@code getX()}, {@code isX()}), without the prefix, in declaration order.
   */
  public static Map<String, Method> properties(Class<?> type) {
    Map<String, Method> properties = new LinkedHashMap<>();
    for (Method method : type.getMethods()) {
      if (method.getParameterCount() != 0
          || Modifier.isStatic(method.getModifiers())
          || method.getDeclaringClass() == Object.class) {
        continue;
      }
      String name = method.getName();
      String property = null;
      if (name.startsWith("get") && name.length() > 3) {
        property = name.substring(3);
      } else if (name.startsWith("is")
          && name.length() > 2
          && method.getReturnType() == boolean.class) {
        property = name.substring(2);
      }
      if (property != null && isAttribute(type, method)) {
        properties.put(Character.toLowerCase(property.charAt(0)) + property.substring(1), method);
      }
    }
    return properties;
  }

  /**
   * Whether {@code method} is an attribute: abstract, or a {@code @Value.Default} the generated
   * class overrides.
   */
  private static boolean isAttribute(Class<?> type, Method method) {
    if (Modifier.isAbstract(method.getModifiers())) {
      return true;
    }
    Optional<Class<?>> generated = generatedClass(type);
    if (generated.isEmpty()) {
      return false;
    }
    try {
      Method implementation = generated.get().getDeclaredMethod(method.getName());
      return implementation.getDeclaringClass() == generated.get()
          && implementation.isAnnotationPresent(
              com.fasterxml.jackson.annotation.JsonProperty.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** The Immutables class generated for {@code type}: {@code ImmutableX} beside {@code X}. */
  public static Optional<Class<?>> generatedClass(Class<?> type) {
    try {
      return Optional.of(
          Class.forName(
              type.getPackageName() + ".Immutable" + type.getSimpleName(),
              false,
              type.getClassLoader()));
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The model classes (not enums) a property type names, inside Optional, List and Map. */
  private static Set<Class<?>> modelClassesIn(Type type) {
    Set<Class<?>> classes = new LinkedHashSet<>();
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      classes.addAll(modelClassesIn(parameterized.getRawType()));
      for (Type argument : parameterized.getActualTypeArguments()) {
        classes.addAll(modelClassesIn(argument));
      }
    } else if (type instanceof Class) {
      Class<?> raw = (Class<?>) type;
      // Concept is a term of the concept catalog, like an enum constant: not a model class.
      if (raw.getName().startsWith(MODEL_PACKAGE)
          && !raw.isEnum()
          && !raw.isInterface()
          && Modifier.isAbstract(raw.getModifiers())) {
        classes.add(raw);
      }
    }
    return classes;
  }

  /**
   * For each model class, the properties that are never set (absent, empty or {@code false}) in any
   * value reachable from {@code root}; a class that does not occur at all is listed with every
   * property.
   */
  public static Map<String, Set<String>> unsetProperties(Object root) {
    Map<Class<?>, Set<String>> seen = new LinkedHashMap<>();
    collect(root, seen);
    Map<String, Set<String>> unset = new LinkedHashMap<>();
    for (Class<?> type : all()) {
      Set<String> missing = new TreeSet<>(properties(type).keySet());
      missing.removeAll(seen.getOrDefault(type, Set.of()));
      if (!missing.isEmpty()) {
        unset.put(type.getSimpleName(), missing);
      }
    }
    return unset;
  }

  private static void collect(Object value, Map<Class<?>, Set<String>> seen) {
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> collect(v, seen));
      return;
    }
    if (value instanceof Collection) {
      ((Collection<?>) value).forEach(v -> collect(v, seen));
      return;
    }
    if (value instanceof Map) {
      ((Map<?, ?>) value).values().forEach(v -> collect(v, seen));
      return;
    }
    Optional<Class<?>> model = modelTypeOf(value);
    if (model.isEmpty()) {
      return;
    }
    Set<String> set = seen.computeIfAbsent(model.get(), t -> new TreeSet<>());
    for (Map.Entry<String, Method> property : properties(model.get()).entrySet()) {
      Object propertyValue = invoke(property.getValue(), value);
      if (isSet(propertyValue)) {
        set.add(property.getKey());
      }
      collect(propertyValue, seen);
    }
  }

  private static Optional<Class<?>> modelTypeOf(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    for (Class<?> type = value.getClass(); type != null; type = type.getSuperclass()) {
      if (type.getName().startsWith(MODEL_PACKAGE)
          && Modifier.isAbstract(type.getModifiers())
          && !type.getSimpleName().startsWith("Immutable")) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  private static boolean isSet(Object value) {
    if (value instanceof Optional) {
      return ((Optional<?>) value).isPresent();
    }
    if (value instanceof OptionalInt) {
      return ((OptionalInt) value).isPresent();
    }
    if (value instanceof OptionalLong) {
      return ((OptionalLong) value).isPresent();
    }
    if (value instanceof Collection) {
      return !((Collection<?>) value).isEmpty();
    }
    if (value instanceof Map) {
      return !((Map<?, ?>) value).isEmpty();
    }
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    return value != null;
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      accessor.setAccessible(true);
      return accessor.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + accessor, e);
    }
  }

  /** The names of {@code types}, for messages. */
  public static String names(Collection<Class<?>> types) {
    return types.stream().map(Class::getSimpleName).collect(Collectors.joining(", "));
  }
}
