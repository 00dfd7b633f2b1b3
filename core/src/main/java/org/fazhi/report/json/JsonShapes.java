package org.fazhi.report.json;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.fazhi.report.DivisionCode;
import org.fazhi.report.DocumentNumber;
import org.fazhi.report.SchemaVersion;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Unit;
import org.fazhi.report.outline.SectionId;

/**
 * The JSON shape of each scalar the model holds, shared by {@link ReportJson} and both modules and
 * free of Jackson types (a Jackson 2 application loads it without Jackson 3): what a value of a
 * type looks like, in words for messages, and the one spelling each scalar kind is read from.
 */
final class JsonShapes {
  private JsonShapes() {}

  /** The scalar kinds that the modules read strictly in the model's types. */
  enum Scalar {
    /** A JSON string, as written. */
    STRING,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An integer number, no fraction, no exponent, no negative zero. */
    INT,
    /** An integer number, as for {@link #INT}, up to {@link Long#MAX_VALUE}. */
    LONG,
    /** An {@code OptionalInt} present: an integer number as for {@link #INT}. */
    OPTIONAL_INT,
    /** A JSON number, no negative zero. */
    DECIMAL,
    /** A string holding an ISO-8601 local date, exactly. */
    DATE,
    /** A string holding an ISO-8601 date-time with offset, exactly. */
    DATE_TIME,
    /** A string holding a URI. */
    URI,
    /** A string holding the name of a constant, exactly. */
    ENUM;

    /** Each enum's constants by name, looked up once per type rather than copied per value. */
    private static final ClassValue<Map<String, Object>> ENUM_CONSTANTS =
        new ClassValue<>() {
          @Override
          protected Map<String, Object> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toUnmodifiableMap(c -> ((Enum<?>) c).name(), c -> c));
          }
        };

    /** The kind of {@code type}, if it is a scalar the modules read strictly. */
    static Optional<Scalar> of(Class<?> type) {
      if (type == String.class) {
        return Optional.of(STRING);
      }
      if (type == boolean.class || type == Boolean.class) {
        return Optional.of(BOOLEAN);
      }
      if (type == int.class || type == Integer.class) {
        return Optional.of(INT);
      }
      if (type == long.class || type == Long.class) {
        return Optional.of(LONG);
      }
      if (type == OptionalInt.class) {
        return Optional.of(OPTIONAL_INT);
      }
      if (type == BigDecimal.class) {
        return Optional.of(DECIMAL);
      }
      if (type == LocalDate.class) {
        return Optional.of(DATE);
      }
      if (type == OffsetDateTime.class) {
        return Optional.of(DATE_TIME);
      }
      if (type == java.net.URI.class) {
        return Optional.of(URI);
      }
      if (type.isEnum()) {
        return Optional.of(ENUM);
      }
      return Optional.empty();
    }

    /** Whether a value of this kind is written as a JSON string. */
    boolean isText() {
      return this == STRING || this == DATE || this == DATE_TIME || this == URI || this == ENUM;
    }

    /** Whether a value of this kind is written as a JSON integer. */
    boolean isInteger() {
      return this == INT || this == LONG || this == OPTIONAL_INT;
    }

    /**
     * The value of {@code type} that {@code text}, a JSON string's content, spells exactly; an
     * {@link IllegalArgumentException} when it spells none (surrounding spaces, a date-time for a
     * date, a date for a date-time, a name of another case).
     */
    Object fromText(String text, Class<?> type) {
      switch (this) {
        case STRING:
          return text;
        case DATE:
          try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
          }
        case DATE_TIME:
          try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
          }
        case URI:
          if (text.isEmpty()) {
            throw new IllegalArgumentException("an empty string is no URI");
          }
          try {
            return new java.net.URI(text);
          } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
          }
        case ENUM:
          Object constant = ENUM_CONSTANTS.get(type).get(text);
          if (constant == null) {
            throw new IllegalArgumentException("no constant named \"" + text + "\"");
          }
          return constant;
        default:
          throw new IllegalStateException(this + " is not written as a string");
      }
    }
  }

  /**
   * Whether the {@code length} characters of {@code chars} from {@code offset}, a JSON number's
   * text, are a minus sign before digits all zero.
   */
  static boolean isNegativeZero(char[] chars, int offset, int length) {
    // Most numbers are not negative: only a minus sign costs a string.
    return length > 0 && chars[offset] == '-' && isNegativeZero(new String(chars, offset, length));
  }

  /** Whether {@code number}, a JSON number's text, is a minus sign before digits all zero. */
  static boolean isNegativeZero(String number) {
    if (!number.startsWith("-")) {
      return false;
    }
    for (int i = 1; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c == 'e' || c == 'E') {
        return true;
      }
      if (c != '0' && c != '.') {
        return false;
      }
    }
    return true;
  }

  /** What {@link ReportJson} and the modules say of negative zero {@code number}. */
  static String negativeZero(String number) {
    return "negative zero ("
        + number
        + ") is not a number a report writes: write zero without the minus sign";
  }

  /** What a value of {@code type} looks like in the JSON form. */
  static String expected(Class<?> type) {
    if (type == null) {
      return "a different value";
    }
    if (type == Count.class) {
      return "a count: a non-negative integer such as 35, or an approximate or scaled count such as"
          + " {\"value\": 700, \"approximation\": \"MORE_THAN\"} or"
          + " {\"value\": 3.6, \"scale\": \"TEN_THOUSAND\"}";
    }
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == java.util.OptionalInt.class) {
      return "an integer";
    }
    if (type == BigDecimal.class) {
      return "a decimal number such as 1481.6";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == LocalDate.class) {
      return "an ISO-8601 date such as \"2024-12-03\"";
    }
    if (type == OffsetDateTime.class) {
      return "an ISO-8601 date-time with offset such as \"2024-05-19T03:35:00+08:00\"";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.joining(", ", "[", "]"));
    }
    if (type == SectionId.class) {
      return "a section id such as \"s1.2.3\"";
    }
    if (type == DivisionCode.class) {
      return "a division code of six or nine digits such as \"140221\"";
    }
    if (type == SchemaVersion.class) {
      return "a schema version such as \"1.0\"";
    }
    if (type == DocumentNumber.class) {
      return "a document number such as \"同法治办〔2024〕6号\"";
    }
    if (type == Unit.class) {
      return "a unit such as \"件\"";
    }
    if (type == URI.class) {
      return "a URI string";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || type.getName().startsWith("org.fazhi.")) {
      return "an object";
    }
    return "a value of type " + type.getSimpleName();
  }

  /** {@code text}, cut to 60 characters for a message. */
  static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
