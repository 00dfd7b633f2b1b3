package org.fazhi.report.json;

import java.util.Optional;
import java.util.function.Supplier;
import org.fazhi.report.Report;
import org.fazhi.report.internal.Decimals;
import org.fazhi.report.json.ReportJsonException.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The Jackson 3 mapper behind {@link ReportJson}, configured strictly, and the one place that
 * touches Jackson 3 types: {@link ReportJson} itself names none, so that it loads, and says clearly
 * what is missing, on a class path without a usable Jackson 3.
 */
final class ReportMapper {
  private final JsonMapper mapper;
  private final ObjectReader reader;
  private final ObjectWriter writer;

  /**
   * Whether this Jackson's byte parser refuses every ill-formed UTF-8 sequence itself, as 3.3 does
   * ({@code JacksonUtf8Test}; 3.1 reads overlong forms and code points past U+10FFFF). If it does,
   * the reader checks the bytes itself only after the parser has failed, so that malformed bytes
   * are still reported as such; if not, before it parses.
   */
  private final boolean parserRefusesIllFormedUtf8;

  ReportMapper() {
    this(true);
  }

  /**
   * A mapper that trusts the byte parser's own UTF-8 checks if {@code trustParserUtf8} and its
   * Jackson is 3.3 or later; tests compare it with one that does not.
   */
  ReportMapper(boolean trustParserUtf8) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(ReportJson.MAX_DOCUMENT_LENGTH)
                    .maxNestingDepth(ReportJson.MAX_NESTING_DEPTH)
                    .maxStringLength(ReportJson.MAX_STRING_LENGTH)
                    .maxNumberLength(ReportJson.MAX_NUMBER_LENGTH)
                    .maxNameLength(ReportJson.MAX_NAME_LENGTH)
                    .maxTokenCount(ReportJson.MAX_TOKEN_COUNT)
                    .build())
            // Duplicate keys are refused by CheckedTokens, without a hash set per object.
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .addModule(new FazhiJackson3Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .changeDefaultNullHandling(
                n ->
                    com.fasterxml.jackson.annotation.JsonSetter.Value.construct(
                        com.fasterxml.jackson.annotation.Nulls.FAIL,
                        com.fasterxml.jackson.annotation.Nulls.FAIL))
            // A date is a date: not a date-time cut short, not a number of seconds since 1970.
            .withConfigOverride(
                java.time.LocalDate.class,
                o ->
                    o.setFormat(
                        com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false)))
            .withConfigOverride(
                java.time.OffsetDateTime.class,
                o ->
                    o.setFormat(
                        com.fasterxml.jackson.annotation.JsonFormat.Value.forLeniency(false)))
            .withCoercionConfig(
                LogicalType.DateTime,
                config ->
                    config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(
                LogicalType.Textual,
                config ->
                    config
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfigDefaults(
                config ->
                    config
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(prettyPrinter())
            .build();
    this.reader = mapper.readerFor(Report.class);
    this.writer = mapper.writerFor(Report.class);
    tools.jackson.core.Version version = factory.version();
    this.parserRefusesIllFormedUtf8 =
        trustParserUtf8
            && (version.getMajorVersion() > 3
                || (version.getMajorVersion() == 3 && version.getMinorVersion() >= 3));
  }

  /**
   * {@code report} as JSON text, without the final line break: what this writes, {@link #parse}
   * reads. A text longer than the reader's token limit is read back with the reader's own token
   * checks, so that a document longer (in UTF-8 bytes, as a file is read) or of more tokens than
   * the reader allows is refused with the error the reader would give, located in the text written;
   * a shorter one cannot break a limit the model's builders do not already enforce.
   */
  String write(Report report) {
    String text = writer.writeValueAsString(report);
    if (text.length() <= ReportJson.MAX_TOKEN_COUNT) {
      // Fewer characters than the reader allows tokens, so fewer than 16 MiB in UTF-8 too; and
      // the model's builders refuse every string, number and depth the reader would refuse
      // (SymmetricLimitsTest). Reading it back could only cost the time of a second pass.
      return text;
    }
    if (Utf8.length(text) > ReportJson.MAX_DOCUMENT_LENGTH) {
      throw JsonErrors.tooLong(
          Optional.empty(),
          "bytes",
          TextPositions.pastUtf8Bytes(text, ReportJson.MAX_DOCUMENT_LENGTH));
    }
    JsonParser parser = null;
    try {
      parser = new CheckedTokens(mapper.createParser(text), true);
      while (parser.nextToken() != null) {
        // Each token is checked as it is read.
      }
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, parser, Optional.empty(), new JsonLocator(text));
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    return text;
  }

  /** The report in {@code json}, a leading byte order mark skipped. */
  Report parse(String json, Optional<String> name) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.length() > ReportJson.MAX_DOCUMENT_LENGTH) {
      throw JsonErrors.tooLong(
          name, "characters", TextPositions.ofChar(text, ReportJson.MAX_DOCUMENT_LENGTH));
    }
    return read(() -> mapper.createParser(text), () -> new JsonLocator(text), name, true);
  }

  /**
   * The report in {@code bytes}. UTF-8 is parsed as bytes, and an error's column is counted in
   * characters only once there is one; UTF-16, UTF-32 and UTF-8 that Jackson would take for another
   * encoding are decoded first. Malformed bytes are decoded, so that they are reported as such:
   * after the parser has refused them, or before it parses if it would not refuse them all. A
   * string of UTF-8 can hold a lone surrogate only as an escape, so strings are checked for one
   * only if the bytes hold a backslash, {@code u} and {@code d} or {@code D}.
   */
  Report parse(byte[] bytes, Optional<String> name) {
    int start = Encodings.utf8Start(bytes);
    if (start > 0 && Encodings.isUtf8ByteOrderMark(bytes, start)) {
      // Jackson would skip a second byte order mark too; only one, at the start, is no content.
      throw new ReportJsonException(
          Problem.MALFORMED_JSON,
          name,
          "",
          1,
          1,
          "a second byte order mark (U+FEFF) after the first; a document has at most one, at its"
              + " start",
          null);
    }
    if (start < 0
        || !Encodings.jacksonReadsAsUtf8(bytes, start)
        || (!parserRefusesIllFormedUtf8 && !Encodings.isWellFormedUtf8(bytes, start))) {
      return parse(Encodings.decode(bytes, name), name);
    }
    try {
      return read(
          () -> mapper.createParser(bytes, start, bytes.length - start),
          () -> new JsonLocator(bytes, start),
          name,
          Encodings.mayEscapeSurrogate(bytes, start));
    } catch (ReportJsonException e) {
      if (parserRefusesIllFormedUtf8 && !Encodings.isWellFormedUtf8(bytes, start)) {
        return parse(Encodings.decode(bytes, name), name);
      }
      throw e.atColumn(Encodings.charColumn(bytes, start, e.getLine(), e.getColumn()));
    }
  }

  private Report read(
      Supplier<JsonParser> open,
      Supplier<JsonLocator> locator,
      Optional<String> name,
      boolean checkTexts) {
    JsonParser parser = null;
    try {
      parser = new CheckedTokens(open.get(), checkTexts);
      Report report = reader.readValue(parser);
      if (report == null) {
        throw JsonErrors.emptyDocument(parser, name);
      }
      JsonToken trailing = nextTokenAfterReport(parser, name);
      if (trailing != null) {
        throw JsonErrors.trailingContent(parser, name);
      }
      return report;
    } catch (JacksonException e) {
      throw JsonErrors.translate(e, parser, name, locator.get());
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /** The token after the report, if any; anything unreadable after it is trailing content too. */
  private static JsonToken nextTokenAfterReport(JsonParser parser, Optional<String> name) {
    try {
      return parser.nextToken();
    } catch (StreamConstraintsException e) {
      throw e;
    } catch (JacksonException e) {
      throw JsonErrors.trailingContent(parser, name);
    }
  }

  /**
   * Checks each number token as it is read, before anything converts it: refuses one longer than
   * {@link ReportJson#MAX_NUMBER_LENGTH} characters in all (Jackson's own limit counts only the
   * digits before the exponent), one whose exponent has more than {@value #MAX_EXPONENT_DIGITS}
   * digits (no decimal of the model has such an exponent, and converting it fails), and negative
   * zero ({@code -0}, {@code -0.0}, {@code -0e5}): a number has no negative zero, so it would be
   * read as 0 and written as 0 — a silent change.
   */
  static final class NumberTokens {
    /** The most digits an exponent may have, leading zeros aside. */
    static final int MAX_EXPONENT_DIGITS = 9;

    private NumberTokens() {}

    /** Refuses the number token {@code parser} stands on, if it is one of those above. */
    static void check(JsonParser parser) {
      // The parser's characters, not a string: most numbers pass, and a string for each would be
      // garbage by the time the number is converted.
      char[] chars = parser.getStringCharacters();
      int offset = parser.getStringOffset();
      int length = parser.getStringLength();
      if (length > ReportJson.MAX_NUMBER_LENGTH) {
        throw new RefusedTokenException(
            parser,
            Problem.LIMIT_EXCEEDED,
            "a number is longer than "
                + ReportJson.MAX_NUMBER_LENGTH
                + " characters (ReportJson.MAX_NUMBER_LENGTH)");
      }
      if (exponentDigits(chars, offset, length) > MAX_EXPONENT_DIGITS) {
        throw new RefusedTokenException(
            parser,
            Problem.INVALID_VALUE,
            "the exponent of "
                + new String(chars, offset, length)
                + " is out of range: a number of a report has at most "
                + Decimals.MAX_INTEGER_DIGITS
                + " digits before the decimal point and "
                + Decimals.MAX_DECIMALS
                + " after");
      }
      if (JsonShapes.isNegativeZero(chars, offset, length)) {
        throw new RefusedTokenException(
            parser,
            Problem.INVALID_VALUE,
            JsonShapes.negativeZero(new String(chars, offset, length)));
      }
    }

    /**
     * The digits of the exponent of a JSON number's text, the {@code length} characters of {@code
     * chars} from {@code offset}, leading zeros aside.
     */
    static int exponentDigits(char[] chars, int offset, int length) {
      int end = offset + length;
      int e = offset;
      while (e < end && chars[e] != 'e' && chars[e] != 'E') {
        e++;
      }
      int digits = 0;
      for (int i = e + 1; i < end; i++) {
        char c = chars[i];
        if (c >= '1' && c <= '9' || c == '0' && digits > 0) {
          digits++;
        }
      }
      return digits;
    }
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
