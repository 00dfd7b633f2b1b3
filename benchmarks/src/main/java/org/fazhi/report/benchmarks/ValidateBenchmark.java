package org.fazhi.report.benchmarks;

import java.util.concurrent.TimeUnit;
import org.fazhi.report.Report;
import org.fazhi.report.ReportMetadata;
import org.fazhi.report.examples.Yanggao2024;
import org.fazhi.report.figure.Count;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.ValidationResult;
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
 * The warm cost of validating the Yanggao 2024 report with {@link ReportValidator} (every rule, all
 * three severities, findings grouped and ordered), against two baselines measured in the same run:
 * validating a report with metadata only, with the same validator, and writing the Yanggao report
 * as JSON. A variant with findings (an inconsistent reconsideration block) shows what findings
 * cost.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ValidateBenchmark -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidateBenchmark {
  private ReportValidator validator;
  private Report yanggao;
  private Report yanggaoWithFindings;
  private Report metadataOnly;
  private ReportJson json;

  @Setup
  public void setUp() {
    validator = ReportValidator.create();
    yanggao = Yanggao2024.report();
    Reconsideration reconsideration =
        yanggao
            .getStatistics()
            .getReconsideration()
            .orElseThrow()
            .withAccepted(Count.of(40))
            .withClosed(Count.of(45));
    yanggaoWithFindings =
        yanggao.withStatistics(
            CaseStatistics.builder()
                .from(yanggao.getStatistics())
                .reconsideration(reconsideration)
                .build());
    ReportMetadata metadata = yanggao.getMetadata();
    metadataOnly = Report.builder().metadata(metadata).build();
    json = ReportJson.create();
    // first use builds the validator factory: keep it out of every measurement
    validator.validate(metadataOnly);
  }

  /** Every rule over the Yanggao report: no ERROR, no WARNING, two INFOs. */
  @Benchmark
  public ValidationResult validateYanggao() {
    return validator.validate(yanggao);
  }

  /** The same with an ERROR and a WARNING in the reconsideration block. */
  @Benchmark
  public ValidationResult validateYanggaoWithFindings() {
    return validator.validate(yanggaoWithFindings);
  }

  /** Baseline: the same validator over a report with metadata only. */
  @Benchmark
  public ValidationResult validateMetadataOnly() {
    return validator.validate(metadataOnly);
  }

  /** Baseline: the Yanggao report written as JSON. */
  @Benchmark
  public String writeYanggaoJson() {
    return json.write(yanggao);
  }
}
