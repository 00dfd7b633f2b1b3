package org.fazhi.report.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the performance table from a JMH JSON result file of {@link ReportBenchmark} (written with
 * {@code -rf json}), each row a ratio of two figures measured in the same run — the fastest
 * operation's time (other processes on a shared machine only ever add time, so the fastest of
 * thousands is the best estimate of what an operation costs), allocation per operation — beside its
 * bar. The rows measured in processes of their own are passed as {@code name=value} arguments by
 * {@code benchmarks/run}: {@code retained}, {@code smallHeapRate} (reports per second), and {@code
 * coldStart}, {@code coldStartCds}, {@code coldStartC1}, {@code coldStartCdsC1} and {@code
 * coldStartAot} (ratios of medians).
 */
public final class Ratios {
  private static final String YANGGAO = "YANGGAO";
  private static final String LARGER = "FOUR_TIMES";

  private final Map<String, Double> time = new HashMap<>();
  private final Map<String, Double> allocation = new HashMap<>();
  private final Map<String, String> extra = new HashMap<>();
  private final PrintStream out;

  private Ratios(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints the table.
   *
   * @param args the JMH result file, then any {@code name=value} figures measured elsewhere
   * @throws IOException if the result file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Ratios ratios = new Ratios(System.out);
    ratios.load(Path.of(args[0]));
    for (int i = 1; i < args.length; i++) {
      String[] pair = args[i].split("=", 2);
      ratios.extra.put(pair[0], pair[1]);
    }
    ratios.print();
  }

  private void load(Path results) throws IOException {
    for (JsonNode run : new ObjectMapper().readTree(results.toFile())) {
      String benchmark = run.get("benchmark").asText();
      String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      String key = name + "/" + run.path("params").path("sample").asText();
      JsonNode primary = run.get("primaryMetric");
      JsonNode fastest = primary.path("scorePercentiles").path("0.0");
      time.put(key, (fastest.isMissingNode() ? primary.get("score") : fastest).asDouble());
      for (Map.Entry<String, JsonNode> metric : run.path("secondaryMetrics").properties()) {
        if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
          allocation.put(key, metric.getValue().get("score").asDouble());
        }
      }
    }
  }

  private void print() {
    double yanggaoBytes = Sample.YANGGAO.bytes().length;
    double largerBytes = Sample.FOUR_TIMES.bytes().length;
    out.println("| what | bar | Yanggao | 4× larger |");
    out.println("| --- | --- | --- | --- |");
    row("read from bytes / floor (speed)", "≥ 0.70×", s -> speed("floorRead", "readBytes", s));
    row("read from a String / floor (speed)", "—", s -> speed("floorRead", "readString", s));
    row(
        "Jackson 3's parser alone, the floor's pass / floor (speed)",
        "—",
        s -> speed("floorRead", "jackson3Read", s));
    row(
        "read + validate / floor (speed)",
        "≥ 0.50×",
        s -> speed("floorRead", "readAndValidate", s));
    row(
        "validation added to reading",
        "≤ +40%",
        s -> percent(get(time, "readAndValidate", s) / get(time, "readBytes", s) - 1));
    row(
        "allocation per JSON byte, read / read + validate",
        "≤ 2 / ≤ 4 B",
        s -> {
          double bytes = s.equals(YANGGAO) ? yanggaoBytes : largerBytes;
          return String.format(
              Locale.ROOT,
              "%.1f / %.1f B",
              get(allocation, "readBytes", s) / bytes,
              get(allocation, "readAndValidate", s) / bytes);
        });
    out.printf(
        "| retained heap / JSON size | ≤ 1.2× | %s | |%n", extra.getOrDefault("retained", "—"));
    out.printf(
        Locale.ROOT,
        "| 4× larger report (%.2f× the bytes), time ratio: read / read + validate | ≤ 4.4× | | "
            + "%.2f× / %.2f× |%n",
        largerBytes / yanggaoBytes,
        get(time, "readBytes", LARGER) / get(time, "readBytes", YANGGAO),
        get(time, "readAndValidate", LARGER) / get(time, "readAndValidate", YANGGAO));
    String smallHeap = "—";
    if (extra.containsKey("smallHeapRate")) {
      double jmhRate = 1e6 / get(time, "readAndValidate", YANGGAO);
      smallHeap = ratio(Double.parseDouble(extra.get("smallHeapRate")) / jmhRate);
    }
    out.printf("| 100,000 reports in a 64 MB heap / JMH rate | ≥ 0.8× | %s | |%n", smallHeap);
    processRow(
        "cold start (read + validate one report) / bare Jackson readTree", "≤ 1.5×", "coldStart");
    processRow("the same, with an AppCDS archive (JDK 17) / bare Jackson", "", "coldStartCds");
    processRow("the same, C1 only (-XX:TieredStopAtLevel=1) / bare Jackson", "", "coldStartC1");
    processRow("the same, C1 only and the AppCDS archive / bare Jackson", "", "coldStartCdsC1");
    processRow("the same, with an AOT cache (JDK 25) / bare Jackson on JDK 25", "", "coldStartAot");
    row("text import / JSON read", "≤ 3×", s -> ratio(slower("importText", "readBytes", s)));
    row(
        "write / Jackson generator, same tokens (speed)",
        "≥ 0.8×",
        s -> speed("floorWrite", "write", s));
  }

  private interface Cell {
    String of(String sample);
  }

  /** A row measured in processes of their own, passed by {@code benchmarks/run} as {@code key}. */
  private void processRow(String what, String bar, String key) {
    String barCell = bar.isEmpty() ? "" : bar + " ";
    out.printf("| %s | %s| %s | |%n", what, barCell, extra.getOrDefault(key, "—"));
  }

  private void row(String what, String bar, Cell cell) {
    out.printf("| %s | %s | %s | %s |%n", what, bar, cell.of(YANGGAO), cell.of(LARGER));
  }

  /** How fast {@code measured} runs relative to {@code baseline}: baseline time / its time. */
  private String speed(String baseline, String measured, String sample) {
    return ratio(get(time, baseline, sample) / get(time, measured, sample));
  }

  private double slower(String measured, String baseline, String sample) {
    return get(time, measured, sample) / get(time, baseline, sample);
  }

  private static double get(Map<String, Double> figures, String benchmark, String sample) {
    return figures.getOrDefault(benchmark + "/" + sample, Double.NaN);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f×", value);
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%+.0f%%", value * 100);
  }
}
