package org.fazhi.report.examples;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fazhi.report.Report;
import org.fazhi.report.constraints.Warnings;
import org.fazhi.report.figure.Count;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.text.ReportText;
import org.fazhi.report.validation.Finding;
import org.fazhi.report.validation.ReportValidator;
import org.fazhi.report.validation.ValidationResult;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The real Yanggao 2024 report against the whole rule catalog: no ERROR, no WARNING, and two INFOs
 * that are true of the published text. And, for every count the report holds, raising it one past
 * the bound the other figures set gives exactly the one expected finding — and a count no other
 * figure bounds gives none, however far it is raised.
 */
class YanggaoValidationTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private static final Report YANGGAO = Yanggao2024.report();

  @Test
  void theReport_hasNoErrorNoWarning_andTwoInfos() {
    ValidationResult result = VALIDATOR.validate(YANGGAO);
    assertThat(result.isValid()).isTrue();
    assertThat(result.getErrors()).isEmpty();
    assertThat(result.getWarnings()).isEmpty();
    assertThat(result.getFindings().stream().map(f -> f + " | " + f.getMessage(Locale.ENGLISH)))
        .containsExactly(
            // The report is dated 2024-12-03 and counts "今年以来", "截至目前": true.
            "[INFO] metadata.period-partial-year at /metadata/period:"
                + " 报告期(2024-01-01至2024-12-03)仅涵盖2024年的一部分"
                + " | The reporting period (2024-01-01 to 2024-12-03) covers only part of 2024.",
            // 2522件 "占年度任务114.63%": the target the report leaves unsaid is 2200.
            "[INFO] public-legal-services.target-implied at /statistics/publicLegalServices/target:"
                + " 按公共法律服务量2522件、完成率114.63%推算\uFF0C年度任务约为2200件"
                + " | Public legal services: 2522 services at 114.63% of the target imply an annual"
                + " target of about 2200.");
    assertThat(result.getInfos().get(1).getSection().map(Object::toString)).contains("s1.6.3");
  }

  @Test
  void theJsonResource_validatesAlike() {
    Report read = ReportJson.create().read(Yanggao2024.json());
    assertThat(VALIDATOR.validate(read).toString())
        .isEqualTo(VALIDATOR.validate(YANGGAO).toString());
  }

  @Test
  void theReportReadFromItsPublishedText_validatesAlike() {
    Report parsed = ReportText.parse(PublishedText.asPublished()).getReport();
    assertThat(VALIDATOR.validate(parsed).toString())
        .isEqualTo(VALIDATOR.validate(YANGGAO).toString());
  }

  /**
   * This module's test class path has no Expression Language implementation — which also shows that
   * {@link ReportValidator} needs none — so the plain validator gets the parameter-only
   * interpolator.
   */
  @Test
  void aPlainValidator_findsNothingToReject() {
    try (ValidatorFactory factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()) {
      assertThat(factory.getValidator().validate(YANGGAO)).isEmpty();
      assertThat(factory.getValidator().validate(YANGGAO, Warnings.class)).isEmpty();
    }
  }

  /**
   * For each count of the report that another figure bounds: the least raise that adds a finding,
   * and that finding. Every other count of the report is bounded by nothing.
   */
  static final Map<String, String> BOUNDS = new LinkedHashMap<>();

  static {
    BOUNDS.put(
        "/statistics/reconsideration/accepted",
        "32: reconsideration.accepted-and-refused-exceed-received"
            + " /statistics/reconsideration/received");
    BOUNDS.put(
        "/statistics/reconsideration/notAccepted",
        "5: reconsideration.accepted-and-refused-exceed-received"
            + " /statistics/reconsideration/received");
    BOUNDS.put(
        "/statistics/reconsideration/closed",
        "32: reconsideration.closed-exceeds-accepted-and-carried-over"
            + " /statistics/reconsideration/closed");
    BOUNDS.put(
        "/statistics/judgmentPerformance/concluded",
        "5: judgment-performance.judgments-below-concluded"
            + " /statistics/judgmentPerformance/judgments");
    BOUNDS.put(
        "/statistics/judgmentPerformance/judgments/UPHELD",
        "3: judgment-performance.judgments-exceed-concluded"
            + " /statistics/judgmentPerformance/judgments");
    BOUNDS.put(
        "/statistics/judgmentPerformance/judgments/REVOKED",
        "3: judgment-performance.judgments-exceed-concluded"
            + " /statistics/judgmentPerformance/judgments");
    BOUNDS.put(
        "/statistics/legalAid/closed",
        "96: legal-aid.closed-exceeds-accepted-and-carried-over" + " /statistics/legalAid/closed");
    BOUNDS.put(
        "/enforcement/delegatedPowers/granted",
        "57: delegated-powers.cut-and-kept-differ-from-granted"
            + " /enforcement/delegatedPowers/granted");
    BOUNDS.put(
        "/enforcement/delegatedPowers/removalProposals",
        "16: delegated-powers.proposals-exceed-granted" + " /enforcement/delegatedPowers/granted");
    BOUNDS.put(
        "/enforcement/delegatedPowers/optionalProposals",
        "41: delegated-powers.proposals-exceed-granted" + " /enforcement/delegatedPowers/granted");
    BOUNDS.put(
        "/enforcement/delegatedPowers/cut",
        "33: rate.disagrees-with-block-counts" + " /enforcement/delegatedPowers/cutRate");
    BOUNDS.put(
        "/enforcement/delegatedPowers/kept",
        "25: delegated-powers.cut-and-kept-differ-from-granted"
            + " /enforcement/delegatedPowers/granted");
  }

  @TestFactory
  Stream<DynamicTest> raisingAnyCount_pastItsBound_givesExactlyTheExpectedFinding() {
    Map<String, Count> counts = new LinkedHashMap<>();
    YanggaoValidationSupport.counts(YANGGAO, "", counts);
    assertThat(counts).hasSizeGreaterThan(30).containsKeys(BOUNDS.keySet().toArray(new String[0]));
    Set<String> baseline = YanggaoValidationSupport.keys(VALIDATOR.validate(YANGGAO));
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, Count> entry : counts.entrySet()) {
      String pointer = entry.getKey();
      Count count = entry.getValue();
      tests.add(
          DynamicTest.dynamicTest(
              pointer + " = " + count,
              () -> {
                Optional<Long> raise =
                    YanggaoValidationSupport.firstRaise(
                        VALIDATOR, YANGGAO, pointer, count, baseline);
                String found =
                    raise
                        .map(
                            v ->
                                v
                                    + ": "
                                    + String.join(
                                        ", ",
                                        YanggaoValidationSupport.added(
                                            VALIDATOR, YANGGAO, pointer, count, v, baseline)))
                        .orElse("unbounded");
                assertThat(found).isEqualTo(BOUNDS.getOrDefault(pointer, "unbounded"));
                raise.ifPresent(
                    v ->
                        assertThat(v - 1)
                            .as("one below the raise, the report still has only its own findings")
                            .satisfies(
                                below ->
                                    assertThat(
                                            YanggaoValidationSupport.added(
                                                VALIDATOR, YANGGAO, pointer, count, below,
                                                baseline))
                                        .isEmpty()));
              }));
    }
    return tests.stream();
  }

  static List<String> ids(List<Finding> findings) {
    return findings.stream().map(Finding::getRuleId).collect(Collectors.toList());
  }
}
