package org.fazhi.report.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.text.ExcerptContext;
import org.fazhi.report.text.ReportText;
import org.fazhi.report.text.ReportTextException;
import org.fazhi.report.text.TextImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fazhi import FILE.txt...}: published texts to JSON, with what the import warned of and the
 * figures it could not place on standard error.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Read published report texts into the model and write them as JSON.",
      "Warnings and unplaced figures go to standard error; every figure is placed or reported.",
      "With --excerpt, each file is a passage (a press release), not a whole report."
    },
    footer = {
      "",
      "Examples:",
      "  fazhi import -o json/ county-reports/*.txt",
      "  fazhi import --excerpt --issuer 平遥县司法局 --year 2024 release.txt"
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Published texts, UTF-8.")
  List<Path> files;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Write NAME.json for each NAME.txt here; without it, JSON on standard output.")
  Optional<Path> output;

  @Option(names = "--excerpt", description = "Each file is an excerpt, not a whole report.")
  boolean excerpt;

  @Option(names = "--issuer", description = "For --excerpt: who issued it.")
  Optional<String> issuer;

  @Option(names = "--year", description = "For --excerpt: the reporting year.")
  Optional<Integer> year;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean unreadable = false;
    for (Path file : files) {
      try {
        TextImport imported = read(file);
        imported.getWarnings().forEach(w -> err.println(file + ": " + w));
        imported.getUnplacedFigures().forEach(f -> err.println(file + ": unplaced " + f));
        String json = ReportJson.create().write(imported.getReport());
        if (output.isPresent()) {
          Path target = output.get().resolve(jsonName(file));
          Files.createDirectories(output.get());
          Files.writeString(target, json, StandardCharsets.UTF_8);
          err.println(file + " -> " + target);
        } else {
          out.print(json);
        }
      } catch (ReportTextException e) {
        err.println(
            e.getMessage().startsWith(file.toString())
                ? e.getMessage()
                : file + ": " + e.getMessage());
        unreadable = true;
      } catch (IOException e) {
        err.println(file + ": cannot read: " + Inputs.reason(e));
        unreadable = true;
      } catch (UncheckedIOException e) {
        err.println(file + ": cannot read: " + Inputs.reason(e.getCause()));
        unreadable = true;
      }
    }
    out.flush();
    return unreadable ? Fazhi.UNREADABLE : Fazhi.OK;
  }

  private TextImport read(Path file) throws IOException {
    if (!excerpt) {
      return ReportText.parse(file);
    }
    ExcerptContext context = ExcerptContext.none();
    if (issuer.isPresent()) {
      context = context.withIssuer(issuer.get());
    }
    if (year.isPresent()) {
      context = context.withYear(year.get());
    }
    return ReportText.parseExcerpt(Files.readString(file, StandardCharsets.UTF_8), context);
  }

  /**
   * {@code report.txt} gives {@code report.json}; a name without {@code .txt} gets {@code .json}.
   */
  static String jsonName(Path file) {
    String name = file.getFileName().toString();
    return (name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name) + ".json";
  }
}
