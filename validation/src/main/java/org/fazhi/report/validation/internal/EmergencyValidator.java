package org.fazhi.report.validation.internal;

import java.math.BigDecimal;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.validation.Rule;

/**
 * The rules of an emergency: magnitude within −5 and 10, focal depth within −10 (above sea level)
 * and 800 km, and both only for an earthquake.
 */
public final class EmergencyValidator extends RulesValidator<Emergency> {
  static final BigDecimal MIN_MAGNITUDE = BigDecimal.valueOf(-5);
  static final BigDecimal MAX_MAGNITUDE = BigDecimal.TEN;
  static final BigDecimal MIN_DEPTH = BigDecimal.valueOf(-10);
  static final BigDecimal MAX_DEPTH = BigDecimal.valueOf(800);

  @Override
  void check(Emergency e, Checks checks) {
    e.getMagnitude()
        .ifPresent(
            m ->
                Ranges.within(
                    checks,
                    Rule.EMERGENCY_MAGNITUDE_OUT_OF_RANGE,
                    m,
                    MIN_MAGNITUDE,
                    MAX_MAGNITUDE,
                    e.getSection(),
                    "magnitude"));
    e.getDepthKilometres()
        .ifPresent(
            d ->
                Ranges.within(
                    checks,
                    Rule.EMERGENCY_DEPTH_OUT_OF_RANGE,
                    d,
                    MIN_DEPTH,
                    MAX_DEPTH,
                    e.getSection(),
                    "depthKilometres"));
    if (e.getKind() != EmergencyKind.EARTHQUAKE
        && (e.getMagnitude().isPresent() || e.getDepthKilometres().isPresent())) {
      checks
          .finding(Rule.EMERGENCY_EARTHQUAKE_FIGURES_ON_OTHER_KIND)
          .at(e.getMagnitude().isPresent() ? "magnitude" : "depthKilometres")
          .value("kind", e.getKind())
          .section(e.getSection())
          .report();
    }
  }
}
