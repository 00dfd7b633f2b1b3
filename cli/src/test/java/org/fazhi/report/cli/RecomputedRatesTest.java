package org.fazhi.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.fazhi.report.facts.Concept;
import org.junit.jupiter.api.Test;

/** How a recomputed rate shows exact, approximate and missing counts. */
class RecomputedRatesTest {
  private static final Concept LOSS_RATE = Concept.of("litigation.loss-rate");

  private static Range exact(long value) {
    return new Range(BigDecimal.valueOf(value), Optional.of(BigDecimal.valueOf(value)));
  }

  private static Range between(long low, long high) {
    return new Range(BigDecimal.valueOf(low), Optional.of(BigDecimal.valueOf(high)));
  }

  private static RecomputedRates.Row row(Range numerator, Range denominator) {
    return new RecomputedRates.Row(
        LOSS_RATE, "definition", Optional.of(numerator), Optional.of(denominator), List.of());
  }

  @Test
  void exactCounts_giveThePercentToTwoDecimals() {
    assertThat(row(exact(3), exact(18)).text()).isEqualTo("16.67");
    assertThat(row(exact(3), exact(18)).percent()).contains(new BigDecimal("16.67"));
  }

  @Test
  void approximateCounts_giveTheRangeOfPercents() {
    // 54 to 66 over 100 to 120: from 54/120 = 45% to 66/100 = 66%.
    assertThat(row(between(54, 66), between(100, 120)).text()).isEqualTo("45.00~66.00");
    assertThat(row(between(54, 66), between(100, 120)).percent()).isEmpty();
  }

  @Test
  void aNumeratorOpenUpwards_givesOnlyALowerPercent() {
    Range atLeast = new Range(BigDecimal.valueOf(5), Optional.empty());
    assertThat(row(atLeast, exact(10)).text()).isEqualTo("50.00~");
  }

  @Test
  void aZeroDenominator_givesNoPercent() {
    assertThat(row(exact(0), exact(0)).text()).isEmpty();
    assertThat(row(exact(0), exact(0)).percent()).isEmpty();
  }

  @Test
  void aReportWithoutTheCounts_leavesTheRateOut() {
    RecomputedRates.Row lacking =
        new RecomputedRates.Row(
            LOSS_RATE, "definition", Optional.empty(), Optional.empty(), List.of("a.json"));
    assertThat(lacking.text()).isEmpty();
    assertThat(lacking.percent()).isEmpty();
  }
}
