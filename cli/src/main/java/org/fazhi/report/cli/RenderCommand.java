package org.fazhi.report.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fazhi.report.text.ReportText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fazhi render FILE}: a report as its published text, or as Markdown. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = "Write a report (JSON or text) as its published text, or as Markdown.",
    footer = {"", "Example:", "  fazhi render --markdown yanggao-2024.json > yanggao-2024.md"})
final class RenderCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "A report, JSON or text.")
  Path file;

  @Option(names = "--markdown", description = "Markdown instead of plain text.")
  boolean markdown;

  @Override
  public Integer call() {
    try {
      Inputs.Input input = Inputs.read(file);
      String text =
          markdown ? ReportText.renderMarkdown(input.report()) : ReportText.render(input.report());
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return Fazhi.OK;
    } catch (Inputs.UnreadableInput e) {
      spec.commandLine().getErr().println(e.getMessage());
      return Fazhi.UNREADABLE;
    }
  }
}
