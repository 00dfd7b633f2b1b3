package org.fazhi.report.examples;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.report.Report;
import org.fazhi.report.figure.Count;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.ValidationResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Finds every count of a report and raises one at a time, through the report's JSON form. */
final class YanggaoValidationSupport {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private YanggaoValidationSupport() {}

  /** Every count of {@code value}, by JSON Pointer, in document order. */
  static void counts(Object value, String pointer, Map<String, Count> into) {
    if (value instanceof Count) {
      into.put(pointer, (Count) value);
    } else if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> counts(v, pointer, into));
    } else if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        counts(list.get(i), pointer + "/" + i, into);
      }
    } else if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        Object key = entry.getKey();
        String segment = key instanceof Enum ? ((Enum<?>) key).name() : key.toString();
        counts(entry.getValue(), pointer + "/" + segment, into);
      }
    } else if (value != null) {
      JsonPropertyOrder order = annotation(value.getClass());
      if (order == null) {
        return;
      }
      for (String property : order.value()) {
        counts(property(value, property), pointer + "/" + property, into);
      }
    }
  }

  private static JsonPropertyOrder annotation(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      JsonPropertyOrder order = c.getAnnotation(JsonPropertyOrder.class);
      if (order != null) {
        return order;
      }
    }
    return null;
  }

  private static Object property(Object bean, String name) {
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (String prefix : new String[] {"get", "is"}) {
      try {
        Method getter = bean.getClass().getMethod(prefix + capitalized);
        return getter.invoke(bean);
      } catch (NoSuchMethodException next) {
        // try the next prefix
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no property " + name + " on " + bean.getClass());
  }

  /** {@code report} with the count at {@code pointer} set to {@code value}, approximation kept. */
  static Report withCount(Report report, String pointer, Count count) {
    JsonNode root = MAPPER.readTree(ReportJson.create().write(report));
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    JsonNode replacement;
    if (count.isExact()) {
      replacement = JsonNodeFactory.instance.numberNode(count.getValue());
    } else {
      replacement =
          JsonNodeFactory.instance
              .objectNode()
              .put("value", count.getValue())
              .put("approximation", count.getApproximation().name());
    }
    if (parent instanceof ArrayNode) {
      ((ArrayNode) parent).set(Integer.parseInt(last), replacement);
    } else {
      ((ObjectNode) parent).set(last, replacement);
    }
    return ReportJson.create().read(MAPPER.writeValueAsString(root));
  }

  static Set<String> keys(ValidationResult result) {
    return result.getFindings().stream()
        .map(YanggaoValidationSupport::key)
        .collect(Collectors.toCollection(HashSet::new));
  }

  static String key(Finding finding) {
    return finding.getRuleId() + " " + finding.getPointer();
  }

  /** The findings that raising the count to {@code value} adds. */
  static Set<String> added(
      ReportValidator validator,
      Report report,
      String pointer,
      Count count,
      long value,
      Set<String> baseline) {
    Report raised = withCount(report, pointer, Count.of(value, count.getApproximation()));
    Set<String> keys = keys(validator.validate(raised));
    keys.removeAll(baseline);
    return keys;
  }

  /** The least raise that adds a finding, searched up to 10 × the count + 1000, if any. */
  static Optional<Long> firstRaise(
      ReportValidator validator, Report report, String pointer, Count count, Set<String> baseline) {
    long value = count.toBaseValue().longValueExact();
    long low = value + 1;
    long high = value * 10 + 1000;
    if (added(validator, report, pointer, count, high, baseline).isEmpty()) {
      return Optional.empty();
    }
    while (low < high) {
      long middle = low + (high - low) / 2;
      if (added(validator, report, pointer, count, middle, baseline).isEmpty()) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return Optional.of(low);
  }

  static String firstFinding(
      ReportValidator validator, Report report, String pointer, Count count, Set<String> baseline) {
    return firstRaise(validator, report, pointer, count, baseline)
        .map(v -> v + " " + added(validator, report, pointer, count, v, baseline))
        .orElse("none");
  }
}
