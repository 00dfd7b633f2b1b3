package org.fazhi.report.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import org.fazhi.report.Report;
import org.fazhi.report.internal.JacksonRuntime;

/**
 * Reads and writes reports in their JSON form, strictly, with a mapper configured by this library.
 *
 * <p>Writing is deterministic: UTF-8, two-space indentation, properties in a fixed order, ISO-8601
 * dates, enums by name, decimals as written, absent values and empty lists left out, a final line
 * break. Reading what was written gives an equal report, and writing that again the same bytes.
 *
 * <p>Reading accepts only what the form allows, and reports anything else as a {@link
 * ReportJsonException} with the JSON Pointer, line and column of the offending value: unknown
 * properties, duplicate keys, wrong types (a string for a number, a decimal for a count), {@code
 * null}, missing required properties, values that can never be (a negative count, a decimal beyond
 * the model's bounds, negative zero, which would be written back as zero), trailing content, an
 * unsupported {@code schemaVersion}, bytes that are not text, and documents beyond these limits,
 * each set far above what a real report needs and low enough that a hostile document cannot exhaust
 * memory:
 *
 * <ul>
 *   <li>{@value #MAX_DOCUMENT_LENGTH} characters (or bytes, read from a file or stream) in all — a
 *       large report is well under 1 MB of JSON;
 *   <li>{@value #MAX_NESTING_DEPTH} levels of arrays and objects — an outline five levels deep
 *       needs 13, and 64 allow thirty;
 *   <li>{@value #MAX_STRING_LENGTH} characters in one string — a paragraph has a few thousand;
 *   <li>{@value #MAX_NUMBER_LENGTH} characters in one number, exponent included — a count has at
 *       most 19 digits, a decimal of the model at most 30 before the point and 30 after;
 *   <li>{@value #MAX_NAME_LENGTH} characters in one property name — the longest is 22;
 *   <li>{@value #MAX_TOKEN_COUNT} tokens in all — a large report has a few thousand.
 * </ul>
 *
 * <p>Bytes (a file, a stream) are read up to the length limit and decoded before parsing: UTF-8, or
 * UTF-16 or UTF-32 recognized by a byte order mark or by their zero bytes; a leading byte order
 * mark is skipped, in characters too. Lines and columns count from 1, in characters (UTF-16 code
 * units), whatever the input was.
 *
 * <p>Instances are immutable and thread-safe; {@link #create()} returns a shared one. Applications
 * that bind reports with their own Jackson mapper register {@link FazhiJackson3Module} or {@link
 * FazhiJackson2Module} instead.
 */
public final class ReportJson {
  /** The largest document read, in characters (or bytes, for a file or stream): 16 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number read, in characters, exponent included. */
  public static final int MAX_NUMBER_LENGTH = 64;

  /** The longest property name read, in characters. */
  public static final int MAX_NAME_LENGTH = 256;

  /** The most tokens read from one document. */
  public static final long MAX_TOKEN_COUNT = 1_000_000;

  private static final Supplier<ReportJson> SHARED =
      JacksonRuntime.lazily("ReportJson", () -> new ReportJson(new ReportMapper()));

  private final ReportMapper mapper;

  private ReportJson(ReportMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The shared instance.
   *
   * @throws IllegalStateException if this class path cannot run Jackson 3 — it is absent, or its
   *     {@code jackson-annotations} is older than it needs — with a message that names the versions
   *     found and what to do; the check is repeated on every call until it succeeds
   */
  public static ReportJson create() {
    return SHARED.get();
  }

  /**
   * Reads a report from {@code json}. A leading byte order mark (U+FEFF), which text read from a
   * file may keep, is skipped.
   *
   * @throws ReportJsonException if it is not a report: the only exception a document can cause,
   *     always with its line, column and JSON Pointer
   */
  public Report read(String json) {
    return parse(json, Optional.empty());
  }

  /**
   * Reads a report from the file at {@code path}: JSON text in UTF-8 (the form this library
   * writes), or in UTF-16 or UTF-32 with or without a byte order mark; errors name the file.
   *
   * @throws ReportJsonException if the file is not a report
   * @throws UncheckedIOException if the file cannot be read
   */
  public Report read(Path path) {
    String source = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      return mapper.parse(bytes(in, source), Optional.of(source));
    } catch (IOException e) {
      throw failure("read", source, e);
    }
  }

