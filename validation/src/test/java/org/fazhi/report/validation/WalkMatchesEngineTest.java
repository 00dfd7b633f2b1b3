package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.report.validation.Fixtures.MINIMAL_VALID;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fazhi.report.Report;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.figure.Count;
import org.fazhi.report.figure.Indicator;
import org.fazhi.report.figure.Quantity;
import org.fazhi.report.figure.Rate;
import org.fazhi.report.json.ReportJson;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.statistics.CaseStatistics;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.statistics.ReconsiderationDecision;
import org.fazhi.report.validation.internal.RuleWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link ReportValidator#validate} runs the rules in its own walk, not Hibernate Validator's
 * engine; on every report the rule catalog is specified with it finds exactly what the engine
 * finds: the same findings, in the same order, with the same pointers, sections, values and
 * repeats. (ValidationPropertiesTest holds the same over random reports.)
 *
 * <p>The walk is one of the test's own, which reads the model's annotations when the test starts,
 * not the validators' shared one, which a JVM reads once: so that a change to how the walk reads
 * them is seen here even in a JVM where an earlier test already read them (PIT swaps mutated code
 * into a running JVM).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalkMatchesEngineTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();
  private final RuleWalk walk = RuleWalk.from(Report.class);

  Stream<Report> ruleCaseReports() {
    List<Report> reports = new ArrayList<>();
    for (RuleCase ruleCase : RuleCases.all()) {
      reports.add(ruleCase.passing);
      reports.add(ruleCase.failing);
    }
    return reports.stream();
  }

  @ParameterizedTest
  @MethodSource("ruleCaseReports")
  void onEveryRuleCase_theWalkFindsWhatTheEngineFinds(Report report) {
    assertSameFindings(report);
  }

  Stream<Path> conformanceDocuments() throws IOException, URISyntaxException {
    Path folder = Paths.get(WalkMatchesEngineTest.class.getResource("/conformance").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("conformanceDocuments")
  void onEveryConformanceDocument_theWalkFindsWhatTheEngineFinds(Path document) {
    assertSameFindings(ReportJson.create().read(document));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 20, 21, 22, 300})
  void repeatsOfOneCause_areListedAndCountedAlike(int indicators) {
    List<Indicator> repeated = new ArrayList<>();
    for (int i = 0; i < indicators; i++) {
      repeated.add(
          Indicator.builder()
              .label("指标" + i)
              .quantity(Quantity.parse(i + "件"))
              .section(SectionId.of(7))
              .build());
    }
    assertSameFindings(MINIMAL_VALID.withIndicators(repeated));
  }

  @Test
  void findingsPastTheFirstItemOfAList_andInAMapsValues_areFoundAlike() {
    Report report =
        MINIMAL_VALID
            .withEmergencies(
                Emergency.builder().kind(EmergencyKind.EARTHQUAKE).build(),
                Emergency.builder()
                    .kind(EmergencyKind.EARTHQUAKE)
                    .magnitude(new BigDecimal("10.1"))
                    .build())
            .withStatistics(
                CaseStatistics.builder()
                    .reconsideration(
                        Reconsideration.builder()
                            .putOutcomeShare(
                                ReconsiderationDecision.REVOKED,
                                Rate.of("80")
                                    .withNumerator(Count.of(5))
                                    .withDenominator(Count.of(10)))
                            .build())
                    .build());
    assertThat(VALIDATOR.validate(report, walk).getFindings())
        .extracting(Finding::getPointer)
        .contains(
            "/emergencies/1/magnitude",
            "/statistics/reconsideration/outcomeShares/REVOKED/percent");
    assertSameFindings(report);
  }

  private void assertSameFindings(Report report) {
    List<Finding> walked = VALIDATOR.validate(report, walk).getFindings();
    List<Finding> engine = VALIDATOR.validateByEngine(report).getFindings();
    assertThat(walked).isEqualTo(engine);
    // Equal findings render equal messages; check one the way a reader sees it, too.
    assertThat(walked.stream().map(Finding::toString).toList())
        .isEqualTo(engine.stream().map(Finding::toString).toList());
  }
}
