package org.fazhi.report.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.fazhi.report.Report;
import org.fazhi.report.figure.Count;
import org.fazhi.report.outline.StatutoryPart;
import org.fazhi.report.statistics.Reconsideration;
import org.fazhi.report.validation.Rule;
import org.junit.jupiter.api.Test;

class ReportFixturesTest {

  @Test
  void yanggao2024_isTheRealReport_validWithItsTwoInfos() {
    Report yanggao = ReportFixtures.yanggao2024();

    assertThat(yanggao.getMetadata().getTitle()).isEqualTo("阳高县2024年法治政府建设年度报告");
    assertThat(yanggao.getStatistics().getReconsideration().flatMap(r -> r.getReceived()))
        .contains(Count.of(35));
    FazhiAssertions.assertThat(yanggao)
        .isValid()
        .hasNoWarnings()
        .hasOnlyFindings(
            Rule.METADATA_PERIOD_PARTIAL_YEAR, Rule.PUBLIC_LEGAL_SERVICES_TARGET_IMPLIED);
  }

  @Test
  void yanggao2024_isReadOnce() {
    assertThat(ReportFixtures.yanggao2024()).isSameAs(ReportFixtures.yanggao2024());
  }

  @Test
  void minimalValid_hasNoFindingAtAll() {
    FazhiAssertions.assertThat(ReportFixtures.minimalValid()).hasNoFindings();
  }

  @Test
  void minimalValid_hasTheFiveStatutoryParts_andNoStatistics() {
    Report minimal = ReportFixtures.minimalValid();

    assertThat(minimal.getOutline().getSections())
        .extracting(section -> section.getPart().orElseThrow())
        .containsExactly(
            StatutoryPart.MEASURES_AND_RESULTS,
            StatutoryPart.SHORTCOMINGS,
            StatutoryPart.LEADERS_DUTIES,
            StatutoryPart.NEXT_YEAR_ARRANGEMENTS,
            StatutoryPart.OTHER_MATTERS);
    assertThat(minimal.getStatistics().getReconsideration()).isEmpty();
  }

  @Test
  void aVariant_derivesInOneLine_andLeavesTheFixtureAsItWas() {
    Report base = ReportFixtures.minimalValid();
    Reconsideration block =
        Reconsideration.builder().received(Count.of(35)).accepted(Count.of(31)).build();

    Report variant = base.withStatistics(base.getStatistics().withReconsideration(block));

    assertThat(variant.getStatistics().getReconsideration()).contains(block);
    assertThat(variant.getMetadata()).isEqualTo(base.getMetadata());
    assertThat(ReportFixtures.minimalValid().getStatistics().getReconsideration()).isEmpty();
  }
}
