package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The work of refusing a number does not grow with its exponent: the issue measured reading {@code
 * 1e99999999} at over 60 s of CPU, because the value was expanded to its hundred million digits
 * before anything checked it. Here the exponent grows ten thousandfold, from {@code 1e9999} to
 * {@code 1e99999999}, and the time to refuse it, measured in this one test on the same warm reader,
 * may not grow threefold. (The exponent form of both is refused by the same bound, with the same
 * pointer.)
 */
class NumberWorkGrowthTest {
  private static final ReportJson JSON = ReportJson.create();

  private static String document(String number) {
    return HostileCorpusGenerator.document(HostileCorpusGenerator.line("value", "1481.6"), number);
  }

  /** The median of {@code runs} times, in nanoseconds, of refusing {@code document}. */
  private static long medianRefusalNanos(String document, int runs) {
    long[] times = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = cpuNanos();
      ReportJsonException e =
          catchThrowableOfType(ReportJsonException.class, () -> JSON.read(document));
      times[i] = cpuNanos() - start;
      assertThat(e.getPointer()).isEqualTo("/indicators/0/quantity/value");
    }
    Arrays.sort(times);
    return times[runs / 2];
  }

  @Test
  void refusingAHugeExponent_takesNoLongerAsTheExponentGrows() {
    String small = document("1e9999");
    String huge = document("1e99999999");
    // Warm the reader up on both, so that neither measurement pays for the JIT.
    medianRefusalNanos(small, 40);
    medianRefusalNanos(huge, 40);

    long smallNanos = medianRefusalNanos(small, 31);
    long hugeNanos = medianRefusalNanos(huge, 31);

    assertThat((double) hugeNanos / smallNanos)
        .as("time for 1e99999999 (%d ns) over time for 1e9999 (%d ns)", hugeNanos, smallNanos)
        .isLessThan(3.0);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** This thread's CPU time: other processes of a loaded machine do not count, nor do pauses. */
  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }
}
