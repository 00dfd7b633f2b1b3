package org.fazhi.report.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.fazhi.report.Report;
import org.fazhi.report.ReportFixtures;
import org.fazhi.report.outline.Outline;
import org.fazhi.report.outline.StatutoryPart;
import org.junit.jupiter.api.Test;

/**
 * {@code report.section-reference-missing} looks at the section of every typed fact that names one:
 * every block, list entry, training, study activity, emergency and indicator.
 */
class SectionReferencesTest {
  private static final ReportValidator VALIDATOR = ReportValidator.create();

  @Test
  void everyTypedFactNamingASectionTheOutlineLacks_isFound() {
    Report report =
        ReportFixtures.EVERY_PROPERTY.withOutline(
            Outline.builder()
                .addSection(Fixtures.part(9, "其他需要报告的情况", StatutoryPart.OTHER_MATTERS))
                .build());

    List<String> pointers = new ArrayList<>();
    for (Finding finding :
        VALIDATOR.validate(report).getFindings(Rule.REPORT_SECTION_REFERENCE_MISSING)) {
      pointers.add(finding.getPointer());
      pointers.addAll(finding.getRepeats());
      assertThat(finding.getRepeatCount()).isEqualTo(finding.getRepeats().size());
    }

    assertThat(pointers)
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
}
