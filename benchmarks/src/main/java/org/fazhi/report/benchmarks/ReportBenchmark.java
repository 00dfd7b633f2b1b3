package org.fazhi.report.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.text.ReportText;
import org.fazhi.report.text.TextImport;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.ValidationResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every in-process row of the performance table, each with its baseline in the same run, on the
 * Yanggao report and on one four times as large ({@link Sample}); {@link Ratios} turns the run's
 * JSON result file into the table.
 *
 * <ul>
 *   <li>{@link #floorRead()}: the floor — a Jackson 2 {@code JsonParser} pass over the same bytes
 *       that materializes every string and number; {@link #readBytes()} and {@link #readString()}
 *       read the report with {@link ReportJson}; {@link #readAndValidate()} validates the freshly
 *       read report too;
 *   <li>{@link #floorWrite()}: a Jackson 2 generator writing the same tokens, with the same
 *       indentation, to a string; {@link #write()} writes the report with {@link ReportJson};
 *   <li>{@link #importText()}: the report read from its text, against {@link #readBytes()}.
 * </ul>
 *
 * <p>Each operation is timed on its own ({@link Mode#SampleTime}), and {@link Ratios} compares the
 * fastest: on a shared machine, an average takes in every other process's time slice.
 *
 * <p>Run all of it, with the table, through {@code benchmarks/run}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ReportBenchmark {
  private static final JsonFactory JACKSON2 = new JsonFactory();
  private static final tools.jackson.core.json.JsonFactory JACKSON3 =
      new tools.jackson.core.json.JsonFactory();

  /** Which report. */
  @Param({"YANGGAO", "FOUR_TIMES"})
  public Sample sample;

  private byte[] bytes;
  private String json;
  private String text;
  private Report report;
  private ReportJson reader;
  private ReportValidator validator;
  private List<Object[]> tokens;

  @Setup
  public void setUp() {
    report = sample.report();
    json = sample.json();
    bytes = sample.bytes();
    text = ReportText.render(report);
    reader = ReportJson.create();
    validator = ReportValidator.create();
    if (!reader.read(new ByteArrayInputStream(bytes), "sample").equals(report)) {
      throw new IllegalStateException("the sample no longer reads back");
    }
    tokens = tokens(bytes);
    if (!floorWrite().equals(json)) {
      throw new IllegalStateException("the floor writes other bytes than ReportJson");
    }
    validator.validate(report);
  }

  /** The floor: every token of the JSON bytes read, every string and number materialized. */
  @Benchmark
  public long floorRead() throws IOException {
    long sum = 0;
    try (JsonParser parser = JACKSON2.createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        switch (token) {
          case FIELD_NAME -> sum += parser.currentName().length();
          case VALUE_STRING -> sum += parser.getText().length();
          case VALUE_NUMBER_INT -> sum += parser.getNumberValue().hashCode();
          case VALUE_NUMBER_FLOAT -> sum += parser.getDecimalValue().hashCode();
          default -> sum++;
        }
      }
    }
    return sum;
  }

  /**
   * The floor's pass with the parser {@link ReportJson} reads with, Jackson 3's: not a bar, but how
   * much of the floor's speed is left to a reader built on it.
   */
  @Benchmark
  public long jackson3Read() {
    long sum = 0;
    try (tools.jackson.core.JsonParser parser =
        JACKSON3.createParser(tools.jackson.core.ObjectReadContext.empty(), bytes)) {
      for (tools.jackson.core.JsonToken token = parser.nextToken();
          token != null;
          token = parser.nextToken()) {
        switch (token) {
          case PROPERTY_NAME -> sum += parser.currentName().length();
          case VALUE_STRING -> sum += parser.getString().length();
          case VALUE_NUMBER_INT -> sum += parser.getNumberValue().hashCode();
          case VALUE_NUMBER_FLOAT -> sum += parser.getDecimalValue().hashCode();
          default -> sum++;
        }
      }
    }
    return sum;
  }

  /** {@link ReportJson#read(java.io.InputStream, String)} over the bytes. */
  @Benchmark
  public Report readBytes() {
    return reader.read(new ByteArrayInputStream(bytes), "sample");
  }

  /** {@link ReportJson#read(String)} over the text. */
  @Benchmark
  public Report readString() {
    return reader.read(json);
  }

  /** The bytes read, and the report read validated. */
  @Benchmark
  public ValidationResult readAndValidate() {
    return validator.validate(reader.read(new ByteArrayInputStream(bytes), "sample"));
  }

  /** The report written with {@link ReportJson#write(Report)}. */
  @Benchmark
  public String write() {
    return reader.write(report);
  }

  /** The write floor: a Jackson 2 generator writing the same tokens with the same layout. */
  @Benchmark
  public String floorWrite() {
    StringWriter out = new StringWriter(json.length());
    try (JsonGenerator generator = JACKSON2.createGenerator(out)) {
      generator.setPrettyPrinter(prettyPrinter());
      for (Object[] token : tokens) {
        switch ((JsonToken) token[0]) {
          case START_OBJECT -> generator.writeStartObject();
          case END_OBJECT -> generator.writeEndObject();
          case START_ARRAY -> generator.writeStartArray();
          case END_ARRAY -> generator.writeEndArray();
          case FIELD_NAME -> generator.writeFieldName((String) token[1]);
          case VALUE_STRING -> generator.writeString((String) token[1]);
          case VALUE_NUMBER_INT -> generator.writeNumber(((Number) token[1]).longValue());
          case VALUE_NUMBER_FLOAT -> generator.writeNumber((java.math.BigDecimal) token[1]);
          case VALUE_TRUE -> generator.writeBoolean(true);
          case VALUE_FALSE -> generator.writeBoolean(false);
          default -> throw new IllegalStateException("unexpected token " + token[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /** The report read from its text with {@link ReportText#parse(String)}. */
  @Benchmark
  public TextImport importText() {
    return ReportText.parse(text);
  }

  private static List<Object[]> tokens(byte[] bytes) {
    List<Object[]> tokens = new ArrayList<>();
    try (JsonParser parser = JACKSON2.createParser(bytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        Object value =
            switch (token) {
              case FIELD_NAME -> parser.currentName();
              case VALUE_STRING -> parser.getText();
              case VALUE_NUMBER_INT -> parser.getNumberValue();
              case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
              default -> null;
            };
        tokens.add(new Object[] {token, value});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
