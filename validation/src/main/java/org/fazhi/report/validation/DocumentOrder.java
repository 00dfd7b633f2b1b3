package org.fazhi.report.validation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.fazhi.report.Report;

/**
 * Orders JSON Pointers into a report in document order: properties in the order of the JSON form
 * ({@code @JsonPropertyOrder} of each model type), list indices by number, map keys of an enum by
 * the enum's order. Segments it cannot place compare as text.
 */
final class DocumentOrder {
  private static final Map<Class<?>, List<String>> PROPERTIES = new ConcurrentHashMap<>();

  private DocumentOrder() {}

  static int compare(String a, String b) {
    String[] left = segments(a);
    String[] right = segments(b);
    Type type = Report.class;
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      type = unwrapOptional(type);
      if (!left[i].equals(right[i])) {
        return compareSegment(type, left[i], right[i]);
      }
      type = child(type, left[i]);
    }
    return Integer.compare(left.length, right.length);
  }

  private static String[] segments(String pointer) {
    return pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
  }

  private static int compareSegment(Type type, String a, String b) {
    Class<?> raw = raw(type);
    if (raw != null && List.class.isAssignableFrom(raw) && isIndex(a) && isIndex(b)) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    if (raw != null && Map.class.isAssignableFrom(raw) && type instanceof ParameterizedType) {
      Class<?> key = raw(((ParameterizedType) type).getActualTypeArguments()[0]);
      if (key != null && key.isEnum()) {
        return Integer.compare(enumIndex(key, a), enumIndex(key, b));
      }
    }
    if (raw != null) {
      List<String> order = properties(raw);
      int left = order.indexOf(a);
      int right = order.indexOf(b);
      if (left >= 0 && right >= 0) {
        return Integer.compare(left, right);
      }
    }
    return a.compareTo(b);
  }

  private static Type child(Type type, String segment) {
    Class<?> raw = raw(type);
    if (raw == null) {
      return null;
    }
    if (List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      if (type instanceof ParameterizedType) {
        Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
        return arguments[arguments.length - 1];
      }
      return null;
    }
    String capitalized =
        segment.isEmpty()
            ? segment
            : Character.toUpperCase(segment.charAt(0)) + segment.substring(1);
    for (String prefix : new String[] {"get", "is"}) {
      try {
        Method getter = raw.getMethod(prefix + capitalized);
        return getter.getGenericReturnType();
      } catch (NoSuchMethodException notThisOne) {
        // try the next prefix
      }
    }
    return null;
  }

  private static Type unwrapOptional(Type type) {
    if (type instanceof ParameterizedType && raw(type) == Optional.class) {
      return ((ParameterizedType) type).getActualTypeArguments()[0];
    }
    return type;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return raw(((ParameterizedType) type).getRawType());
    }
    return null;
  }

  private static List<String> properties(Class<?> type) {
    return PROPERTIES.computeIfAbsent(
        type,
        t -> {
          JsonPropertyOrder order = t.getAnnotation(JsonPropertyOrder.class);
          return order == null ? List.of() : Arrays.asList(order.value());
        });
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static int enumIndex(Class<?> type, String name) {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return ((Enum<?>) constant).ordinal();
      }
    }
    return Integer.MAX_VALUE;
  }
}
