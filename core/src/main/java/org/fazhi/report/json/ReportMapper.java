package org.fazhi.report.json;

import java.util.Optional;
import java.util.function.Supplier;
import org.fazhi.report.Report;
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

  ReportMapper() {
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
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
  }

  /** {@code report} as JSON text, without the final line break. */
  String write(Report report) {
    return writer.writeValueAsString(report);
  }

  /** The report in {@code json}, a leading byte order mark skipped. */
  Report parse(String json, Optional<String> name) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.length() > ReportJson.MAX_DOCUMENT_LENGTH) {
      throw JsonErrors.tooLong(name, "characters");
    }
    return read(() -> mapper.createParser(text), () -> new JsonLocator(text), name);
  }

  /**
   * The report in {@code bytes}. Well-formed UTF-8 is parsed as bytes, and an error's column is
   * counted in characters only once there is one; UTF-16, UTF-32 and malformed bytes are decoded
   * first, so that malformed bytes are reported as such.
   */
  Report parse(byte[] bytes, Optional<String> name) {
    int start = Encodings.utf8Start(bytes);
    if (start < 0 || !Encodings.isWellFormedUtf8(bytes, start)) {
      return parse(Encodings.decode(bytes, name), name);
    }
    try {
      return read(
          () -> mapper.createParser(bytes, start, bytes.length - start),
          () -> new JsonLocator(bytes, start),
          name);
    } catch (ReportJsonException e) {
      throw e.atColumn(Encodings.charColumn(bytes, start, e.getLine(), e.getColumn()));
    }
  }

  private Report read(
      Supplier<JsonParser> open, Supplier<JsonLocator> locator, Optional<String> name) {
    JsonParser parser = null;
    try {
      parser = open.get();
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
