package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import stays linear on the shapes that once made it quadratic: a line 16 times as long takes
 * at most three times 16 as long to import (a quadratic step would take 256 times). Each input is
 * report-like prose repeated without a sentence end, the worst case for the steps that look around
 * each figure. A ratio of two timings of the same run in CPU time, the best of three each, so that
 * a slow machine does not fail it and a quadratic step does.
 */
class ImportGrowthTest {
  private static final String HEAD = "阳高县2024年法治政府建设年度报告\n一、法治政府建设主要举措和成效\n";
  private static final int SMALL = 2_000;
  private static final int FACTOR = 16;
  private static final double LINEAR_WITH_SLACK = FACTOR * 3.0;

  private static String repeat(String unit, int length) {
    return unit.repeat(Math.max(1, length / unit.length()));
  }

  static Stream<Arguments> shapes() {
    return Stream.of(
        shape("a run of digits", n -> HEAD + "1".repeat(n) + "\n"),
        shape("products such as 7×24", n -> HEAD + repeat("7×24", n) + "\n"),
        shape("figures in one clause after 分别为", n -> HEAD + "分别为" + repeat("35件、", n) + "\n"),
        shape("clauses of one sentence", n -> HEAD + repeat("全年共受理行政复议案件35件，", n) + "。\n"),
        shape("Chinese numerals", n -> HEAD + repeat("三十五件", n) + "\n"),
        shape("dates", n -> HEAD + repeat("2024年1月1日", n) + "\n"),
        shape("book titles", n -> HEAD + repeat("《阳高县法治政府建设实施方案》", n) + "\n"),
        shape("a chain of thousands", n -> HEAD + "1" + repeat(",000", n) + "件\n"),
        shape("periods of several years", n -> HEAD + "近三年" + repeat("累计办理35件，", n) + "。\n"),
        shape("lines", n -> HEAD + repeat("行政复议收到申请35件。\n", n)));
  }

  private static Arguments shape(String name, IntFunction<String> text) {
    return Arguments.of(name, text);
  }

  private static long bestOfThree(String text) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = cpuNanos();
      TextImport imported = ReportText.parse(text);
      best = Math.min(best, cpuNanos() - start);
      assertThat(imported.getReport()).isNotNull();
    }
    return best;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void importTime_growsLinearly(String name, IntFunction<String> text) {
    bestOfThree(text.apply(SMALL)); // warm up
    long small = bestOfThree(text.apply(SMALL));
    long large = bestOfThree(text.apply(SMALL * FACTOR));

    // below 5 ms a timing is mostly noise: a quadratic step at this size takes seconds
    double ratio = (double) large / Math.max(small, 5_000_000);
    assertThat(ratio)
        .as(
            "%s: %d ms for %d characters, %d ms for %d",
            name, small / 1_000_000, SMALL, large / 1_000_000, SMALL * FACTOR)
        .isLessThan(LINEAR_WITH_SLACK);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** This thread's CPU time: other processes of a loaded machine do not count, nor do pauses. */
  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }
}
