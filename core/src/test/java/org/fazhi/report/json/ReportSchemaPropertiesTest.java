package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;
import org.fazhi.report.ReportArbitraries;

/**
 * Every report the model can hold, as {@link ReportJson} writes it, conforms to {@link
 * ReportSchema}: the arbitraries set every property of every type, every enum constant, scaled and
 * approximate counts and every numbering style, so a schema stricter than the model fails here.
 */
class ReportSchemaPropertiesTest {
  /**
   * Validating a generated report (some 5 KB of JSON) against the schema takes a few milliseconds
   * once warm; 200 tries put every block and property in many reports each.
   */
  static final int TRIES = 200;

  private static final ReportJson JSON = ReportJson.create();

  @Provide
  Arbitrary<Report> reports() {
    return ReportArbitraries.reports();
  }

  @Property(tries = TRIES)
  void everyWrittenReport_conforms(@ForAll("reports") Report report) {
    assertThat(ReportSchemaValidator.errors(JSON.write(report))).isEmpty();
  }
}
