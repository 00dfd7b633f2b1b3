package org.fazhi.report.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.report.figure.Count;
import org.fazhi.report.internal.InvalidPropertyException;
import org.fazhi.report.internal.UnsupportedVersionException;
import org.fazhi.report.json.ReportJsonException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Turns Jackson's exceptions into {@link ReportJsonException}s that say where and what. */
final class JsonErrors {
  /** The message of an Immutables builder that lacks required attributes. */
  private static final Pattern MISSING =
      Pattern.compile("required attributes are not set \\[(.*)\\]");

  /** The separator of the names in {@link #MISSING}'s list. */
  private static final Pattern NAME_SEPARATOR = Pattern.compile(",\\s*");

  private JsonErrors() {}

  /**
   * The report exception for {@code e}, which Jackson threw while {@code parser} read the document
   * that {@code locator} reads again to find exact locations.
   */
  static ReportJsonException translate(
      JacksonException e, JsonParser parser, Optional<String> source, JsonLocator locator) {
    String pointer = pointer(e, parser);
    TokenStreamLocation location = location(e, parser);
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) e;
      return error(
          Problem.UNKNOWN_PROPERTY,
          source,
          pointer,
          locator.key(pointer, 1).orElse(location),
          "unknown property \""
              + unknown.getPropertyName()
              + "\"; expected one of "
              + known(unknown.getKnownPropertyIds(), unknown.getReferringClass()),
          e);
    }
    Optional<String> missingCreatorProperty = JacksonMessages.missingCreatorProperty(e);
    if (missingCreatorProperty.isPresent()) {
      String name = missingCreatorProperty.get();
      String suffix = "/" + escape(name);
      return error(
          Problem.MISSING_PROPERTY,
          source,
          pointer.endsWith(suffix) ? pointer : pointer + suffix,
          location,
          "missing required property \"" + name + "\"",
          e);
    }
    if (e instanceof InvalidNullException) {
      return error(
          Problem.NULL_VALUE,
          source,
          pointer,
          locator.value(pointer).orElse(location),
          "null is not a value here; omit an absent property, and leave nulls out of lists",
          e);
    }
    if (e instanceof ValueInstantiationException) {
      return instantiation((ValueInstantiationException) e, source, pointer, location, locator);
    }
    if (e instanceof InvalidFormatException
        && JacksonMessages.isMalformedString((InvalidFormatException) e)) {
      InvalidFormatException format = (InvalidFormatException) e;
      String detail =
          "expected " + expected(format.getTargetType()) + ", found " + describe(format.getValue());
      if (JacksonMessages.isMapKey(format)) {
        // A key that names no enum constant: point at the key itself.
        String key = pointer + "/" + escape(String.valueOf(format.getValue()));
        return error(
            Problem.INVALID_VALUE, source, key, locator.key(key, 1).orElse(location), detail, e);
      }
      TokenStreamLocation at = locator.value(pointer).orElse(location);
      return error(Problem.INVALID_VALUE, source, pointer, at, detail, e);
    }
    if (e instanceof MismatchedInputException
        && pointer.isEmpty()
        && parser != null
        && parser.currentToken() == null) {
      return emptyDocument(parser, source);
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException mismatch = (MismatchedInputException) e;
      return error(
          Problem.WRONG_TYPE,
          source,
          pointer,
          location,
          "expected " + expected(mismatch.getTargetType()) + ", found " + found(parser),
          e);
    }
    if (e instanceof RefusedTokenException) {
      RefusedTokenException refused = (RefusedTokenException) e;
      return error(refused.problem(), source, pointer, location, refused.detail(), e);
    }
    if (e instanceof InputCoercionException) {
      return error(
          Problem.INVALID_VALUE,
          source,
          pointer,
          parser == null ? location : parser.currentTokenLocation(),
          outOfRange(parser, ((InputCoercionException) e).getTargetType()),
          e);
    }
    if (e instanceof StreamConstraintsException) {
      return error(
          Problem.LIMIT_EXCEEDED,
          source,
          pointer,
          location,
          JacksonMessages.limit(e.getOriginalMessage()),
          e);
    }
    Optional<String> duplicate = JacksonMessages.duplicateKey(e);
    if (duplicate.isPresent()) {
      String key = objectPointer(parser) + "/" + escape(duplicate.get());
      return error(
          Problem.DUPLICATE_KEY,
          source,
          key,
          locator.key(key, 2).orElse(location),
          "duplicate key \"" + duplicate.get() + "\"; each key appears once in an object",
          e);
    }
    if (e instanceof UnexpectedEndOfInputException || JacksonMessages.isEndOfInput(e)) {
      // The document ends inside the innermost open object or array: point at that.
      return error(
          Problem.MALFORMED_JSON,
          source,
          objectPointer(parser),
          location,
          "the document ends too soon: " + JacksonMessages.withoutSource(e.getOriginalMessage()),
          e);
    }
    return error(
        Problem.MALFORMED_JSON,
        source,
        pointer,
        location,
        JacksonMessages.withoutSource(e.getOriginalMessage()),
        e);
  }

  /**
   * The document is longer than {@link ReportJson#MAX_DOCUMENT_LENGTH} {@code units}; {@code at} is
   * where the first unit past the limit stands.
   */
  static ReportJsonException tooLong(Optional<String> source, String units, TextPositions at) {
    return new ReportJsonException(
        Problem.LIMIT_EXCEEDED,
        source,
        "",
        at.line(),
        at.column(),
        "the document is longer than "
            + ReportJson.MAX_DOCUMENT_LENGTH
            + " "
            + units
            + " (ReportJson.MAX_DOCUMENT_LENGTH)",
        null);
  }

  /** The bytes are not text in {@code charset}: the first bad byte and where it stands. */
  static ReportJsonException notText(
      Optional<String> source, String charset, int badByte, long offset, int line, int column) {
    return new ReportJsonException(
        Problem.MALFORMED_JSON,
        source,
        "",
        line,
        column,
        String.format(
            "not %s text: malformed byte 0x%02X at byte offset %d; a report is JSON text in UTF-8",
            charset, badByte, offset),
        null);
  }

  static ReportJsonException trailingContent(JsonParser parser, Optional<String> source) {
    return error(
        Problem.TRAILING_CONTENT,
        source,
        "",
        parser.currentTokenLocation(),
        "content after the end of the report; a document holds one report",
        null);
  }

  static ReportJsonException emptyDocument(JsonParser parser, Optional<String> source) {
    if (parser.currentToken() == null && parser.getLastClearedToken() == JsonToken.VALUE_NULL) {
      // The document is the JSON null, which the binding has already cleared.
      return error(
          Problem.WRONG_TYPE,
          source,
          "",
          parser.currentTokenLocation(),
          "expected a report object, found null",
          null);
    }
    if (parser.currentToken() == null) {
      return error(
          Problem.MALFORMED_JSON,
          source,
          "",
          parser.currentLocation(),
          "the document is empty; expected a report object",
          null);
    }
    return error(
        Problem.WRONG_TYPE,
        source,
        "",
        parser.currentTokenLocation(),
        "expected a report object, found " + found(parser),
        null);
  }

  /**
   * A value a factory or builder refused. Jackson stands at the end of the object it built; the
   * exception names the property, and the locator finds where its value begins.
   */
  private static ReportJsonException instantiation(
      ValueInstantiationException e,
      Optional<String> source,
      String pointer,
      TokenStreamLocation location,
      JsonLocator locator) {
    Throwable cause = e.getCause();
    if (cause instanceof UnsupportedVersionException) {
      return error(
          Problem.UNSUPPORTED_SCHEMA_VERSION,
          source,
          pointer,
          locator.value(pointer).orElse(location),
          cause.getMessage(),
          e);
    }
    if (cause instanceof InvalidPropertyException) {
      String property = ((InvalidPropertyException) cause).property();
      String at = property.isEmpty() ? pointer : pointer + "/" + property;
      return error(
          Problem.INVALID_VALUE,
          source,
          at,
          locator.value(at).orElse(location),
          cause.getMessage(),
          e);
    }
    Matcher missing = cause == null ? null : MISSING.matcher(String.valueOf(cause.getMessage()));
    if (cause instanceof IllegalStateException && missing.find()) {
      List<String> names = Arrays.asList(NAME_SEPARATOR.split(missing.group(1)));
      String detail =
          names.size() == 1
              ? "missing required property \"" + names.get(0) + "\""
              : "missing required properties "
                  + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
      return error(
          Problem.MISSING_PROPERTY,
          source,
          pointer + "/" + escape(names.get(0)),
          location,
          detail,
          e);
    }
    String detail = cause == null ? e.getOriginalMessage() : cause.getMessage();
    return error(
        Problem.INVALID_VALUE, source, pointer, locator.value(pointer).orElse(location), detail, e);
  }

  private static ReportJsonException error(
      Problem problem,
      Optional<String> source,
      String pointer,
      TokenStreamLocation location,
      String detail,
      Throwable cause) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new ReportJsonException(problem, source, pointer, line, column, detail, cause);
  }

  /**
   * The pointer of the offending value. For an error of the token stream (a limit, malformed JSON)
   * the parser's position is exact, while the binding path stops at the enclosing object; for a
   * binding error the path is exact, while the parser may have moved past the value.
   */
  private static String pointer(JacksonException e, JsonParser parser) {
    boolean streamError = !(e instanceof DatabindException);
    if (streamError && parser != null && parser.streamReadContext() != null) {
      return parser.streamReadContext().pathAsPointer().toString();
    }
    List<JacksonException.Reference> path = e.getPath();
    if (path != null && !path.isEmpty()) {
      StringBuilder pointer = new StringBuilder();
      for (JacksonException.Reference reference : path) {
        pointer.append('/');
        if (reference.getPropertyName() != null) {
          pointer.append(escape(reference.getPropertyName()));
        } else if (reference.getIndex() >= 0) {
          pointer.append(reference.getIndex());
        } else {
          pointer.append('?');
        }
      }
      return pointer.toString();
    }
    if (parser != null && parser.streamReadContext() != null) {
      return parser.streamReadContext().pathAsPointer().toString();
    }
    return "";
  }

  /** The pointer of the object the parser is in, without the property it last read. */
  private static String objectPointer(JsonParser parser) {
    if (parser == null || parser.streamReadContext() == null) {
      return "";
    }
    TokenStreamContext context = parser.streamReadContext();
    TokenStreamContext parent = context.getParent();
    return parent == null ? "" : parent.pathAsPointer().toString();
  }

  private static TokenStreamLocation location(JacksonException e, JsonParser parser) {
    TokenStreamLocation location = e.getLocation();
    if ((location == null || location.getLineNr() <= 0 || location.getColumnNr() <= 0)
        && parser != null) {
      location = parser.currentLocation();
    }
    return location;
  }

  /** An integer too large for its property's type: what was found and what the type holds. */
  private static String outOfRange(JsonParser parser, Class<?> type) {
    String range =
        type == int.class || type == Integer.class
            ? Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
            : Long.MIN_VALUE + " to " + Long.MAX_VALUE;
    return "expected an integer from " + range + ", found " + found(parser);
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The properties an object may have: those Jackson knows, or, for a type read through a
   * properties-based creator (such as {@link Count}'s object form), the creator's parameters.
   */
  private static String known(Collection<Object> ids, Class<?> type) {
    Stream<String> names =
        ids == null || ids.isEmpty() ? creatorProperties(type) : ids.stream().map(String::valueOf);
    return names.sorted().collect(Collectors.joining(", ", "[", "]"));
  }

  private static Stream<String> creatorProperties(Class<?> type) {
    if (type == null || type == Object.class) {
      return Stream.empty();
    }
    Stream<String> declared =
        Arrays.stream(type.getDeclaredMethods())
            .filter(m -> Modifier.isStatic(m.getModifiers()))
            .filter(
                m -> {
                  JsonCreator creator = m.getAnnotation(JsonCreator.class);
                  return creator != null && creator.mode() == JsonCreator.Mode.PROPERTIES;
                })
            .flatMap(m -> Arrays.stream(m.getParameters()))
            .map(p -> p.getAnnotation(JsonProperty.class))
            .filter(Objects::nonNull)
            .map(JsonProperty::value);
    // A generated class (ImmutableCount) inherits the creator of the type it implements (Count).
    return Stream.concat(declared, creatorProperties(type.getSuperclass())).distinct();
  }

  /** What a value of {@code type} looks like in the JSON form. */
  static String expected(Class<?> type) {
    return JsonShapes.expected(type);
  }

  /** The token the parser stands on, described for a message. */
  private static String found(JsonParser parser) {
    if (parser == null || parser.currentToken() == null) {
      return "nothing";
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
      case END_OBJECT:
      case PROPERTY_NAME:
        return "an object";
      case START_ARRAY:
      case END_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string \"" + abbreviate(parser.getString()) + "\"";
      case VALUE_NUMBER_INT:
        return "the integer " + abbreviate(parser.getString());
      case VALUE_NUMBER_FLOAT:
        return "the decimal number " + abbreviate(parser.getString());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }

  private static String describe(Object value) {
    if (value instanceof String) {
      return "\"" + abbreviate((String) value) + "\"";
    }
    return String.valueOf(value);
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
