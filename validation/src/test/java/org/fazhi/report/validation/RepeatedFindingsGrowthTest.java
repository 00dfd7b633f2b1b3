package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Collections;
import org.fazhi.report.Report;
import org.fazhi.report.figure.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Findings of one root cause are grouped without work that grows with the square of their number: a
 * report of 16,000 identical indicators (the shape an import of a garbage page can give) once took
 * 19 s, as Hibernate Validator hashed 16,000 violations whose paths differ only by an index.
 */
class RepeatedFindingsGrowthTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  private static Report identicalIndicators(int count) {
    return Fixtures.MINIMAL_VALID.withIndicators(
        Collections.nCopies(count, Indicator.of("受理案件", "35件")));
  }

  private static long bestOfTwo(Report report) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 2; i++) {
      long start = cpuNanos();
      VALIDATOR.validate(report);
      best = Math.min(best, cpuNanos() - start);
    }
    return best;
  }

  @Test
  void repeatsOfOneCause_areOneFinding_countingThemAll() {
    Finding finding =
        VALIDATOR
            .validate(identicalIndicators(16_000))
            .getFindings(Rule.REPORT_INDICATOR_DUPLICATE)
            .get(0);

    assertThat(finding.getPointer()).isEqualTo("/indicators/1");
    assertThat(finding.getRepeatCount()).isEqualTo(15_998);
    assertThat(finding.getRepeats())
        .hasSize(Finding.MAX_REPEATS_LISTED)
        .startsWith("/indicators/2");
  }

  @Test
  void validationTime_growsLinearlyInRepeatedFindings() {
    bestOfTwo(identicalIndicators(2_000)); // warm up
    long small = bestOfTwo(identicalIndicators(2_000));
    long large = bestOfTwo(identicalIndicators(16_000));

    // eight times the indicators; a quadratic step would take 64 times as long
    assertThat((double) large / small)
        .as("%d ms for 2,000, %d ms for 16,000", small / 1_000_000, large / 1_000_000)
        .isLessThan(32); // four times linear, for a loaded machine
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** This thread's CPU time: other processes of a loaded machine do not count, nor do pauses. */
  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }
}
