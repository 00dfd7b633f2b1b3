package org.fazhi.report.cli;

import java.util.concurrent.Callable;
import org.fazhi.report.json.ReportSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code fazhi schema}: the JSON Schema of the report's JSON form, for validators of any language.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (draft 2020-12) of the report's JSON form, the one this release reads"
          + " and writes.",
      "The same text every time; docs/report.schema.json holds it too."
    },
    footer = {
      "",
      "Example:",
      "  fazhi schema > report.schema.json",
      "  ajv validate --spec=draft2020 -c ajv-formats -s report.schema.json -d yanggao-2024.json"
    })
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ReportSchema.text());
    spec.commandLine().getOut().flush();
    return Fazhi.OK;
  }
}
