package org.fazhi.report.json;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What a Jackson exception says where it has no type or property of its own to say it: the key a
 * duplicate detection found, the property a creator missed, a limit hit, the end of the input; read
 * from its message, which is the only place that names them. {@link JsonErrors} turns them into
 * this library's words.
 */
final class JacksonMessages {
  /** Jackson's message for a key found twice in one object. */
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate Object property \"(.*)\"", Pattern.DOTALL);

  /** Jackson's message for a property a creator requires: Missing required creator property 'x'. */
  private static final Pattern MISSING_CREATOR =
      Pattern.compile("Missing required creator property '([^']*)'");

  /** A location suffix in Jackson's messages: (start marker at [Source: …]). */
  private static final Pattern SOURCE =
      Pattern.compile("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)|\\s*\\[Source:[^\\]]*\\]");

  private JacksonMessages() {}

  /** The property a creator requires and the document lacks, if {@code e} reports one. */
  static Optional<String> missingCreatorProperty(JacksonException e) {
    if (!(e instanceof MismatchedInputException) || e.getOriginalMessage() == null) {
      return Optional.empty();
    }
    Matcher matcher = MISSING_CREATOR.matcher(e.getOriginalMessage());
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** A stream constraint's message in this library's words, naming the limit that was hit. */
  static String limit(String message) {
    String original = message == null ? "" : message;
    if (original.contains("getMaxNestingDepth")) {
      return "the document nests deeper than "
          + ReportJson.MAX_NESTING_DEPTH
          + " levels of arrays and objects (ReportJson.MAX_NESTING_DEPTH)";
    }
    if (original.contains("getMaxDocumentLength")) {
      return "the document is longer than "
          + ReportJson.MAX_DOCUMENT_LENGTH
          + " characters or bytes (ReportJson.MAX_DOCUMENT_LENGTH)";
    }
    if (original.contains("getMaxStringLength")) {
      return "a string is longer than "
          + ReportJson.MAX_STRING_LENGTH
          + " characters (ReportJson.MAX_STRING_LENGTH)";
    }
    if (original.contains("getMaxNumberLength")) {
      return "a number is longer than "
          + ReportJson.MAX_NUMBER_LENGTH
          + " characters (ReportJson.MAX_NUMBER_LENGTH)";
    }
    if (original.contains("getMaxNameLength")) {
      return "a property name is longer than "
          + ReportJson.MAX_NAME_LENGTH
          + " characters (ReportJson.MAX_NAME_LENGTH)";
    }
    if (original.contains("getMaxTokenCount")) {
      return "the document has more than "
          + ReportJson.MAX_TOKEN_COUNT
          + " tokens (ReportJson.MAX_TOKEN_COUNT)";
    }
    return withoutSource(original);
  }

  /**
   * The key that Jackson's strict duplicate detection found twice, if {@code e} reports one. That
   * detection has no exception type of its own, and the parser has not yet moved to the key, so its
   * message is the only place that names it.
   */
  static Optional<String> duplicateKey(JacksonException e) {
    if (!(e instanceof StreamReadException) || e.getOriginalMessage() == null) {
      return Optional.empty();
    }
    Matcher matcher = DUPLICATE.matcher(e.getOriginalMessage());
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** Whether the parser met the end of the input inside an object or array. */
  static boolean isEndOfInput(JacksonException e) {
    String message = e.getOriginalMessage();
    return e instanceof StreamReadException
        && message != null
        && message.startsWith("Unexpected end-of-input");
  }

  /** Whether Jackson rejected a map key rather than a value. */
  static boolean isMapKey(InvalidFormatException e) {
    String message = e.getOriginalMessage();
    return message != null && message.startsWith("Cannot deserialize Map key");
  }

  /** Whether Jackson rejected the content of a string, not the JSON type of the value. */
  static boolean isMalformedString(InvalidFormatException e) {
    Class<?> target = e.getTargetType();
    boolean scalarTarget =
        target != null
            && (target.isPrimitive()
                || Number.class.isAssignableFrom(target)
                || target == Boolean.class
                || target == String.class);
    return e.getValue() instanceof String && !scalarTarget;
  }

  /** Jackson's message without its location suffix, which this library reports apart. */
  static String withoutSource(String message) {
    return message == null ? "" : SOURCE.matcher(message).replaceAll("").trim();
  }
}
