package org.fazhi.report.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.json.ReportJsonException;
import org.fazhi.report.text.ReportText;
import org.fazhi.report.text.ReportTextException;
import org.fazhi.report.text.TextImport;

/**
 * Reads a report from a file, JSON or published text, told apart by content: a document whose first
 * character (after a byte order mark and white space) is <code>{</code> is JSON.
 */
final class Inputs {
  private Inputs() {}

  /** A report read from {@code file}, with what the text import warned of (nothing for JSON). */
  record Input(Path file, Report report, List<String> warnings) {}

  /** Why an input could not be read, in one line that names it. */
  static final class UnreadableInput extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableInput(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static Input read(Path file) throws UnreadableInput {
    try {
      if (isJson(file)) {
        return new Input(file, ReportJson.create().read(file), List.of());
      }
      TextImport imported = ReportText.parse(file);
      List<String> warnings = imported.getWarnings().stream().map(Object::toString).toList();
      return new Input(file, imported.getReport(), warnings);
    } catch (ReportJsonException | ReportTextException | UncheckedIOException e) {
      String message = e.getMessage();
      return fail(message.startsWith(file.toString()) ? message : file + ": " + message, e);
    } catch (IOException e) {
      return fail(file + ": cannot read: " + reason(e), e);
    }
  }

  /** Why, without the path again (a file-system exception's message is its path). */
  static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "access denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private static Input fail(String message, Exception cause) throws UnreadableInput {
    throw new UnreadableInput(message, cause);
  }

  /**
   * Where the values of a JSON file stand, for pointing at a finding; none for a text file, or a
   * file that is no longer what was read.
   */
  static PointerLocations locations(Path file) {
    try {
      if (!isJson(file)) {
        return PointerLocations.of("");
      }
      String json = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
      return PointerLocations.of(json.startsWith("\uFEFF") ? json.substring(1) : json);
    } catch (IOException e) {
      return PointerLocations.of("");
    }
  }

  private static boolean isJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(64);
      String text = new String(head, java.nio.charset.StandardCharsets.UTF_8);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\uFEFF' || Character.isWhitespace(c) || c == 0) {
          continue;
        }
        return c == '{';
      }
      return false;
    }
  }
}
