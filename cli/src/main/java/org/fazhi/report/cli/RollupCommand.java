package org.fazhi.report.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.facts.Facts;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ReportValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fazhi rollup FILE... --as NAME}: the reports of several divisions added into one. */
@Command(
    name = "rollup",
    mixinStandardHelpOptions = true,
    description = {
      "Add the reports of several divisions (a city's counties) of one year into one set of",
      "totals: counts and money summed as ranges (700余 keeps a total open), rates recomputed from",
      "the summed counts and never averaged, the rules run over the totals, and for each figure",
      "the reports that lack it, so that no total passes for whole when it is not.",
      "Exit status: 0, or 1 when the totals have a finding at the failing severity, 2 when a file",
      "cannot be read or the reports cannot be added (different years, one report twice)."
    },
    footer = {"", "Example:", "  fazhi rollup --as 大同市 -o datong-2024.json counties/*.json"})
final class RollupCommand implements Callable<Integer> {
  /** The blocks whose figures a roll-up holds; other findings are about the made-up heading. */
  private static final List<String> FIGURE_BLOCKS =
      List.of("/statistics/", "/decisions/", "/enforcement/", "/accountability/");

  @Spec CommandSpec spec;

  @Parameters(
      arity = "2..*",
      paramLabel = "FILE",
      description = "Reports of one year, JSON or text.")
  List<Path> files;

  @Option(
      names = "--as",
      required = true,
      paramLabel = "NAME",
      description = "Whose totals they are: the issuer of the roll-up, such as 大同市.")
  String name;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE.json",
      description = "Also write the totals as a report (JSON), to roll up or compare further.")
  Optional<Path> output;

  @Mixin FindingOptions options;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Inputs.Input> inputs = new ArrayList<>();
    for (Path file : files) {
      try {
        inputs.add(Inputs.read(file));
        err.println("fazhi rollup: read " + inputs.size() + " of " + files.size() + ": " + file);
      } catch (Inputs.UnreadableInput e) {
        err.println(e.getMessage());
        err.println(
            "fazhi rollup: no totals: every report must be read, or the totals are partial");
        return Fazhi.UNREADABLE;
      }
    }
    Optional<String> refusal = refusal(inputs);
    if (refusal.isPresent()) {
      err.println("fazhi rollup: " + refusal.get());
      return Fazhi.UNREADABLE;
    }
    List<Report> reports = inputs.stream().map(Inputs.Input::report).toList();
    List<Totals.Named> named =
        inputs.stream()
            .map(i -> new Totals.Named(i.file().toString(), Facts.of(i.report())))
            .toList();
    List<Totals.Total> totals = Totals.of(named);
    List<RecomputedRates.Row> rates = RecomputedRates.of(named);
    TotalsReport.Heading heading =
        new TotalsReport.Heading(
            name,
            TotalsReport.commonYear(reports).getAsInt(),
            commonPeriod(reports),
            kind(reports));
    Report report = TotalsReport.of(heading, totals, rates);
    Locale locale = options.locale();
    List<Finding> findings =
        ReportValidator.builder().locale(locale).build().validate(report).getActive().stream()
            .filter(f -> FIGURE_BLOCKS.stream().anyMatch(f.getPointer()::startsWith))
            .toList();
    RollupTable.print(out, heading, named, totals, rates, findings, locale);
    out.flush();
    if (output.isPresent()) {
      try {
        Files.writeString(output.get(), ReportJson.create().write(report));
      } catch (IOException e) {
        err.println("fazhi rollup: " + output.get() + ": cannot write: " + Inputs.reason(e));
        return Fazhi.UNREADABLE;
      }
    }
    return options.fails(findings) ? Fazhi.FINDINGS : Fazhi.OK;
  }

  /** Why these reports cannot be added: another year, or the same report twice. */
  static Optional<String> refusal(List<Inputs.Input> inputs) {
    List<Report> reports = inputs.stream().map(Inputs.Input::report).toList();
    OptionalInt year = TotalsReport.commonYear(reports);
    if (year.isEmpty()) {
      List<String> years =
          inputs.stream()
              .map(
                  i -> {
                    OptionalInt y = i.report().getMetadata().getReportingYear();
                    return i.file() + " " + (y.isPresent() ? y.getAsInt() : "(no year)");
                  })
              .toList();
      return Optional.of(
          "the reports are not of one year: "
              + String.join(", ", years)
              + "; roll up one year at a time");
    }
    for (int i = 0; i < inputs.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (reports.get(i).getMetadata().equals(reports.get(j).getMetadata())) {
          return Optional.of(
              inputs.get(i).file()
                  + " is the same report as "
                  + inputs.get(j).file()
                  + " (\""
                  + reports.get(i).getMetadata().getTitle()
                  + "\"); each division once, or its figures count twice");
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<ReportingPeriod> commonPeriod(List<Report> reports) {
    List<Optional<ReportingPeriod>> periods =
        reports.stream().map(r -> r.getMetadata().getPeriod()).distinct().toList();
    return periods.size() == 1 ? periods.get(0) : Optional.empty();
  }

  private static IssuerKind kind(List<Report> reports) {
    List<IssuerKind> kinds =
        reports.stream()
            .map(r -> r.getMetadata().getIssuers().stream().findFirst().map(i -> i.getKind()))
            .map(k -> k.orElse(IssuerKind.OTHER))
            .distinct()
            .toList();
    return kinds.size() == 1 ? kinds.get(0) : IssuerKind.OTHER;
  }
}
