package org.fazhi.report.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.IssuerKind;
import org.fazhi.report.Report;
import org.fazhi.report.facts.Facts;
import org.fazhi.report.testing.ReportArbitraries;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.Severity;

/** Laws of a roll-up that hold for any reports that hold together. */
class RollupPropertyTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  @Provide
  Arbitrary<List<Report>> consistentReports() {
    return ReportArbitraries.validReports().list().ofMinSize(2).ofMaxSize(4);
  }

  private static List<Totals.Named> named(List<Report> reports) {
    List<Totals.Named> named = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      named.add(new Totals.Named("r" + i, Facts.of(reports.get(i))));
    }
    return named;
  }

  @Property(tries = 60)
  void theTotalsOfConsistentReports_haveNoError(@ForAll("consistentReports") List<Report> reports) {
    List<Totals.Named> named = named(reports);
    List<Totals.Total> totals = Totals.of(named);
    List<RecomputedRates.Row> rates = RecomputedRates.of(named);

    Report total =
        TotalsReport.of(
            new TotalsReport.Heading("示例市", 2024, java.util.Optional.empty(), IssuerKind.OTHER),
            totals,
            rates);

    List<Finding> errors =
        VALIDATOR.validate(total).getActive().stream()
            .filter(f -> f.getSeverity() == Severity.ERROR)
            .toList();
    assertThat(errors).isEmpty();
  }

  @Property(tries = 60)
  void everyTotal_liesBetweenTheSumsOfItsInputsBounds_andNamesWhoLacksIt(
      @ForAll("consistentReports") List<Report> reports) {
    List<Totals.Named> named = named(reports);

    for (Totals.Total total : Totals.of(named)) {
      assertThat(total.given() + total.lacking().size()).isEqualTo(reports.size());
      assertThat(total.range().upper().isPresent())
          .as(total.key())
          .isEqualTo(total.isComplete() && total.range().upper().isPresent());
      assertThat(total.range().lower().signum()).isGreaterThanOrEqualTo(0);
    }
  }

  @Property(tries = 60)
  void aRecomputedRate_isItsNumeratorOverItsDenominator(
      @ForAll("consistentReports") List<Report> reports) {
    for (RecomputedRates.Row rate : RecomputedRates.of(named(reports))) {
      rate.percent()
          .ifPresent(
              percent -> {
                assertThat(rate.lacking()).isEmpty();
                java.math.BigDecimal n = rate.numerator().get().lower();
                java.math.BigDecimal d = rate.denominator().get().lower();
                assertThat(
                        percent
                            .multiply(d)
                            .subtract(n.multiply(java.math.BigDecimal.valueOf(100)))
                            .abs())
                    .isLessThanOrEqualTo(d.divide(java.math.BigDecimal.valueOf(200)));
              });
    }
  }
}
