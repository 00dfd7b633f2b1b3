package org.fazhi.report.cli;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.facts.FigureType;
import org.fazhi.report.json.ReportJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The totals of a roll-up as a report of their own, so that the rules that check one division's
 * figures check the sum of many: received ≥ accepted, pending = cases + carried over − concluded, a
 * rate against its counts.
 *
 * <p>Each single count stands at its concept's place: exact where every input gave it exactly, else
 * as "at least" its lower bound ({@code {"value": 2100, "approximation": "AT_LEAST"}}), which the
 * rules read as a bound and never as the value. A recomputed rate stands with its numerator and
 * denominator. Money, breakdown items and durations are in the tables only.
 */
final class TotalsReport {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private TotalsReport() {}

  /** What the report says of itself: whose totals, which year, which period. */
  record Heading(String name, int year, Optional<ReportingPeriod> period, IssuerKind kind) {}

  static Report of(Heading heading, List<Totals.Total> totals, List<RecomputedRates.Row> rates) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", "1.0");
    ObjectNode metadata = root.putObject("metadata");
    metadata.put("title", heading.name() + heading.year() + "年法治政府建设年度报告数据汇总");
    ObjectNode issuer = metadata.putArray("issuers").addObject();
    issuer.put("name", heading.name());
    issuer.put("kind", heading.kind().name());
    metadata.put("reportingYear", heading.year());
    heading
        .period()
        .ifPresent(
            p -> {
              ObjectNode period = metadata.putObject("period");
              period.put("start", p.getStart().toString());
              period.put("end", p.getEnd().toString());
            });
    for (Totals.Total total : totals) {
      if (total.concept().isSingle() && total.concept().type() == FigureType.COUNT) {
        at(root, total.concept().pointer())
            .set(leaf(total.concept().pointer()), count(total.range()));
      }
    }
    for (RecomputedRates.Row rate : rates) {
      rate.percent()
          .ifPresent(
              percent -> {
                ObjectNode node = MAPPER.createObjectNode();
                node.put("percent", percent);
                node.set("numerator", count(rate.numerator().get()));
                node.set("denominator", count(rate.denominator().get()));
                at(root, rate.rate().pointer()).set(leaf(rate.rate().pointer()), node);
              });
    }
    return ReportJson.create().read(MAPPER.writeValueAsString(root));
  }

  /** The common year of the inputs, if they share one. */
  static OptionalInt commonYear(List<Report> reports) {
    List<Integer> years =
        reports.stream()
            .map(r -> r.getMetadata().getReportingYear())
            .map(y -> y.isPresent() ? y.getAsInt() : -1)
            .distinct()
            .toList();
    return years.size() == 1 && years.get(0) >= 0
        ? OptionalInt.of(years.get(0))
        : OptionalInt.empty();
  }

  private static JsonNode count(Range range) {
    if (range.isExact()) {
      return MAPPER.getNodeFactory().numberNode(range.lower());
    }
    ObjectNode count = MAPPER.createObjectNode();
    count.put("value", range.lower());
    count.put("approximation", "AT_LEAST");
    return count;
  }

  /** The object that holds the last step of {@code pointer}, made where missing. */
  private static ObjectNode at(ObjectNode root, String pointer) {
    String[] steps = pointer.substring(1).split("/", -1);
    ObjectNode node = root;
    for (int i = 0; i < steps.length - 1; i++) {
      JsonNode next = node.get(steps[i]);
      node = next instanceof ObjectNode object ? object : node.putObject(steps[i]);
    }
    return node;
  }

  private static String leaf(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }
}
