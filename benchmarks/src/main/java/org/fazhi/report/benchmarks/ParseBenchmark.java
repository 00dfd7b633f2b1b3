package org.fazhi.report.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.fazhi.report.Report;
import org.fazhi.report.examples.Yanggao2024;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.text.ReportText;
import org.fazhi.report.text.TextImport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the Yanggao 2024 report from its published text ({@link ReportText#parse(String)}:
 * outline, metadata, every figure placed), against two baselines measured in the same run: cutting
 * the same text into lines, and reading the same report from its JSON form with {@link ReportJson}.
 *
 * <p>The text is the published web copy — the report's text and the page's QR prompt line, 25 041
 * bytes of UTF-8 — so that throughput in MB/s is operations per second × 0.025041.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am package -DskipTests} then {@code java -jar
 * benchmarks/target/benchmarks.jar ParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
  /** The line web copies add after the signature. */
  static final String FURNITURE = "扫一扫在手机上查看当前页面";

  String published;
  String json;
  ReportJson reader;

  @Setup
  public void setUp() {
    Report report = Yanggao2024.report();
    published = ReportText.render(report) + FURNITURE;
    json = Yanggao2024.json();
    reader = ReportJson.create();
    TextImport imported = ReportText.parse(published);
    if (!imported.getUnplacedFigures().isEmpty()
        || !imported.getReport().getOutline().equals(report.getOutline())) {
      throw new IllegalStateException(
          "the benchmark text no longer reads back: " + imported.getWarnings());
    }
  }

  /** The published text's size: operations per second times this is bytes per second. */
  public int bytes() {
    return published.getBytes(StandardCharsets.UTF_8).length;
  }

  @Benchmark
  public TextImport parse() {
    return ReportText.parse(published);
  }

  @Benchmark
  public long baselineSplitLines() {
    return published.lines().mapToInt(String::length).sum();
  }

  @Benchmark
  public Report baselineReadJson() {
    return reader.read(json);
  }

  @Benchmark
  public String render() {
    return ReportText.render(Yanggao2024.report());
  }
}
