/**
 * Fazhi's test kit: AssertJ assertions on reports and findings, named fixtures, and jqwik
 * arbitraries of valid reports and of reports that break a chosen rule. For an application's own
 * tests; see {@code docs/testing.md}.
 */
module org.fazhi.report.testing {
  requires transitive org.fazhi.report;
  requires transitive org.fazhi.report.validation;
  requires transitive org.assertj.core;
  requires transitive net.jqwik.api;
  // ReportFixtures reads the Yanggao report's JSON with ReportJson.
  requires tools.jackson.databind;

  exports org.fazhi.report.testing;
}
