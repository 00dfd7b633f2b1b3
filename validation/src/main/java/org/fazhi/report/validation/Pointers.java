package org.fazhi.report.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.outline.Anchored;
import org.fazhi.report.outline.SectionId;
import org.hibernate.validator.path.PropertyNode;

/**
 * Turns a Hibernate Validator property path into the JSON Pointer of the same value in the report's
 * JSON form: {@code statistics.reconsideration.closed} into {@code
 * /statistics/reconsideration/closed}, {@code emergencies[0].magnitude} into {@code
 * /emergencies/0/magnitude}, a map key {@code judgments[REVOKED]} into {@code /judgments/REVOKED}.
 * Property names are the JSON names (the model's JavaBeans accessors without get/is); optionals add
 * no segment.
 */
final class Pointers {
  private Pointers() {}

  static String of(Path path) {
    StringBuilder pointer = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (position != null) {
          append(
              pointer,
              position instanceof Enum ? ((Enum<?>) position).name() : position.toString());
        }
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        append(pointer, node.getName());
      }
    }
    return pointer.toString();
  }

  /**
   * The pointer of a path of property names, and list indices ({@code Integer}) or map keys (any
   * other object) after the property that holds them: {@code [emergencies, 0, magnitude]}.
   */
  static String of(List<Object> path) {
    StringBuilder pointer = new StringBuilder();
    for (Object element : path) {
      append(pointer, element instanceof Enum<?> term ? term.name() : element.toString());
    }
    return pointer.toString();
  }

  /** The section of the innermost typed fact on {@code path} that names one, if any. */
  static Optional<SectionId> sectionOf(Path path) {
    Optional<SectionId> section = Optional.empty();
    for (Path.Node node : path) {
      if (node instanceof PropertyNode) {
        Object value = ((PropertyNode) node).getValue();
        if (value instanceof Optional) {
          value = ((Optional<?>) value).orElse(null);
        }
        if (value instanceof Anchored && ((Anchored) value).getSection().isPresent()) {
          section = ((Anchored) value).getSection();
        }
      }
    }
    return section;
  }

  private static void append(StringBuilder pointer, String segment) {
    pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
  }
}
