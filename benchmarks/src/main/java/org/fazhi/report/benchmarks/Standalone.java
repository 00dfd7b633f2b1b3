package org.fazhi.report.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fazhi.report.Report;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.ValidationResult;

/**
 * The rows that need a process of their own, run by {@code benchmarks/run}:
 *
 * <ul>
 *   <li>{@code write FILE}: writes the Yanggao report's JSON to {@code FILE};
 *   <li>{@code cold FILE}: a fresh JVM reads and validates one report, and prints its finding
 *       count;
 *   <li>{@code cold-jackson FILE}: the baseline, a fresh JVM reading the same file with a bare
 *       Jackson 2 {@code ObjectMapper.readTree}, printing its top-level property count;
 *   <li>{@code small-heap N}: reads and validates the Yanggao report {@code N} times, and prints
 *       reports per second (run in a 64 MB heap);
 *   <li>{@code retained N}: holds {@code N} reports read from the Yanggao JSON and prints the heap
 *       they retain divided by their JSON size.
 * </ul>
 */
public final class Standalone {
  private Standalone() {}

  /**
   * Runs one of the modes above.
   *
   * @param args the mode and its argument
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "cold" -> {
        Report report = ReportJson.create().read(Path.of(args[1]));
        System.out.println(ReportValidator.create().validate(report).getFindings().size());
      }
      case "cold-jackson" ->
          System.out.println(
              new ObjectMapper().readTree(Files.readAllBytes(Path.of(args[1]))).size());
      case "write" -> Files.writeString(Path.of(args[1]), Sample.YANGGAO.json());
      case "small-heap" -> smallHeap(Integer.parseInt(args[1]));
      case "retained" -> retained(Integer.parseInt(args[1]));
      default -> throw new IllegalArgumentException("unknown mode: " + args[0]);
    }
  }

  private static void smallHeap(int count) {
    byte[] bytes = Sample.YANGGAO.bytes();
    ReportJson reader = ReportJson.create();
    ReportValidator validator = ReportValidator.create();
    long findings = 0;
    int warmup = count / 10;
    long start = 0;
    for (int i = -warmup; i < count; i++) {
      if (i == 0) {
        start = System.nanoTime();
      }
      ValidationResult result =
          validator.validate(reader.read(new ByteArrayInputStream(bytes), "sample"));
      findings += result.getFindings().size();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%.1f reports/s (%d findings)%n", count / seconds, findings);
  }

  private static void retained(int count) {
    byte[] bytes = Sample.YANGGAO.bytes();
    ReportJson reader = ReportJson.create();
    reader.read(new ByteArrayInputStream(bytes), "sample");
    long before = usedAfterGc();
    Report[] held = new Report[count];
    for (int i = 0; i < count; i++) {
      held[i] = reader.read(new ByteArrayInputStream(bytes), "sample");
    }
    long after = usedAfterGc();
    System.out.printf(
        "%.3f retained bytes per JSON byte (%d reports)%n",
        (after - before) / (double) count / bytes.length, held.length);
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
