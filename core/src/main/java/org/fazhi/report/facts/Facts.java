package org.fazhi.report.facts;

import java.util.List;
import java.util.Objects;
import org.fazhi.report.Report;

/**
 * Every figure of a report as a flat {@link Fact}, the way XBRL tools list facts: typed fields,
 * outcome kinds and groups, breakdown items, list items, indicators, series points, and the changes
 * the report states. Each figure of the report's JSON form is exactly one fact, in the order of the
 * JSON form, with its {@link Concept}, pointer and section.
 *
 * <pre>{@code
 * for (Fact fact : Facts.of(report)) {
 *   fact.getConcept().id();   // "reconsideration.accepted"
 *   fact.getValue();          // Optional[31]
 *   fact.getPointer();        // "/statistics/reconsideration/accepted"
 * }
 * }</pre>
 */
public final class Facts {
  private Facts() {}

  /** The facts of {@code report}, in the order of its JSON form. */
  public static List<Fact> of(Report report) {
    Objects.requireNonNull(report, "report");
    return new FactCollector(report).collect(report);
  }
}
