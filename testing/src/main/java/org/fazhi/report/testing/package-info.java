/**
 * The Fazhi test kit, for the tests of applications that use Fazhi: {@link
 * org.fazhi.report.testing.FazhiAssertions AssertJ assertions} on a report's findings, {@link
 * org.fazhi.report.testing.ReportFixtures named reports}, and {@link
 * org.fazhi.report.testing.ReportArbitraries jqwik arbitraries} of valid reports and of reports
 * that break a chosen rule. Add {@code org.fazhi:fazhi-testing} at test scope; {@code
 * docs/testing.md} shows the whole API.
 */
package org.fazhi.report.testing;
