package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.TrainingActivity;
import org.fazhi.report.accountability.Accountability;
import org.fazhi.report.accountability.RectificationList;
import org.fazhi.report.decision.DecisionCatalog;
import org.fazhi.report.decision.DecisionMaking;
import org.fazhi.report.decision.LegalAdvisers;
import org.fazhi.report.decision.LegalityReview;
import org.fazhi.report.decision.NormativeDocuments;
import org.fazhi.report.emergency.Emergency;
import org.fazhi.report.emergency.EmergencyKind;
import org.fazhi.report.enforcement.AdministrativeEnforcement;
import org.fazhi.report.enforcement.DelegatedPowers;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.SectionId;
import org.fazhi.report.outline.StatutoryPart;
import org.junit.jupiter.api.Test;

/**
 * {@code report.section-reference-missing} looks at the section of every typed fact that names one:
 * every block, list entry, training, study activity, emergency and indicator.
 */
class SectionReferencesTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  private static List<String> missingReferences(Report report) {
    List<String> pointers = new ArrayList<>();
    for (Finding finding :
        VALIDATOR.validate(report).getFindings(Rule.REPORT_SECTION_REFERENCE_MISSING)) {
      pointers.add(finding.getPointer());
      pointers.addAll(finding.getRepeats());
      assertThat(finding.getRepeatCount()).isEqualTo(finding.getRepeats().size());
    }
    return pointers;
  }

  @Test
  void everyTypedFactNamingASectionTheOutlineLacks_isFound() {
    Report report =
        ReportFixtures.EVERY_PROPERTY.withOutline(
            Outline.builder()
                .addSection(Fixtures.part(9, "其他需要报告的情况", StatutoryPart.OTHER_MATTERS))
                .build());

    assertThat(missingReferences(report))
        .containsExactlyInAnyOrder(
            "/statistics/reconsideration/section",
            "/statistics/litigation/section",
            "/statistics/judgmentPerformance/section",
            "/statistics/legalAid/section",
            "/statistics/mediation/section",
            "/statistics/publicLegalServices/section",
            "/accountability/dutyLists/0/section",
            "/accountability/study/section",
            "/accountability/study/activities/0/section",
            "/indicators/0/section");
  }

  /**
   * The blocks of decision-making, enforcement (its training and delegated powers), rectification
   * lists and emergencies, each naming the 九、 a five-part outline lacks: all found, each list entry
   * at its own index, and the entries that name no section left alone.
   */
  @Test
  void decisionEnforcementAccountabilityAndEmergencySections_theOutlineLacks_areFound() {
    SectionId s9 = SectionId.of(9);
    Report report =
        Fixtures.MINIMAL_VALID
            .withDecisions(
                DecisionMaking.builder()
                    .catalog(DecisionCatalog.builder().section(s9).build())
                    .legalityReview(LegalityReview.builder().section(s9).build())
                    .normativeDocuments(NormativeDocuments.builder().section(s9).build())
                    .legalAdvisers(LegalAdvisers.builder().section(s9).build())
                    .build())
            .withEnforcement(
                AdministrativeEnforcement.builder()
                    .addTraining(
                        TrainingActivity.builder().title("行政执法大讲堂").build(),
                        TrainingActivity.builder().title("行政执法人员培训").section(s9).build())
                    .delegatedPowers(DelegatedPowers.builder().section(s9).build())
                    .section(s9)
                    .build())
            .withAccountability(
                Accountability.builder()
                    .addRectificationLists(
                        RectificationList.builder().title("共性问题整改清单").build(),
                        RectificationList.builder().title("督察问题整改清单").section(s9).build())
                    .build())
            .withEmergencies(
                Emergency.builder().kind(EmergencyKind.EARTHQUAKE).build(),
                Emergency.builder().kind(EmergencyKind.EARTHQUAKE).section(s9).build());

    assertThat(missingReferences(report))
        .containsExactlyInAnyOrder(
            "/decisions/catalog/section",
            "/decisions/legalityReview/section",
            "/decisions/normativeDocuments/section",
            "/decisions/legalAdvisers/section",
            "/enforcement/section",
            "/enforcement/training/1/section",
            "/enforcement/delegatedPowers/section",
            "/accountability/rectificationLists/1/section",
            "/emergencies/1/section");
  }

  @Test
  void theSameBlocksNamingSectionsTheOutlineHas_areNoFinding() {
    Report report =
        Fixtures.MINIMAL_VALID
            .withDecisions(
                DecisionMaking.builder()
                    .catalog(DecisionCatalog.builder().section(Fixtures.S1).build())
                    .legalityReview(LegalityReview.builder().section(Fixtures.S1).build())
                    .build())
            .withEnforcement(AdministrativeEnforcement.builder().section(Fixtures.S5).build())
            .withEmergencies(
                Emergency.builder().kind(EmergencyKind.EARTHQUAKE).section(Fixtures.S3).build());

    assertThat(missingReferences(report)).isEmpty();
  }
}
