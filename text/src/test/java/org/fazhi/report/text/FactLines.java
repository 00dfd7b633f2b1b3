package org.fazhi.report.text;

import java.math.BigDecimal;
import java.util.Optional;
import org.fazhi.report.ReportingPeriod;
import org.fazhi.report.facts.Fact;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Scale;

/**
 * A fact written as one line, the way the passage corpus states what an import must produce: {@code
 * CONCEPT[MEMBER] = VALUE KEY=VALUE…} (see {@code passages/FORMAT.md}).
 */
final class FactLines {
  private FactLines() {}

  /** {@code fact} as a line; its period only where it differs from {@code reportPeriod}. */
  static String of(Fact fact, Optional<ReportingPeriod> reportPeriod) {
    StringBuilder line = new StringBuilder(fact.getConcept().id());
    fact.getMember().ifPresent(m -> line.append('[').append(m).append(']'));
    line.append(" = ").append(value(fact));
    fact.getDimension().ifPresent(d -> line.append(" dimension=").append(d));
    fact.getBasis().ifPresent(b -> line.append(" basis=").append(b));
    if (fact.getApproximation() != Approximation.EXACT) {
      line.append(" ~").append(fact.getApproximation());
    }
    fact.getScope().ifPresent(s -> line.append(" scope=").append(s));
    fact.getPeriod()
        .filter(p -> reportPeriod.isEmpty() || !p.equals(reportPeriod.get()))
        .ifPresent(
            p -> line.append(" period=").append(p.getStart()).append('/').append(p.getEnd()));
    fact.getChange().ifPresent(c -> line.append(" change=").append(c));
    return line.toString();
  }

  private static String value(Fact fact) {
    if (fact.getValue().isEmpty()) {
      return "-";
    }
    BigDecimal value = fact.getValue().get();
    String scale = fact.getScale() == Scale.ONE ? "" : fact.getScale().marker();
    return value.toPlainString() + scale + fact.getUnit().orElse("");
  }
}