  /**
   * Reads a report from {@code in}, which the caller closes, as {@link #read(Path)} reads a file;
   * errors name {@code source}.
   *
   * @throws ReportJsonException if the content is not a report
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Report read(InputStream in, String source) {
    try {
      return mapper.parse(bytes(in, source), Optional.of(source));
    } catch (IOException e) {
      throw failure("read", source, e);
    }
  }

  /**
   * Reads a report from {@code in}, which the caller closes; errors name {@code source}. A leading
   * byte order mark (U+FEFF) is skipped.
   *
   * @throws ReportJsonException if the content is not a report
   * @throws UncheckedIOException if the reader fails
   */
  public Report read(Reader in, String source) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        text.append(buffer, 0, n);
        if (text.length() > MAX_DOCUMENT_LENGTH) {
          throw JsonErrors.tooLong(
              Optional.of(source), "characters", TextPositions.ofChar(text, MAX_DOCUMENT_LENGTH));
        }
      }
    } catch (IOException e) {
      throw failure("read", source, e);
    }
    return parse(text.toString(), Optional.of(source));
  }

  /**
   * At most {@link #MAX_DOCUMENT_LENGTH} bytes from {@code in}. Well-formed UTF-8 is parsed as
   * bytes; other encodings, and bytes that are no text, are decoded first, so that columns count
   * characters whatever the input, and bytes that are no text are reported as such.
   */
  private static byte[] bytes(InputStream in, String source) throws IOException {
    // A stream that knows how much it holds (a file, an array) is read once, into an array of
    // exactly that size: reading in chunks and joining them costs twice the document.
    int expected = (int) Math.min(Math.max(in.available(), 0), MAX_DOCUMENT_LENGTH);
    byte[] head = new byte[expected];
    int read = in.readNBytes(head, 0, expected);
    int next = read < expected ? -1 : in.read();
    if (next < 0) {
      return read == expected ? head : Arrays.copyOf(head, read);
    }
    byte[] rest = in.readNBytes((int) MAX_DOCUMENT_LENGTH - read);
    byte[] bytes = Arrays.copyOf(head, read + 1 + rest.length);
    bytes[read] = (byte) next;
    System.arraycopy(rest, 0, bytes, read + 1, rest.length);
    if (bytes.length > MAX_DOCUMENT_LENGTH) {
      throw JsonErrors.tooLong(
          Optional.of(source), "bytes", TextPositions.ofByte(bytes, (int) MAX_DOCUMENT_LENGTH));
    }
    return bytes;
  }

  /**
   * Writes {@code report} as JSON text, ending with a line break; what this writes, {@link
   * #read(String)} and {@link #read(Path)} read back.
   *
   * @throws ReportJsonException if the text would be refused by the reader, with the error the
   *     reader would give, located in the text written: the report is longer in UTF-8 than {@link
   *     #MAX_DOCUMENT_LENGTH} bytes, or has more than {@link #MAX_TOKEN_COUNT} tokens (the model's
   *     builders already refuse strings longer than {@link #MAX_STRING_LENGTH} or holding a lone
   *     surrogate, and outlines deeper than {@link org.fazhi.report.outline.Section#MAX_DEPTH})
   */
  public String write(Report report) {
    return mapper.write(report) + "\n";
  }

  /**
   * Writes {@code report} to the file at {@code path} in UTF-8, replacing it.
   *
   * @throws ReportJsonException if the text would be refused by the reader, as {@link
   *     #write(Report)}; nothing is written then
   * @throws UncheckedIOException if it cannot be written
   */
  public void write(Report report, Path path) {
    String text = write(report);
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      out.write(text);
    } catch (IOException e) {
      throw failure("write", path.toString(), e);
    }
  }

  /**
   * Writes {@code report} to {@code out} in UTF-8; the caller closes the stream.
   *
   * @throws ReportJsonException if the text would be refused by the reader, as {@link
   *     #write(Report)}; nothing is written then
   * @throws UncheckedIOException if it cannot be written
   */
  public void write(Report report, OutputStream out) {
    try {
      out.write(write(report).getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw failure("write", "report", e);
    }
  }

  /**
   * Writes {@code report} to {@code out}; the caller closes the writer.
   *
   * @throws ReportJsonException if the text would be refused by the reader, as {@link
   *     #write(Report)}; nothing is written then
   * @throws UncheckedIOException if it cannot be written
   */
  public void write(Report report, Writer out) {
    try {
      out.write(write(report));
      out.flush();
    } catch (IOException e) {
      throw failure("write", "report", e);
    }
  }

  private Report parse(String json, Optional<String> name) {
    return mapper.parse(json, name);
  }

  /**
   * An I/O failure as one line that names what could not be read or written and why, without the
   * path twice (a {@link java.nio.file.FileSystemException}'s message is its path).
   */
  private static UncheckedIOException failure(String verb, String target, IOException e) {
    String reason;
    if (e instanceof NoSuchFileException) {
      reason = "no such file";
    } else if (e instanceof AccessDeniedException) {
      reason = "access denied";
    } else if (e instanceof java.nio.file.FileSystemException) {
      java.nio.file.FileSystemException fs = (java.nio.file.FileSystemException) e;
      reason = fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
    } else {
      reason = String.valueOf(e.getMessage());
    }
    return new UncheckedIOException("cannot " + verb + " " + target + ": " + reason, e);
  }
}
