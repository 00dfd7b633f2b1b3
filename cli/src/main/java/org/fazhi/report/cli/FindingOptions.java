package org.fazhi.report.cli;

import java.util.List;
import java.util.Locale;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.Severity;
import picocli.CommandLine.Option;

/** The options of a command that prints findings: their language and the severity that fails. */
final class FindingOptions {
  @Option(
      names = "--lang",
      defaultValue = "zh",
      description = "Language of the messages: zh or en. Default: ${DEFAULT-VALUE}.")
  String lang;

  @Option(
      names = "--fail-on",
      defaultValue = "error",
      description =
          "Lowest severity that fails: error, warning or info. Default: ${DEFAULT-VALUE}.")
  Severity failOn;

  Locale locale() {
    return Locale.forLanguageTag(lang);
  }

  /** Whether a finding is at the failing severity or above. */
  boolean fails(List<Finding> findings) {
    return findings.stream().anyMatch(f -> f.getSeverity().compareTo(failOn) <= 0);
  }

  /** One line: {@code [ERROR] rule.id at /pointer: message}. */
  static String line(Finding finding, Locale locale) {
    return "["
        + finding.getSeverity()
        + "] "
        + finding.getRuleId()
        + " at "
        + finding.getPointer()
        + ": "
        + finding.getMessage(locale);
  }
}
