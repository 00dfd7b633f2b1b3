package org.fazhi.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.json.JacksonMappers.compact;
import static org.fazhi.report.json.JacksonMappers.jackson2Pretty;
import static org.fazhi.report.json.JacksonMappers.jackson3Pretty;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;
import org.fazhi.report.ReportArbitraries;

/**
 * For generated reports: a Jackson 2 application and a Jackson 3 application write exactly what
 * {@link ReportJson} writes, pretty and compact, and read its output back to an equal report. Tries
 * as in {@link ReportJsonRoundTripPropertiesTest}.
 */
class JacksonCompatibilityPropertiesTest {
  private static final com.fasterxml.jackson.databind.json.JsonMapper JACKSON_2 =
      JacksonMappers.jackson2();
  private static final tools.jackson.databind.json.JsonMapper JACKSON_3 = JacksonMappers.jackson3();

  @Provide
  Arbitrary<Report> reports() {
    return ReportArbitraries.reports();
  }

  @Property(tries = ReportJsonRoundTripPropertiesTest.TRIES)
  void jackson2_writesAndReadsAsReportJson(@ForAll("reports") Report report) throws Exception {
    String json = ReportJson.create().write(report);
    assertThat(jackson2Pretty(report)).isEqualTo(json);
    assertThat(JACKSON_2.writeValueAsString(report)).isEqualTo(compact(json));
    assertThat(JACKSON_2.readValue(json, Report.class)).isEqualTo(report);
  }

  @Property(tries = ReportJsonRoundTripPropertiesTest.TRIES)
  void jackson3_writesAndReadsAsReportJson(@ForAll("reports") Report report) {
    String json = ReportJson.create().write(report);
    assertThat(jackson3Pretty(report)).isEqualTo(json);
    assertThat(JACKSON_3.writeValueAsString(report)).isEqualTo(compact(json));
    assertThat(JACKSON_3.readValue(json, Report.class)).isEqualTo(report);
  }
}
