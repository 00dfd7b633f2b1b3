package org.fazhi.report.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.outline.Heading;
import org.fazhi.report.outline.LocatedSection;
import org.fazhi.report.outline.Numbering;
import org.fazhi.report.outline.Section;

/**
 * Prints the Yanggao 2024 report's outline and key statistics, and writes the report as JSON.
 *
 * <pre>
 * mvn -B -q -pl examples -am package -DskipTests exec:java                        # ./yanggao-2024.json
 * mvn -B -q -pl examples -am package -DskipTests exec:java -Dexec.args=out/r.json # out/r.json
 * mvn -B -q -pl examples -am package -DskipTests exec:java -Dexec.args=-          # stdout
 * </pre>
 *
 * <p>With {@code -} the JSON alone goes to standard output (UTF-8), so that it can be piped, and
 * the outline and statistics go to standard error. Exit status: 0 when the JSON was written, 1 when
 * it could not be, 2 for a usage error; errors are one line on standard error, without a stack
 * trace.
 */
public final class YanggaoReportProgram {
  /** The file written when no argument is given, in the working directory. */
  static final String DEFAULT_OUTPUT = "yanggao-2024.json";

  static final int OK = 0;
  static final int CANNOT_WRITE = 1;
  static final int USAGE = 2;

  private static final String NAME = "yanggao-report";
  private static final String USAGE_TEXT =
      "usage: "
          + NAME
          + " [FILE | -]\n"
          + "  Prints the outline and key statistics of the Yanggao County 2024 report and writes\n"
          + "  the report as JSON to FILE (default: "
          + DEFAULT_OUTPUT
          + " in the working directory),\n"
          + "  or to standard output when FILE is -.";

  /** Headings longer than this many columns are cut short in the outline. */
  private static final int HEADING_COLUMNS = 64;

  private final Path workingDirectory;
  private final OutputStream stdout;
  private final PrintStream console;
  private final PrintStream errors;

  /**
   * A program that resolves relative paths against {@code workingDirectory}, writes JSON to {@code
   * stdout} in UTF-8, and the listing and messages to {@code stdout} / {@code stderr} in {@code
   * consoleCharset}.
   */
  YanggaoReportProgram(
      Path workingDirectory, OutputStream stdout, OutputStream stderr, Charset consoleCharset) {
    this.workingDirectory = workingDirectory;
    this.stdout = stdout;
    this.console = new PrintStream(stdout, true, consoleCharset);
    this.errors = new PrintStream(stderr, true, consoleCharset);
  }

  /** Runs the program; exits with a non-zero status only on failure. */
  public static void main(String[] args) {
    int status =
        new YanggaoReportProgram(
                Path.of("").toAbsolutePath(), System.out, System.err, consoleCharset())
            .run(args);
    if (status != OK) {
      System.exit(status);
    }
  }

  /** Runs with {@code args}; returns the exit status. */
  int run(String... args) {
    if (args.length == 1 && (args[0].equals("-h") || args[0].equals("--help"))) {
      console.println(USAGE_TEXT);
      return OK;
    }
    if (args.length > 1 || (args.length == 1 && args[0].isBlank())) {
      errors.println(NAME + ": expected at most one argument, a file name or -");
      errors.println(USAGE_TEXT);
      return USAGE;
    }
    String target = args.length == 0 ? DEFAULT_OUTPUT : args[0];
    boolean toStdout = target.equals("-");
    Report report = Yanggao2024.report();
    String json = ReportJson.create().write(report);

    PrintStream listing = toStdout ? errors : console;
    printHeader(report, listing);
    printOutline(report, listing);
    KeyStatistics.print(report, listing);

    if (toStdout) {
      try {
        stdout.write(json.getBytes(StandardCharsets.UTF_8));
        stdout.flush();
      } catch (IOException e) {
        errors.println(NAME + ": cannot write to standard output: " + e.getMessage());
        return CANNOT_WRITE;
      }
      return OK;
    }
    Path path;
    try {
      path = workingDirectory.resolve(target).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      errors.println(NAME + ": not a file name: \"" + target + "\" (" + e.getReason() + ")");
      return USAGE;
    }
    try {
      Files.writeString(path, json, StandardCharsets.UTF_8);
    } catch (IOException e) {
      errors.println(NAME + ": cannot write " + path + ": " + reason(e, path));
      return CANNOT_WRITE;
    }
    listing.println();
    listing.printf(
        Locale.ROOT,
        "JSON written to %s (%,d bytes)%n",
        path,
        json.getBytes(StandardCharsets.UTF_8).length);
    return OK;
  }

  // ---------------------------------------------------------------------------------------------
  // Header and outline

  private static void printHeader(Report report, PrintStream out) {
    ReportMetadata metadata = report.getMetadata();
    out.println(metadata.getTitle());
    List<String> facts = new ArrayList<>();
    metadata.getIssuers().forEach(issuer -> facts.add(issuer.getName()));
    metadata
        .getDivision()
        .ifPresent(
            division ->
                facts.add(
                    division.getName()
                        + division.getCode().map(code -> " " + code).orElse("")
                        + " ("
                        + division.getLevel().name().toLowerCase(Locale.ROOT)
                        + ")"));
    metadata
        .getPeriod()
        .ifPresent(period -> facts.add("covers " + period.getStart() + " to " + period.getEnd()));
    metadata.getDocumentDate().ifPresent(date -> facts.add("dated " + date));
    out.println(String.join(" · ", facts));
  }

  private static void printOutline(Report report, PrintStream out) {
    List<LocatedSection> sections = report.getOutline().walk();
    int idWidth = sections.stream().mapToInt(s -> s.getId().toString().length()).max().orElse(2);
    out.println();
    out.println("Outline (" + sections.size() + " sections)");
    for (LocatedSection located : sections) {
      Section section = located.getSection();
      String title =
          section.getNumbering().map(Numbering::getLabel).orElse("")
              + section.getHeading().map(Heading::getText).orElse("");
      StringBuilder line = new StringBuilder("  ");
      line.append(Columns.pad(located.getId().toString(), idWidth + 2));
      line.append("  ".repeat(located.depth() - 1));
      line.append(Columns.fit(title, HEADING_COLUMNS));
      section.getPart().ifPresent(part -> line.append("  [").append(part).append(']'));
      out.println(line);
    }
  }

  /** The charset of the console: the JDK's choice where it states one, else UTF-8. */
  private static Charset consoleCharset() {
    for (String property : List.of("stdout.encoding", "sun.stdout.encoding")) {
      String name = System.getProperty(property);
      if (name != null && Charset.isSupported(name)) {
        return Charset.forName(name);
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** A one-line reason an {@link IOException} gives for not writing {@code path}. */
  private static String reason(IOException e, Path path) {
    if (e instanceof NoSuchFileException) {
      Path parent = path.getParent();
      return parent != null && !Files.isDirectory(parent)
          ? "directory " + parent + " does not exist"
          : "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
