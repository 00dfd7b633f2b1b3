package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.Fixtures.MINIMAL_VALID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.fazhi.report.Report;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.figure.Approximation;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Litigation;
import org.fazhi.report.statistics.PublicLegalServices;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validation never throws, every finding renders in both languages, and a plain Jakarta validator
 * rejects exactly the ERRORs the validator finds, for the extremes the model holds: counts up to
 * {@code Long.MAX_VALUE} (sums overflow a long), any approximation, and decimals up to the model's
 * bounds (30 digits before the decimal point and 30 after) in rates, magnitudes, depths and
 * coordinates.
 */
class ExtremeValuesPropertiesTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final Validator PLAIN =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  @Provide
  Arbitrary<Count> counts() {
    Arbitrary<Long> values =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 100),
            Arbitraries.longs().between(Long.MAX_VALUE - 10, Long.MAX_VALUE),
            Arbitraries.longs().greaterOrEqual(0));
    return Combinators.combine(values, Arbitraries.of(Approximation.class)).as(Count::of);
  }

  @Provide
  Arbitrary<BigDecimal> decimals() {
    Arbitrary<BigInteger> unscaled =
        Arbitraries.oneOf(
            Arbitraries.bigIntegers().between(BigInteger.valueOf(-1000), BigInteger.valueOf(1000)),
            Arbitraries.longs().map(BigInteger::valueOf));
    // A long has at most 19 digits: scales from -11 to 30 keep every value within the bounds.
    Arbitrary<Integer> scales =
        Arbitraries.oneOf(Arbitraries.integers().between(-11, 30), Arbitraries.of(-11, 30));
    Arbitrary<BigDecimal> extremes =
        Arbitraries.of(
            new BigDecimal("9".repeat(30)),
            new BigDecimal("-" + "9".repeat(30) + "." + "9".repeat(30)),
            new BigDecimal("0." + "0".repeat(29) + "1"));
    return Arbitraries.oneOf(Combinators.combine(unscaled, scales).as(BigDecimal::new), extremes);
  }

  @Provide
  Arbitrary<Rate> rates() {
    return Combinators.combine(
            decimals().map(BigDecimal::abs),
            Arbitraries.of(Approximation.class),
            counts().optional(),
            counts().optional())
        .as(
            (percent, approximation, numerator, denominator) ->
                Rate.builder()
                    .percent(percent)
                    .approximation(approximation)
                    .numerator(numerator)
                    .denominator(denominator)
                    .build());
  }

  @Provide
  Arbitrary<Report> reports() {
    Arbitrary<Reconsideration> reconsideration =
        Combinators.combine(
                counts(),
                counts(),
                counts(),
                counts(),
                counts(),
                counts(),
                rates(),
                Arbitraries.of(org.fazhi.report.statistics.CaseStage.class))
            .as(
                (received, accepted, refused, carried, closed, pending, rate, basis) ->
                    Reconsideration.builder()
                        .received(received)
                        .accepted(accepted)
                        .notAccepted(refused)
                        .carriedOver(carried)
                        .closed(closed)
                        .pending(pending)
                        .correctionRate(rate)
                        .correctionRateBasis(basis)
                        .putOutcome(ReconsiderationDecision.REVOKED, closed)
                        .putOutcome(ReconsiderationDecision.CHANGED, pending)
                        .outcomesComplete(true)
                        .build());
    Arbitrary<Litigation> litigation =
        Combinators.combine(counts(), counts(), counts(), rates(), rates())
            .as(
                (hearings, appearances, lost, appearanceRate, lossRate) ->
                    Litigation.builder()
                        .hearings(hearings)
                        .headAppearances(appearances)
                        .lost(lost)
                        .concluded(hearings)
                        .headAppearanceRate(appearanceRate)
                        .lossRate(lossRate)
                        .build());
    Arbitrary<PublicLegalServices> services =
        Combinators.combine(counts(), rates(), rates())
            .as(
                (count, completion, satisfaction) ->
                    PublicLegalServices.builder()
                        .services(count)
                        .completionRate(completion)
                        .satisfaction(satisfaction)
                        .build());
    Arbitrary<DelegatedPowers> powers =
        Combinators.combine(counts(), counts(), counts(), rates(), Arbitraries.of(true, false))
            .as(
                (granted, cut, kept, rate, averaged) ->
                    DelegatedPowers.builder()
                        .granted(granted)
                        .cut(cut)
                        .kept(kept)
                        .cutRate(rate)
                        .perTownshipAverage(averaged)
                        .removalProposals(cut)
                        .optionalProposals(kept)
                        .build());
    Arbitrary<Emergency> emergency =
        Combinators.combine(
                decimals(), decimals(), decimals(), decimals(), Arbitraries.of(EmergencyKind.class))
            .as(
                (magnitude, depth, latitude, longitude, kind) ->
                    Emergency.builder()
                        .kind(kind)
                        .magnitude(magnitude)
                        .depthKilometres(depth)
                        .epicenter(
                            org.fazhi.report.emergency.ImmutableGeoPoint.builder()
                                .latitude(latitude)
                                .longitude(longitude)
                                .build())
                        .build());
    return Combinators.combine(reconsideration, litigation, services, powers, emergency)
        .as(
            (r, l, s, p, e) ->
                MINIMAL_VALID
                    .withStatistics(
                        CaseStatistics.builder()
                            .reconsideration(r)
                            .litigation(l)
                            .publicLegalServices(s)
                            .build())
                    .withEnforcement(AdministrativeEnforcement.builder().delegatedPowers(p).build())
                    .withEmergencies(List.of(e)));
  }

  @Property(tries = 100)
  void aPlainValidator_rejectsExactlyTheErrors(@ForAll("reports") Report report) {
    Set<String> plain = new HashSet<>();
    for (ConstraintViolation<Report> violation : PLAIN.validate(report)) {
      Finding finding = Finding.of(violation).orElseThrow();
      plain.add(finding.getRuleId() + " " + finding.getPointer());
    }
    Set<String> errors = new HashSet<>();
    for (Finding finding : VALIDATOR.validate(report).getErrors()) {
      errors.add(finding.getRuleId() + " " + finding.getPointer());
      finding.getRepeats().forEach(p -> errors.add(finding.getRuleId() + " " + p));
    }
    assertThat(plain).isEqualTo(errors);
  }

  @Property(tries = 300)
  void validationNeverThrows_andEveryMessageRenders(@ForAll("reports") Report report) {
    ValidationResult result = VALIDATOR.validate(report);
    for (Finding finding : result.getFindings()) {
      assertThat(finding.getPointer()).startsWith("/");
      assertThat(finding.getMessage()).doesNotContain("{").isNotBlank();
      assertThat(finding.getMessage(Locale.ENGLISH)).doesNotContain("{").isNotBlank();
    }
  }
}
