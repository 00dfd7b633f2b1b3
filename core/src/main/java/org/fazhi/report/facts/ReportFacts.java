package org.fazhi.report.facts;

import java.util.List;
import java.util.Objects;
import org.fazhi.report.Report;

/**
 * The facts of one report, under the name the caller gives it in a table of many reports: a file
 * name, a division code, a title.
 *
 * @param report the name of the report, the CSV column {@code report}
 * @param facts the facts, in order
 */
public record ReportFacts(String report, List<Fact> facts) {

  /** Fails for a blank name or null parts; copies the facts. */
  public ReportFacts {
    Objects.requireNonNull(report, "report");
    if (report.isBlank()) {
      throw new IllegalArgumentException("a report name must not be blank");
    }
    facts = List.copyOf(facts);
  }

  /** The facts of {@code report} ({@link Facts#of}), under {@code name}. */
  public static ReportFacts of(String name, Report report) {
    return new ReportFacts(name, Facts.of(report));
  }
}
