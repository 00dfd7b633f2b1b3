package org.fazhi.report.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fazhi.report.facts.Facts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fazhi compare OLD NEW}: every fact year over year, and the changes NEW states, checked.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare two reports (JSON or text) fact by fact: value before and after, change, percent",
      "change, facts that appeared or vanished, and whether a change the newer report states",
      "(同比增长12.5%) agrees with the two values. Tab-separated, one line a fact.",
      "Exit status: 0, or 1 when a stated change differs from the values, 2 when a file cannot be",
      "read."
    },
    footer = {"", "Example:", "  fazhi compare yanggao-2023.json yanggao-2024.json"})
final class CompareCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later report.")
  Path after;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Inputs.Input earlier;
    Inputs.Input later;
    try {
      earlier = Inputs.read(before);
      later = Inputs.read(after);
    } catch (Inputs.UnreadableInput e) {
      spec.commandLine().getErr().println(e.getMessage());
      return Fazhi.UNREADABLE;
    }
    List<YearOverYear.Row> rows =
        YearOverYear.rows(Facts.of(earlier.report()), Facts.of(later.report()));
    out.println("fact\told\tnew\tchange\tchange %\tpresence\tstated\tcheck");
    boolean differs = false;
    for (YearOverYear.Row row : rows) {
      String check = row.check();
      differs |= check.startsWith("differs");
      out.println(
          String.join(
              "\t",
              row.key(),
              row.beforeText(),
              row.afterText(),
              row.change().map(BigDecimal::toPlainString).orElse(""),
              row.percent().map(BigDecimal::toPlainString).orElse(""),
              row.presence(),
              row.stated().map(Object::toString).orElse(""),
              check));
    }
    out.flush();
    return differs ? Fazhi.FINDINGS : Fazhi.OK;
  }
}
