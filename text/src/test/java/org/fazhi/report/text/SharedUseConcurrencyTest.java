package org.fazhi.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.RandomGenerator;
import org.fazhi.report.Report;
import org.fazhi.report.ReportArbitraries;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ReportValidator;
import org.junit.jupiter.api.Test;

/**
 * One {@link ReportValidator}, one {@link ReportJson} and the text importer {@link ReportText},
 * shared by {@value #THREADS} threads over {@value #REPORTS} distinct reports, give exactly what
 * they give one report after another: the same report read from each JSON document, the same
 * findings in the same order, the same import of each text (or the same refusal).
 *
 * <p>The reports are drawn from fixed seeds, so every run checks the same ones: half are the
 * model's random reports ({@link ReportArbitraries#reports()}: every type and property, figures
 * that rarely hold together, so many findings), half the published-prose reports of {@link
 * PublishedReports} (texts the importer reads completely). They go in batches of {@value #BATCH},
 * so that only one batch's results are held at a time: each report of a batch is read, validated
 * and imported once in sequence, then twice by the threads, as two neighbouring tasks. The threads
 * wait at a start latch so that they all run at once, and take the tasks from one counter, so that
 * neighbouring reports, and often the same report, run on different threads at the same time.
 */
class SharedUseConcurrencyTest {
  private static final int REPORTS = 10_000;
  private static final int BATCH = 2_000;
  private static final int TASKS_PER_BATCH = 2 * BATCH;
  private static final int THREADS = 8;
  private static final long SEED = 20_250_101L;

  /**
   * What the three shared objects give for one report: the report read, its findings, and the
   * import of its text — or, for a text that is no report (a generated report may state no year),
   * the importer's refusal.
   */
  private record Outcome(
      Report read, List<Finding> findings, Optional<TextImport> imported, String refusal) {}

  /** One report's inputs: its JSON document and its published text. */
  private record Input(String json, String text) {}

  private final ReportJson json = ReportJson.create();
  private final ReportValidator validator = ReportValidator.create();

  @Test
  void eightThreadsSharingValidatorReaderAndImporter_giveTheSequentialResults() throws Exception {
    Random random = new Random(SEED);
    RandomGenerator<Report> reports = ReportArbitraries.reports().generator(1000);
    long withFindings = 0;
    long imported = 0;
    long figures = 0;
    for (int first = 0; first < REPORTS; first += BATCH) {
      List<Input> inputs = inputs(random, reports, first);
      List<Outcome> sequential = new ArrayList<>(BATCH);
      for (Input input : inputs) {
        sequential.add(outcome(input));
      }

      List<Outcome> concurrent = concurrently(inputs);

      assertThat(concurrent).hasSize(TASKS_PER_BATCH);
      for (int i = 0; i < TASKS_PER_BATCH; i++) {
        assertThat(concurrent.get(i))
            .as("report %d, task %d", first + i / 2, i)
            .isEqualTo(sequential.get(i / 2));
      }
      withFindings += sequential.stream().filter(o -> !o.findings().isEmpty()).count();
      imported += sequential.stream().filter(o -> o.imported().isPresent()).count();
      figures +=
          sequential.stream()
              .flatMap(o -> o.imported().stream())
              .mapToInt(i -> i.getFigures().size())
              .sum();
    }
    // The comparison is only as strong as the work compared: most reports have findings, most
    // texts are imported, and the imports hold figures.
    assertThat(withFindings).isGreaterThan(REPORTS / 2);
    assertThat(imported).isGreaterThan(REPORTS * 9L / 10);
    assertThat(figures).isGreaterThan(REPORTS);
  }

  private Outcome outcome(Input input) {
    Report read = json.read(input.json());
    List<Finding> findings = validator.validate(read).getFindings();
    try {
      return new Outcome(read, findings, Optional.of(ReportText.parse(input.text())), "");
    } catch (ReportTextException refused) {
      return new Outcome(read, findings, Optional.empty(), refused.getMessage());
    }
  }

  private List<Outcome> concurrently(List<Input> inputs) throws Exception {
    Outcome[] outcomes = new Outcome[TASKS_PER_BATCH];
    AtomicInteger next = new AtomicInteger();
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        workers.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  int done = 0;
                  for (int i = next.getAndIncrement();
                      i < TASKS_PER_BATCH;
                      i = next.getAndIncrement()) {
                    outcomes[i] = outcome(inputs.get(i / 2));
                    done++;
                  }
                  return done;
                }));
      }
      ready.await();
      start.countDown();
      int done = 0;
      for (Future<Integer> worker : workers) {
        // A bound against a hang, not a timing assertion: the work takes seconds.
        done += worker.get(10, TimeUnit.MINUTES);
      }
      assertThat(done).isEqualTo(TASKS_PER_BATCH);
    } finally {
      pool.shutdownNow();
    }
    // Future.get orders every worker's writes before this read.
    return List.of(outcomes);
  }

  /**
   * One batch's inputs, from the seeded source: even report numbers the model's random reports, odd
   * ones prose.
   */
  private List<Input> inputs(Random random, RandomGenerator<Report> reports, int first) {
    List<Input> inputs = new ArrayList<>(BATCH);
    for (int i = first; i < first + BATCH; i++) {
      Report report =
          i % 2 == 0 ? reports.next(random).value() : PublishedReports.report(random.nextLong());
      inputs.add(new Input(json.write(report), ReportText.render(report)));
    }
    return inputs;
  }
}
