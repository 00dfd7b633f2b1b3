package org.fazhi.report.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks for what can never be a value, used by the model's factories and builders.
 *
 * <p>Every failure is an {@link InvalidPropertyException} naming the property, so that a JSON
 * reader can point at it. Internal: not part of the API.
 */
public final class Invariants {
  private Invariants() {}

  /** Fails unless {@code value >= 0}. */
  public static long nonNegative(long value, String property) {
    if (value < 0) {
      throw new InvalidPropertyException(
          property, "must be >= 0: " + value + " (" + property + ")");
    }
    return value;
  }

  /**
   * Fails when {@code value} is empty or only white space, or holds a lone surrogate (no UTF-8
   * document can hold it; see {@link Texts}).
   */
  public static String notBlank(String value, String property) {
    if (value.isBlank()) {
      throw new InvalidPropertyException(property, "must not be blank (" + property + ")");
    }
    return Texts.unicode(value, property);
  }

  /** Fails when a present optional string is empty or only white space. */
  public static void notBlank(Optional<String> value, String property) {
    value.ifPresent(v -> notBlank(v, property));
  }

  /** Fails when any element of {@code values} is empty or only white space, or not Unicode. */
  public static void noBlankElements(Collection<String> values, String property) {
    int index = 0;
    for (String value : values) {
      if (value.isBlank()) {
        throw new InvalidPropertyException(
            property + "/" + index, "must not be blank (" + property + "[" + index + "])");
      }
      Texts.unicode(value, property + "/" + index);
      index++;
    }
  }

  /** Fails unless {@code condition} holds; the message is built only then. */
  public static void check(boolean condition, String property, Supplier<String> message) {
    if (!condition) {
      throw new InvalidPropertyException(property, message.get());
    }
  }
}
