package org.fazhi.report.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.Suppression;
import org.fazhi.report.validation.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fazhi validate FILE...}: the findings of the rule catalog, per file. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check reports (JSON or published text, told apart by content) against the rule catalog.",
      "Exit status: 0 no finding at the failing severity, 1 a file has one, 2 a file cannot be read."
    },
    footer = {
      "",
      "Example:",
      "  fazhi validate --lang en --fail-on warning --suppress RULE-ID:/statistics/** *.json"
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reports, JSON or text.")
  List<Path> files;

  @Option(
      names = "--format",
      defaultValue = "text",
      description =
          "text (one line a finding), json, or sarif (SARIF 2.1.0, for code scanning)."
              + " Default: ${DEFAULT-VALUE}.")
  Format format;

  @Mixin FindingOptions options;

  @Option(
      names = "--suppress",
      paramLabel = "RULE[:POINTER-GLOB]",
      description =
          "Acknowledge a rule's findings at pointers matching the pattern (/a/*/b, /a/**; default: all).")
  List<String> suppressions = new ArrayList<>();

  /** How findings are printed. */
  enum Format {
    TEXT,
    JSON,
    SARIF
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReportValidator validator;
    try {
      validator = validator();
    } catch (IllegalArgumentException e) {
      err.println("fazhi validate: " + e.getMessage());
      return Fazhi.UNREADABLE;
    }
    List<FileResult> results = new ArrayList<>();
    List<SarifLog.Unreadable> unreadable = new ArrayList<>();
    for (Path file : files) {
      try {
        Inputs.Input input = Inputs.read(file);
        input.warnings().forEach(w -> err.println(file + ": " + w));
        results.add(FileResult.of(file, validator.validate(input.report()), options));
        if (files.size() > 1) {
          int done = results.size() + unreadable.size();
          err.println("fazhi validate: checked " + done + " of " + files.size() + ": " + file);
        }
      } catch (Inputs.UnreadableInput e) {
        err.println(e.getMessage());
        unreadable.add(new SarifLog.Unreadable(file, e.getMessage()));
      }
    }
    Locale locale = options.locale();
    switch (format) {
      case TEXT -> results.forEach(r -> r.printText(out, locale));
      case JSON -> out.println(FindingsJson.write(results, locale));
      case SARIF -> out.println(sarif(results, unreadable, locale));
    }
    out.flush();
    if (!unreadable.isEmpty()) {
      return Fazhi.UNREADABLE;
    }
    return results.stream().anyMatch(FileResult::fails) ? Fazhi.FINDINGS : Fazhi.OK;
  }

  private ReportValidator validator() {
    ReportValidator.Builder builder = ReportValidator.builder().locale(options.locale());
    for (String suppression : suppressions) {
      int colon = suppression.indexOf(':');
      String rule = colon < 0 ? suppression : suppression.substring(0, colon);
      String pointer = colon < 0 ? "/**" : suppression.substring(colon + 1);
      builder.suppress(Suppression.of(rule, pointer, "--suppress on the command line"));
    }
    return builder.build();
  }

  private static String sarif(
      List<FileResult> results, List<SarifLog.Unreadable> unreadable, Locale locale) {
    List<SarifLog.Input> inputs =
        results.stream()
            .map(
                r ->
                    new SarifLog.Input(
                        r.file(), r.findings(), r.suppressed(), Inputs.locations(r.file())))
            .toList();
    return SarifLog.write(inputs, unreadable, Version.release(), locale);
  }

  /** One file's findings, those suppressed, and whether they fail the run. */
  record FileResult(Path file, List<Finding> findings, List<Finding> suppressed, boolean fails) {
    static FileResult of(Path file, ValidationResult result, FindingOptions options) {
      List<Finding> active = result.getActive();
      return new FileResult(file, active, result.getSuppressed(), options.fails(active));
    }

    void printText(PrintWriter out, Locale locale) {
      if (findings.isEmpty()) {
        out.println(file + ": no findings");
        return;
      }
      for (Finding f : findings) {
        out.println(file + ": " + FindingOptions.line(f, locale));
      }
    }
  }
}
