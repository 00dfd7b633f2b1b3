package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;
import org.fazhi.report.ReportArbitraries;

/**
 * The JSON round trip for generated reports: reading what was written gives an equal report, and
 * writing that again gives the same bytes.
 *
 * <p>Tries: see {@link #TRIES}.
 */
class ReportJsonRoundTripPropertiesTest {
  /**
   * A generated report holds on average some 7 sections and 5 KB of JSON; making one takes well
   * under a millisecond, and writing and reading it a fraction of one once the JVM is warm. The
   * first few hundred tries of a run are slower while the JIT compiles Jackson's and the model's
   * code (measured on the shared two-core build machine: 300 tries about 4 s, 1000 tries about 8 s
   * under load). 500 tries put every block, property and numbering style in many reports each;
   * jqwik's default of 1000 would add seconds to every build for little more coverage. Search
   * harder locally by raising this number.
   */
  static final int TRIES = 500;

  private static final ReportJson JSON = ReportJson.create();

  @Provide
  Arbitrary<Report> reports() {
    return ReportArbitraries.reports();
  }

  @Property(tries = TRIES)
  void readOfWrite_isEqual_andWriteOfRead_isByteIdentical(@ForAll("reports") Report report) {
    String json = JSON.write(report);
    Report read = JSON.read(json);
    assertThat(read).isEqualTo(report);
    assertThat(JSON.write(read).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(json.getBytes(StandardCharsets.UTF_8));
  }
}
