package org.fazhi.report.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fazhi.report.facts.Fact;
import org.fazhi.report.facts.FactsCsv;
import org.fazhi.report.facts.ReportFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fazhi facts FILE...}: every figure of the reports, one fact a row. */
@Command(
    name = "facts",
    mixinStandardHelpOptions = true,
    description = {
      "List every figure of the reports (JSON or text) as a fact: concept, value, bounds, pointer.",
      "With --csv, one table for all files, the columns of FactsCsv."
    },
    footer = {"", "Example:", "  fazhi facts --csv county-reports/*.json > facts.csv"})
final class FactsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Reports, JSON or text.")
  List<Path> files;

  @Option(names = "--csv", description = "CSV (RFC 4180) instead of one line a fact.")
  boolean csv;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ReportFacts> reports = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      try {
        reports.add(ReportFacts.of(file.toString(), Inputs.read(file).report()));
        if (files.size() > 1) {
          err.println("fazhi facts: read " + reports.size() + " of " + files.size() + ": " + file);
        }
      } catch (Inputs.UnreadableInput e) {
        err.println(e.getMessage());
        unreadable = true;
      }
    }
    if (csv) {
      FactsCsv.write(reports, out);
    } else {
      for (ReportFacts report : reports) {
        for (Fact fact : report.facts()) {
          out.println(report.report() + "\t" + fact);
        }
      }
    }
    out.flush();
    return unreadable ? Fazhi.UNREADABLE : Fazhi.OK;
  }
}
